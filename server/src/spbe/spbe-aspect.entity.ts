import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import type { SpbeDomain } from './spbe-domain.entity';
import { SpbeIndicator } from './spbe-indicator.entity';

@ObjectType()
@Entity('spbe_aspects')
export class SpbeAspect {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('spbe_aspects_domain_id_idx')
  @Column({ name: 'domain_id', type: 'int' })
  domainId: number;

  @ManyToOne('SpbeDomain', 'aspects', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'domain_id' })
  domain: SpbeDomain;

  @Field({ description: 'A1-A8' })
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
