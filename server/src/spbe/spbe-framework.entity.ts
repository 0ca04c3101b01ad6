import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, OneToMany, PrimaryColumn } from 'typeorm';
import { MaturityLevel } from './maturity-level.model';
import { SpbeAspect } from './spbe-aspect.entity';
import { SpbeDomain } from './spbe-domain.entity';

@ObjectType({ description: 'A band of index values with its predicate; applies from minIndex up to the next band.' })
export class PredicateBand {
  @Field()
  name: string;

  @Field(() => Float)
  minIndex: number;
}

@ObjectType({ description: 'What an indicator value can be, in hundredths (1.00 = 100); values run from 1.00 to 5.00.' })
export class IndicatorValueScale {
  @Field(() => Int, { description: 'Smallest difference between two values: 100 for whole levels, 1 for two decimals.' })
  resolution: number;

  @Field(() => Int, { description: 'Size of one raise the planner proposes.' })
  planStep: number;
}

@ObjectType({ description: 'The revocation of a framework by its successor.' })
export class FrameworkRevocation {
  @Field({ description: 'ISO date the revoking regulation was promulgated.' })
  on: string;

  @Field({ description: 'The revoking regulation, e.g. PermenPANRB 8/2026.' })
  by: string;
}

/**
 * A version of the SPBE evaluation framework (e.g. PermenPANRB 59/2020). The catalogue is data, not
 * enums, so a successor framework is a new row set, not a code change.
 */
@ObjectType()
@Entity('spbe_frameworks')
export class SpbeFramework {
  @Field({ description: 'Stable code, e.g. PERMENPANRB-59-2020.' })
  @PrimaryColumn({ type: 'varchar', length: 40 })
  code: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field()
  @Column({ name: 'legal_basis', type: 'varchar', length: 300 })
  legalBasis: string;

  @Field(() => Int, { description: 'First evaluation year the framework applies to.' })
  @Column({ name: 'valid_from', type: 'int' })
  validFrom: number;

  @Field(() => Int, { nullable: true, description: 'Last evaluation year the framework applies to; null while it is in force.' })
  @Column({ name: 'valid_to', type: 'int', nullable: true })
  validTo: number | null;

  @Column({ name: 'revoked_on', type: 'date', nullable: true })
  revokedOn: string | null;

  @Column({ name: 'revoked_by', type: 'varchar', length: 200, nullable: true })
  revokedBy: string | null;

  @Field(() => FrameworkRevocation, { nullable: true, description: 'Set once a successor revoked the framework.' })
  get revocation(): FrameworkRevocation | null {
    return this.revokedOn && this.revokedBy ? { on: this.revokedOn, by: this.revokedBy } : null;
  }

  @Column({ name: 'scale_resolution', type: 'int', default: 100 })
  scaleResolution: number;

  @Column({ name: 'scale_plan_step', type: 'int', default: 100 })
  scalePlanStep: number;

  @Field(() => IndicatorValueScale)
  get scale(): IndicatorValueScale {
    return { resolution: this.scaleResolution, planStep: this.scalePlanStep };
  }

  @Field(() => [MaturityLevel], { description: 'Level names of the framework (a domain may have its own: see SpbeDomain.maturityLevels).' })
  @Column({ name: 'maturity_levels', type: 'jsonb' })
  maturityLevels: MaturityLevel[];

  @Field(() => [PredicateBand])
  @Column({ type: 'jsonb' })
  predicates: PredicateBand[];

  @Field(() => [SpbeDomain], { description: 'Empty for a framework without domains (Indeks Pemerintah Digital).' })
  @OneToMany(
    () => SpbeDomain,
    (domain) => domain.framework,
  )
  domains: SpbeDomain[];

  /** Every aspect, whether or not in a domain, ordered by number. */
  @Field(() => [SpbeAspect], { description: 'All aspects of the framework, in order, with or without domains.' })
  @OneToMany(
    () => SpbeAspect,
    (aspect) => aspect.framework,
  )
  aspects: SpbeAspect[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
