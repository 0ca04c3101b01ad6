import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'The answer to a registration, the same whether or not the e-mail or NIP already had an account (so it tells no one who ' +
    'has one). A new account signs in with `login` and the same credentials next; the owner of an existing one is to be told by e-mail.',
})
export class RegisterPayload {
  @Field({ description: 'Always true: "check your e-mail".' })
  checkEmail: boolean;
}
