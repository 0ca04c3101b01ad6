import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const DEFAULT_MENTOR_CAPACITY = 5;

/** A mentor's capacity (maximum active pairs). Created on first use with the default. */
@Entity('mentor_profiles')
export class MentorProfile {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @OneToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;

  @Column({ type: 'int', default: DEFAULT_MENTOR_CAPACITY })
  capacity: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Indicators a mentor declares expertise in (besides those of the content they authored). */
@Entity('mentor_expertise')
export class MentorExpertise {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Index('mentor_expertise_indicator_id_idx')
  @PrimaryColumn({ name: 'indicator_id', type: 'int' })
  indicatorId: number;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;

  @ManyToOne('SpbeIndicator', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: unknown;
}
