/** The region-membership feature's public API: requests to move region and their decisions. */

export { RegionMembershipModule } from './region-membership.module';
export { RegionMembershipService } from './region-membership.service';
export { RegionMoveRequest, RegionMoveStatus } from './region-move-request.entity';
