import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export enum MailStatus {
  /** Waiting for its delivery job. */
  QUEUED = 'QUEUED',
  /** An attempt failed (see lastError); the job tries again later. */
  RETRYING = 'RETRYING',
  SENT = 'SENT',
  /** Given up: refused for good by the SMTP server, or every attempt failed. */
  FAILED = 'FAILED',
  /** No SMTP server configured (development): kept here and in the log, not delivered. */
  KEPT = 'KEPT',
  /** Not sent: the recipient unsubscribed from this kind of message. */
  SKIPPED = 'SKIPPED',
}

registerEnumType(MailStatus, { name: 'MailStatus', description: 'Delivery status of an outbox message.' });

/** One attachment as stored: content in base64, so the delivery job can rebuild it on every attempt. */
export interface StoredAttachment {
  filename: string;
  contentType: string;
  contentBase64: string;
}

/**
 * The outbox: every message the platform sends, rendered at `send` (what the admin Outbox shows is
 * exactly what goes out), with its delivery status.
 */
@ObjectType('MailMessage', { description: 'A message in the outbox (admins only).' })
@Entity('mail_messages')
@Index('mail_messages_created_at_idx', ['createdAt'])
@Index('mail_messages_status_created_at_idx', ['status', 'createdAt'])
export class MailMessage {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** `OutgoingMail.idempotencyKey`: the same key twice = one message. */
  @Index('mail_messages_idempotency_key_key', { unique: true })
  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey: string | null;

  @Field(() => String, { name: 'to' })
  @Column({ name: 'to_address', type: 'text' })
  toAddress: string;

  @Field(() => ID, { nullable: true })
  @Index('mail_messages_to_user_id_idx')
  @Column({ name: 'to_user_id', type: 'uuid', nullable: true })
  toUserId: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'to_user_id' })
  toUser?: unknown;

  @Field(() => String, { description: 'id or en.' })
  @Column({ type: 'varchar', length: 2 })
  locale: 'id' | 'en';

  @Field(() => String, { description: "What kind of message, e.g. 'auth.password-reset'." })
  @Column({ type: 'text' })
  kind: string;

  @Field(() => Boolean, { description: 'Essential messages are sent even to users who unsubscribed from others.' })
  @Column({ type: 'boolean' })
  essential: boolean;

  @Field(() => String)
  @Column({ type: 'text' })
  subject: string;

  @Field(() => String, { description: 'The plain-text part, as sent.' })
  @Column({ name: 'text_body', type: 'text' })
  textBody: string;

  @Column({ name: 'html_body', type: 'text' })
  htmlBody: string;

  /** The signed one-click unsubscribe URL of a non-essential message (List-Unsubscribe). */
  @Column({ name: 'unsubscribe_url', type: 'text', nullable: true })
  unsubscribeUrl: string | null;

  @Column({ type: 'jsonb' })
  attachments: StoredAttachment[];

  @Field(() => MailStatus)
  @Column({ type: 'enum', enum: MailStatus, enumName: 'mail_status', default: MailStatus.QUEUED })
  status: MailStatus;

  /** Delivery attempts made so far. */
  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Field(() => String, { nullable: true, description: 'The last SMTP reply or connection error.' })
  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  /** The Message-ID header the SMTP server accepted. */
  @Column({ name: 'smtp_message_id', type: 'text', nullable: true })
  smtpMessageId: string | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}

/** A user's opt-out of one kind of non-essential message (recorded by the unsubscribe link). */
@Entity('mail_unsubscribes')
export class MailUnsubscribe {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'text' })
  kind: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
