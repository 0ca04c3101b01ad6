import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegionsModule } from '../regions';
import { PersonResolver } from './person.resolver';
import { User } from './user.entity';
import { UsersLoaders } from './users.loaders';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([User]), RegionsModule],
  providers: [UsersService, UsersLoaders, UsersResolver, PersonResolver],
  exports: [UsersService, UsersLoaders],
})
export class UsersModule {}
