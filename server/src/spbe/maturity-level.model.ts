import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A maturity level (1-5) and its name in a framework.' })
export class MaturityLevel {
  @Field(() => Int)
  level: number;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'English name where the source gives one.' })
  nameEn?: string | null;
}
