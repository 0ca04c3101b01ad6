import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../common/access/access-decorators';
import { CurrentUser } from '../common/access/current-user';
import type { User } from '../users';
import { Notification, NotificationParam } from './notification.entities';
import { NotificationListArgs, NotificationPage, NotificationPreferenceView, SetNotificationPreferenceInput } from './notification.models';
import { NotificationService } from './notification.service';

/** Everyone sees and changes only their own notifications and preferences. */
@Resolver(() => Notification)
export class NotificationResolver {
  constructor(private readonly notifications: NotificationService) {}

  @SignedIn()
  @Query(() => NotificationPage, { description: 'Your notifications, newest first.' })
  myNotifications(@CurrentUser() user: User, @Args() args: NotificationListArgs): Promise<NotificationPage> {
    return this.notifications.list(user.id, args, args.unreadOnly);
  }

  @SignedIn()
  @Query(() => Int, { description: "The bell's figure: your unread notifications." })
  myUnreadNotificationCount(@CurrentUser() user: User): Promise<number> {
    return this.notifications.unreadCount(user.id);
  }

  @SignedIn()
  @Mutation(() => Notification, { description: 'Marks one of your notifications read.' })
  markNotificationRead(@CurrentUser() user: User, @Args('id', { type: () => ID }) id: string): Promise<Notification> {
    return this.notifications.markRead(user.id, id);
  }

  @SignedIn()
  @Mutation(() => Int, { description: 'Marks all your notifications read; answers how many were unread.' })
  markAllNotificationsRead(@CurrentUser() user: User): Promise<number> {
    return this.notifications.markAllRead(user.id);
  }

  @SignedIn()
  @Query(() => [NotificationPreferenceView], { description: 'Your e-mail choice for every kind (in the app you always get them).' })
  myNotificationPreferences(@CurrentUser() user: User): Promise<NotificationPreferenceView[]> {
    return this.notifications.preferencesOf(user.id);
  }

  @SignedIn()
  @Mutation(() => NotificationPreferenceView, { description: 'Sets how you get e-mail for one kind.' })
  setNotificationPreference(
    @CurrentUser() user: User,
    @Args('input') input: SetNotificationPreferenceInput,
  ): Promise<NotificationPreferenceView> {
    return this.notifications.setPreference(user.id, input.kind, input.emailDelivery);
  }

  @ResolveField(() => [NotificationParam])
  params(@Parent() notification: Notification): NotificationParam[] {
    return Object.entries(notification.params).map(([name, value]) => ({ name, value: String(value) }));
  }

  @ResolveField(() => Boolean)
  read(@Parent() notification: Notification): boolean {
    return notification.readAt !== null;
  }
}
