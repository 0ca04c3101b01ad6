import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, OneToMany, PrimaryColumn } from 'typeorm';
import { SpbeDomain } from './spbe-domain.entity';

@ObjectType({ description: 'A maturity level (1-5) and its name in a framework.' })
export class MaturityLevel {
  @Field(() => Int)
  level: number;

  @Field()
  name: string;
}

@ObjectType({ description: 'A band of index values with its predicate; applies from minIndex up to the next band.' })
export class PredicateBand {
  @Field()
  name: string;

  @Field(() => Float)
  minIndex: number;
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

  @Field(() => [MaturityLevel])
  @Column({ name: 'maturity_levels', type: 'jsonb' })
  maturityLevels: MaturityLevel[];

  @Field(() => [PredicateBand])
  @Column({ type: 'jsonb' })
  predicates: PredicateBand[];

  @Field(() => [SpbeDomain])
  @OneToMany(
    () => SpbeDomain,
    (domain) => domain.framework,
  )
  domains: SpbeDomain[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
