import { ArgsType, Field, ID } from '@nestjs/graphql';
import { PageArgs } from '../../common/pagination/paginated';
import { MailStatus } from '../mail-message.entity';

@ArgsType()
export class MailOutboxArgs extends PageArgs {
  @Field(() => MailStatus, { nullable: true })
  status?: MailStatus | null;

  @Field(() => String, { nullable: true, description: 'Part of the recipient address or the subject.' })
  search?: string | null;
}

@ArgsType()
export class RetryMailArgs {
  @Field(() => ID)
  id: string;
}
