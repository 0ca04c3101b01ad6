import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { IndexValueKind } from '../spbe';

/** numeric columns come back from pg as strings; indices have two decimals. */
const numeric = { to: (value: number | null) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

export enum ScoreScope {
  REGION = 'REGION',
  NATIONAL_AVERAGE = 'NATIONAL_AVERAGE',
  PROVINCE_KABKOTA_AVERAGE = 'PROVINCE_KABKOTA_AVERAGE',
}
registerEnumType(ScoreScope, { name: 'ScoreScope', description: 'A region’s own index, or an average it is compared with.' });

/**
 * An officially published index value (a total per year and framework, with its source). Kept apart from
 * self-assessments so the two are never confused; demo values are flagged as such.
 */
@ObjectType()
@Entity('spbe_published_scores')
@Unique('spbe_published_scores_key', ['scope', 'regionCode', 'year'])
export class PublishedScore {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ScoreScope)
  @Column({ type: 'enum', enum: ScoreScope, enumName: 'score_scope' })
  scope: ScoreScope;

  /** The region (REGION), the province (PROVINCE_KABKOTA_AVERAGE) or '00' (NATIONAL_AVERAGE). */
  @Field()
  @Index('spbe_published_scores_region_code_idx')
  @Column({ name: 'region_code', type: 'varchar', length: 5 })
  regionCode: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  year: number;

  /**
   * The framework the value was measured on (PERMENPANRB-5-2018 for 2019-2020, which ships no
   * catalogue, so no foreign key): values of two frameworks are never compared as one series.
   */
  @Field({ description: 'The framework the value was measured on, e.g. PERMENPANRB-59-2020.' })
  @Index('spbe_published_scores_framework_code_idx')
  @Column({ name: 'framework_code', type: 'varchar', length: 40 })
  frameworkCode: string;

  @Field(() => Float)
  @Column({ name: 'index_value', type: 'numeric', precision: 3, scale: 2, transformer: numeric })
  index: number;

  @Field({ description: 'Where the value was published (kind and year).' })
  @Column({ type: 'varchar', length: 300 })
  source: string;

  @Field({ description: 'Demo data, not a real published value.' })
  @Column({ type: 'boolean', default: false })
  demo: boolean;

  @Field(() => IndexValueKind, { description: 'OFFICIAL, or DEMO for demo data.' })
  get kind(): IndexValueKind {
    return this.demo ? IndexValueKind.DEMO : IndexValueKind.OFFICIAL;
  }

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedById: string | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
