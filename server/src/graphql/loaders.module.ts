import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/regions.module';
import { UsersModule } from '../users/users.module';
import { RequestLoadersFactory } from './request-loaders';

@Module({
  imports: [RegionsModule, UsersModule],
  providers: [RequestLoadersFactory],
  exports: [RequestLoadersFactory],
})
export class LoadersModule {}
