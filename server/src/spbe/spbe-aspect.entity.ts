import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { SpbeDomain } from './spbe-domain.entity';
import type { SpbeFramework } from './spbe-framework.entity';
import { SpbeIndicator } from './spbe-indicator.entity';

@ObjectType()
@Entity('spbe_aspects')
@Unique('spbe_aspects_framework_code_key', ['frameworkCode', 'code'])
export class SpbeAspect {
  @PrimaryGeneratedColumn()
  id: number;

  @Field()
  @Column({ name: 'framework_code', type: 'varchar', length: 40 })
  frameworkCode: string;

  @ManyToOne('SpbeFramework', 'aspects', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_code' })
  framework: SpbeFramework;

  /** Null in a framework without domains (Indeks Pemerintah Digital). */
  @Index('spbe_aspects_domain_id_idx')
  @Column({ name: 'domain_id', type: 'int', nullable: true })
  domainId: number | null;

  @ManyToOne('SpbeDomain', 'aspects', { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'domain_id' })
  domain: SpbeDomain | null;

  @Field({ description: 'A1-A8 (SPBE 59/2020), A1-A7 (Pemdi)' })
  @Column({ type: 'varchar', length: 8 })
  code: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  number: number;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => Int, { description: 'Share of the index in basis points (sum of its indicators).' })
  weightBp: number;

  @Field(() => [SpbeIndicator])
  @OneToMany(
    () => SpbeIndicator,
    (indicator) => indicator.aspect,
  )
  indicators: SpbeIndicator[];
}
