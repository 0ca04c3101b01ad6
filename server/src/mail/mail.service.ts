import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { TransactionRunner } from '../common/transaction';
import { JobQueue } from '../jobs';
import { MailMessage, MailStatus, MailUnsubscribe } from './mail-message.entity';
import { assertMailUrl, renderMail } from './mail-renderer';
import type { OutgoingMail } from './outgoing-mail';
import { UnsubscribeLinks } from './unsubscribe-links';

/** The job that delivers one outbox message; its data is `{ messageId }`. */
export const MAIL_DELIVERY_JOB = 'mail.deliver';
/** Attempts before a message is given up: the last one about a day after the first (e^1 + ... + e^11 s). */
export const MAIL_DELIVERY_ATTEMPTS = 12;

/**
 * Sends e-mail through the outbox: `send` records the message (table `mail_messages`, status
 * QUEUED) and enqueues its delivery job, in the caller's transaction when `manager` is given (a
 * rolled-back request sends nothing). The job delivers it over SMTP_URL with retries and
 * exponential backoff; without SMTP_URL (development) the message stays in the outbox, is logged
 * (subject and links), and admins read it on the Outbox page. `send` never waits for SMTP.
 */
@Injectable()
export class MailService {
  constructor(
    @InjectRepository(MailUnsubscribe) private readonly unsubscribes: Repository<MailUnsubscribe>,
    private readonly jobs: JobQueue,
    private readonly links: UnsubscribeLinks,
    private readonly tx: TransactionRunner,
  ) {}

  async send(mail: OutgoingMail, manager?: EntityManager): Promise<void> {
    if (!manager) return this.tx.run((own) => this.send(mail, own));
    if (!mail.essential && !mail.toUserId) throw new Error(`Non-essential mail "${mail.kind}" needs toUserId (for its unsubscribe link)`);
    if (mail.body.action) assertMailUrl(mail.body.action.url);
    const id = randomUUID();
    const unsubscribeUrl = mail.essential || !mail.toUserId ? null : this.links.url(mail.toUserId, mail.kind, mail.locale);
    const rendered = renderMail(mail.subject, mail.body, mail.locale, unsubscribeUrl);
    const skipped = !mail.essential && mail.toUserId ? await this.isUnsubscribed(mail.toUserId, mail.kind, manager) : false;
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(MailMessage)
      .values({
        id,
        idempotencyKey: mail.idempotencyKey ?? null,
        toAddress: mail.to,
        toUserId: mail.toUserId ?? null,
        locale: mail.locale,
        kind: mail.kind,
        essential: mail.essential,
        subject: mail.subject,
        textBody: rendered.text,
        htmlBody: rendered.html,
        unsubscribeUrl,
        attachments: (mail.attachments ?? []).map((attachment) => ({
          filename: attachment.filename,
          contentType: attachment.contentType,
          contentBase64: Buffer.from(attachment.content).toString('base64'),
        })),
        status: skipped ? MailStatus.SKIPPED : MailStatus.QUEUED,
      })
      // Only the idempotency key can conflict (the id is new): the same key again is a no-op.
      .orIgnore()
      .returning(['id'])
      .execute();
    if (inserted.raw.length === 0 || skipped) return;
    await this.jobs.enqueue(MAIL_DELIVERY_JOB, { messageId: id }, { manager, retryLimit: MAIL_DELIVERY_ATTEMPTS - 1 });
  }

  /** Whether the user opted out of messages of `kind` (through an unsubscribe link). */
  async isUnsubscribed(userId: string, kind: string, manager?: EntityManager): Promise<boolean> {
    const repository = manager ? manager.getRepository(MailUnsubscribe) : this.unsubscribes;
    return repository.existsBy({ userId, kind });
  }

  /** Records the opt-out (idempotent). */
  async unsubscribe(userId: string, kind: string): Promise<void> {
    await this.unsubscribes.createQueryBuilder().insert().values({ userId, kind }).orIgnore().execute();
  }

  /** Takes the opt-out back (e.g. from a notification settings page). */
  async resubscribe(userId: string, kind: string): Promise<void> {
    await this.unsubscribes.delete({ userId, kind });
  }
}
