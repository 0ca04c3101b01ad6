import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Region } from './region.entity';

/**
 * Which regions a coordinator coordinates. A province code covers the province itself; its
 * kabupaten/kota are listed one by one, so scoping stays a plain lookup.
 */
@Entity('coordinator_regions')
export class CoordinatorRegion {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Index('coordinator_regions_region_code_idx')
  @PrimaryColumn({ name: 'region_code', type: 'varchar', length: 5 })
  regionCode: string;

  /** By name: the users feature owns the account; the relation only keeps the foreign key. */
  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  region?: Region;
}
