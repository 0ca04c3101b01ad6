import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { SpbeAspect } from './spbe-aspect.entity';

@ObjectType({ description: 'One of the indicators scored at a maturity level 1-5.' })
@Entity('spbe_indicators')
@Unique('spbe_indicators_framework_code_key', ['frameworkCode', 'code'])
export class SpbeIndicator {
  @Field(() => Int)
  @PrimaryGeneratedColumn()
  id: number;

  /** Kept on the indicator too, so other features find an indicator by (framework, code) in one lookup. */
  @Field()
  @Column({ name: 'framework_code', type: 'varchar', length: 40 })
  frameworkCode: string;

  @Index('spbe_indicators_aspect_id_idx')
  @Column({ name: 'aspect_id', type: 'int' })
  aspectId: number;

  @ManyToOne('SpbeAspect', 'indicators', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'aspect_id' })
  aspect: SpbeAspect;

  @Field({ description: 'I01-I47 (SPBE 59/2020), I01-I20 (Pemdi)' })
  @Column({ type: 'varchar', length: 8 })
  code: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  number: number;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => Int, { description: 'Weight in basis points (130 = 1.3 %).' })
  @Column({ name: 'weight_bp', type: 'int' })
  weightBp: number;

  @Field(() => Float, { description: 'Weight in percent.' })
  get weightPercent(): number {
    return this.weightBp / 100;
  }
}
