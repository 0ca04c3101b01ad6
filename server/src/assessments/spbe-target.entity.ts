import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** numeric columns come back from pg as strings; indices have two decimals. */
const numeric = { to: (value: number | null) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

/**
 * The index a province aims for in an evaluation year on a framework (3.5 when none is set), set by
 * admins. Targets of earlier years stay as history (West Java's SPBE 3.5).
 */
@ObjectType()
@Entity('spbe_targets')
export class SpbeTarget {
  @Field()
  @PrimaryColumn({ name: 'province_code', type: 'varchar', length: 5 })
  provinceCode: string;

  @ManyToOne('Region', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'province_code' })
  province?: unknown;

  @Field()
  @Index('spbe_targets_framework_code_idx')
  @PrimaryColumn({ name: 'framework_code', type: 'varchar', length: 40 })
  frameworkCode: string;

  @ManyToOne('SpbeFramework', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'framework_code' })
  framework?: unknown;

  @Field(() => Int)
  @PrimaryColumn({ type: 'int' })
  year: number;

  @Field(() => Float)
  @Column({ type: 'numeric', precision: 3, scale: 2, transformer: numeric })
  target: number;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
