import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { DashboardResolver } from './dashboard.resolver';
import { DashboardService } from './dashboard.service';
import { ExportsController } from './exports.controller';

@Module({
  imports: [UsersModule],
  controllers: [ExportsController],
  providers: [DashboardService, DashboardResolver],
})
export class DashboardsModule {}
