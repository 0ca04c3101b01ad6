import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Running totals per region, kept by database triggers on the tables they count (see the
 * RegionStats and RegionOfEvent migrations), so dashboards read one row per region instead of scanning progress rows.
 * Each event counts for the region it happened in (an enrolment and its completion: the learner's
 * region when they enrolled), so moving a learner does not move their history.
 */
@Entity('region_stats')
export class RegionStats {
  @PrimaryColumn({ name: 'region_code', type: 'varchar', length: 5 })
  regionCode: string;

  @ManyToOne('Region', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_code' })
  region?: unknown;

  /** Accounts whose (verified) region this is now: unlike the events below, this follows a move. */
  @Column({ type: 'int', default: 0 })
  people: number;

  @Column({ type: 'int', default: 0 })
  enrolments: number;

  @Column({ type: 'int', default: 0 })
  completions: number;

  @Column({ name: 'sessions_held', type: 'int', default: 0 })
  sessionsHeld: number;

  @Column({ name: 'action_items_open', type: 'int', default: 0 })
  actionItemsOpen: number;

  @Column({ name: 'action_items_done', type: 'int', default: 0 })
  actionItemsDone: number;

  @Column({ name: 'steps_done', type: 'int', default: 0 })
  stepsDone: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** The same counters per calendar month (WIB), for trends. */
@Entity('region_monthly_stats')
export class RegionMonthlyStats {
  @PrimaryColumn({ name: 'region_code', type: 'varchar', length: 5 })
  regionCode: string;

  @ManyToOne('Region', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_code' })
  region?: unknown;

  /** First day of the month. */
  @PrimaryColumn({ type: 'date' })
  month: string;

  @Column({ type: 'int', default: 0 })
  enrolments: number;

  @Column({ type: 'int', default: 0 })
  completions: number;

  @Column({ name: 'sessions_held', type: 'int', default: 0 })
  sessionsHeld: number;

  @Column({ name: 'action_items_open', type: 'int', default: 0 })
  actionItemsOpen: number;

  @Column({ name: 'action_items_done', type: 'int', default: 0 })
  actionItemsDone: number;

  @Column({ name: 'steps_done', type: 'int', default: 0 })
  stepsDone: number;
}

/**
 * How many of a region's people were last active on each day (WIB), kept by a trigger on users: a
 * person counts on exactly one day, their last, so "active in the last 30 days" is the sum of at most
 * 30 rows per region, exact and current, whatever the number of people.
 */
@Entity('region_last_active_days')
export class RegionLastActiveDay {
  @PrimaryColumn({ name: 'region_code', type: 'varchar', length: 5 })
  regionCode: string;

  @ManyToOne('Region', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_code' })
  region?: unknown;

  @PrimaryColumn({ type: 'date' })
  day: string;

  @Column({ type: 'int', default: 0 })
  people: number;
}
