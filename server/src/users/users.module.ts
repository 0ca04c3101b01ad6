import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegionsModule } from '../regions/regions.module';
import { CoordinatorRegion } from './coordinator-region.entity';
import { PersonResolver } from './person.resolver';
import { User } from './user.entity';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([User, CoordinatorRegion]), RegionsModule],
  providers: [UsersService, UsersResolver, PersonResolver],
  exports: [UsersService],
})
export class UsersModule {}
