import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { User } from '../../users';

@ObjectType({ description: 'A signed-in session: the bearer token to send as `Authorization: Bearer <token>`.' })
export class AuthPayload {
  @Field()
  token: string;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;

  @Field(() => User)
  user: User;
}
