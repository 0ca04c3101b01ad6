import { Field, ID, ObjectType } from '@nestjs/graphql';

/**
 * What other users may see of a person (an author, a reviewer): name, agency and region, never the
 * email or NIP. Resolvers return User entities here; only these fields are exposed.
 */
@ObjectType('Person')
export class Person {
  @Field(() => ID)
  id: string;

  @Field()
  fullName: string;

  @Field()
  agency: string;

  /** Null while the person waits to join their first region. */
  regionCode: string | null;
}
