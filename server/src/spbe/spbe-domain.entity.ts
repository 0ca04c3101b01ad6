import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { MaturityLevel } from './maturity-level.model';
import { SpbeAspect } from './spbe-aspect.entity';
import type { SpbeFramework } from './spbe-framework.entity';

@ObjectType()
@Entity('spbe_domains')
@Unique('spbe_domains_framework_code_key', ['frameworkCode', 'code'])
export class SpbeDomain {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'framework_code', type: 'varchar', length: 40 })
  frameworkCode: string;

  @ManyToOne('SpbeFramework', 'domains', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_code' })
  framework: SpbeFramework;

  @Field({ description: 'D1-D4 (SPBE 59/2020)' })
  @Column({ type: 'varchar', length: 8 })
  code: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  number: number;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => [MaturityLevel], {
    nullable: true,
    description:
      'Level names of this domain where they differ from the framework’s (Layanan: technical-function capability); null otherwise.',
  })
  @Column({ name: 'maturity_levels', type: 'jsonb', nullable: true })
  maturityLevels: MaturityLevel[] | null;

  @Field(() => Int, { description: 'Share of the index in basis points (sum of its indicators).' })
  weightBp: number;

  @Field(() => [SpbeAspect])
  @OneToMany(
    () => SpbeAspect,
    (aspect) => aspect.domain,
  )
  aspects: SpbeAspect[];
}
