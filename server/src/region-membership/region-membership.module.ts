import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications';
import { RegionsModule } from '../regions';
import { UsersModule } from '../users';
import { RegionMembershipResolver } from './region-membership.resolver';
import { RegionMembershipService } from './region-membership.service';
import { RegionMoveRequest } from './region-move-request.entity';

/** AuditService comes from the global AuditModule. */
@Module({
  imports: [TypeOrmModule.forFeature([RegionMoveRequest]), UsersModule, RegionsModule, NotificationsModule],
  providers: [RegionMembershipService, RegionMembershipResolver],
  exports: [RegionMembershipService],
})
export class RegionMembershipModule {}
