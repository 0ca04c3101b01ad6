import { EmailDelivery, NOTIFICATION_KINDS, NotificationKind } from '@living-lab/shared';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { User } from '../users';

registerEnumType(NotificationKind, { name: 'NotificationKind', description: 'What a notification is about.' });
registerEnumType(EmailDelivery, { name: 'EmailDelivery', description: 'E-mail for a kind: at once, in the daily digest, or none.' });

/**
 * One notification for one recipient. The app renders its text from `kind` and `params`; the same
 * event delivered twice (a retried job, a repeated request) has the same `dedupeKey` and is kept once.
 */
@ObjectType()
@Entity('notifications')
@Unique('notifications_recipient_dedupe_key', ['recipientId', 'dedupeKey'])
@Index('notifications_recipient_created_idx', ['recipientId', 'createdAt'])
// The bell's count reads only this partial index.
@Index('notifications_unread_idx', ['recipientId'], { where: 'read_at IS NULL' })
// The daily digest reads only what waits for it.
@Index('notifications_digest_pending_idx', ['recipientId'], { where: 'digest_pending' })
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: User;

  @Field(() => NotificationKind)
  @Column({ type: 'enum', enum: NOTIFICATION_KINDS, enumName: 'notification_kind' })
  kind: NotificationKind;

  @Field({ description: 'What the notification is about, e.g. MentoringSession.' })
  @Column({ name: 'object_type', type: 'varchar', length: 40 })
  objectType: string;

  @Field(() => ID)
  @Column({ name: 'object_id', type: 'varchar', length: 64 })
  objectId: string;

  @Field({ description: "The web app's path of the object." })
  @Column({ type: 'varchar', length: 300 })
  link: string;

  /** Values of the text (titles, names, ISO dates); GraphQL sends them as `NotificationParam` pairs. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  params: Record<string, string | number>;

  @Column({ name: 'dedupe_key', type: 'varchar', length: 200 })
  dedupeKey: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  /** True until the daily digest has sent it (only for recipients who chose the digest for the kind). */
  @Column({ name: 'digest_pending', type: 'boolean', default: false })
  digestPending: boolean;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A user's e-mail choice for one kind; without a row the kind is e-mailed at once. */
@ObjectType()
@Entity('notification_preferences')
export class NotificationPreference {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Field(() => NotificationKind)
  @PrimaryColumn({ type: 'enum', enum: NOTIFICATION_KINDS, enumName: 'notification_kind' })
  kind: NotificationKind;

  @Field(() => EmailDelivery)
  @Column({ name: 'email_delivery', type: 'enum', enum: Object.values(EmailDelivery), enumName: 'email_delivery' })
  emailDelivery: EmailDelivery;
}

/** One value of a notification's text: the web renders the text from the kind and these. */
@ObjectType()
export class NotificationParam {
  @Field()
  name: string;

  @Field()
  value: string;
}
