import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { IndexValueKind } from './index-value-kind';

/** One index value with what it is: its framework, evaluation year and kind (official, self-assessed, simulated, demo). */
@ObjectType({ description: 'An index value with its framework, evaluation year and kind.' })
export class IndexValue {
  @Field()
  frameworkCode: string;

  @Field(() => Int)
  year: number;

  @Field(() => Float)
  value: number;

  @Field(() => IndexValueKind)
  kind: IndexValueKind;

  @Field(() => String, { nullable: true, description: 'Where an official or demo value was published.' })
  source: string | null;
}

/**
 * Of several values for one region on one framework, the one a dashboard shows: the newest year;
 * in the same year the official value before a self-assessment, a demo value last.
 */
export function preferredValue(values: ReadonlyArray<IndexValue | null | undefined>): IndexValue | null {
  const order = [IndexValueKind.OFFICIAL, IndexValueKind.SELF_ASSESSED, IndexValueKind.SIMULATED, IndexValueKind.DEMO];
  let best: IndexValue | null = null;
  for (const value of values) {
    if (!value) continue;
    if (!best || value.year > best.year || (value.year === best.year && order.indexOf(value.kind) < order.indexOf(best.kind))) best = value;
  }
  return best;
}
