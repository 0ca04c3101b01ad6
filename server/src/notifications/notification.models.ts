import { EmailDelivery, NotificationKind } from '@living-lab/shared';
import { ArgsType, Field, InputType, ObjectType } from '@nestjs/graphql';
import { PageArgs, Paginated } from '../common/pagination/paginated';
import { Notification } from './notification.entities';

@ObjectType()
export class NotificationPage extends Paginated(Notification) {}

@ArgsType()
export class NotificationListArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Only those not yet read.' })
  unreadOnly = false;
}

/** The user's e-mail choice for one kind (the default where none was made). */
@ObjectType()
export class NotificationPreferenceView {
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => EmailDelivery)
  emailDelivery: EmailDelivery;
}

@InputType()
export class SetNotificationPreferenceInput {
  /** A string, not the enum, so that an unknown kind is the typed UNKNOWN_NOTIFICATION_KIND. */
  @Field({ description: 'A NotificationKind.' })
  kind: string;

  @Field({ description: 'An EmailDelivery: IMMEDIATE, DAILY_DIGEST or OFF.' })
  emailDelivery: string;
}
