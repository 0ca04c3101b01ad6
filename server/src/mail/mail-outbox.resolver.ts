import { Args, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Can } from '../common/access/access-decorators';
import { Paginated } from '../common/pagination/paginated';
import { MailOutboxArgs, RetryMailArgs } from './dto/mail-outbox.args';
import { MailMessage } from './mail-message.entity';
import { MailOutboxService } from './mail-outbox.service';

@ObjectType()
export class MailMessagePage extends Paginated(MailMessage) {}

@Resolver(() => MailMessage)
export class MailOutboxResolver {
  constructor(private readonly outbox: MailOutboxService) {}

  @Can('manageMailOutbox')
  @Query(() => MailMessagePage, { description: 'The e-mail outbox, newest first: what was sent, is waiting, or failed.' })
  mailOutbox(@Args() args: MailOutboxArgs): Promise<MailMessagePage> {
    return this.outbox.list(args, args);
  }

  @Can('manageMailOutbox')
  @Mutation(() => MailMessage, { description: 'Queues a FAILED message again (CONFLICT/MAIL_NOT_RETRYABLE for any other status).' })
  retryMail(@Args() args: RetryMailArgs): Promise<MailMessage> {
    return this.outbox.retry(args.id);
  }

  /** Stored with the message; no query. */
  @ResolveField(() => [String])
  attachmentNames(@Parent() message: MailMessage): string[] {
    return message.attachments.map((attachment) => attachment.filename);
  }
}
