import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import { In, type Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { type JobContext, JobQueue } from '../jobs';
import { MAIL_DELIVERY_ATTEMPTS, MAIL_DELIVERY_JOB, MailService } from './mail.service';
import { MailMessage, MailStatus } from './mail-message.entity';

const DEFAULT_FROM = 'Living Lab Jawa Barat <no-reply@localhost>';
const FINAL_STATUSES = new Set([MailStatus.SENT, MailStatus.FAILED, MailStatus.KEPT, MailStatus.SKIPPED]);

/** An SMTP refusal for good (5xx: no such mailbox, message rejected): retrying would not help. */
function isPermanentRefusal(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/** What the Outbox shows of a failure: the SMTP reply or the connection error, never a stack. */
function describeError(error: unknown): string {
  const { code, response, message } = error as { code?: string; response?: string; message?: string };
  return [code, response ?? message].filter(Boolean).join(': ').slice(0, 1000) || 'unknown error';
}

/**
 * The `mail.deliver` job: sends one outbox message over SMTP (nodemailer), or, without SMTP_URL,
 * logs it and keeps it in the outbox. A failed attempt is recorded on the message (RETRYING, the
 * error, the attempt count) and thrown, so the queue retries it with exponential backoff; a 5xx
 * refusal or the last attempt marks it FAILED. Runs once per message even with several workers.
 */
@Injectable()
export class MailDelivery implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly transport?: Transporter;
  private readonly from: string;
  private readonly messageIdDomain: string;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectRepository(MailMessage) private readonly messages: Repository<MailMessage>,
    private readonly jobs: JobQueue,
    private readonly mail: MailService,
  ) {
    this.from = config.mailFrom ?? DEFAULT_FROM;
    this.messageIdDomain = /@([^>\s]+)>?\s*$/.exec(this.from)?.[1] ?? 'localhost';
    if (config.smtpUrl) {
      // Short timeouts: a job waiting on a dead server holds a worker slot; the retry comes soon enough.
      this.transport = createTransport({ url: config.smtpUrl, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 });
    }
  }

  onModuleInit(): void {
    this.jobs.work<{ messageId: string }>(MAIL_DELIVERY_JOB, (data, job) => this.deliver(data.messageId, job));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.requeueOrphans();
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }

  /**
   * Gives a delivery job back to every message still to be sent (QUEUED or RETRYING) that has none:
   * after `npm run db:restore` the outbox is back but the queue is empty (backups leave the queue's
   * schema out). Run at every start; normally there is nothing to do. Returns how many were queued.
   */
  async requeueOrphans(): Promise<number> {
    const waiting = await this.messages.find({ select: { id: true }, where: { status: In([MailStatus.QUEUED, MailStatus.RETRYING]) } });
    if (waiting.length === 0) return 0;
    const queued = new Set((await this.jobs.pendingData<{ messageId: string }>(MAIL_DELIVERY_JOB)).map((data) => data.messageId));
    const orphans = waiting.filter((message) => !queued.has(message.id));
    for (const message of orphans) {
      // Keyed, so two servers starting together queue it once.
      await this.jobs.enqueue(
        MAIL_DELIVERY_JOB,
        { messageId: message.id },
        { retryLimit: MAIL_DELIVERY_ATTEMPTS - 1, singletonKey: `mail-requeue:${message.id}` },
      );
    }
    if (orphans.length > 0) this.logger.log(`Queued the delivery of ${orphans.length} outbox message(s) that had no job`);
    return orphans.length;
  }

  async deliver(messageId: string, job: Pick<JobContext, 'attempt' | 'maxAttempts'>): Promise<void> {
    const message = await this.messages.findOneBy({ id: messageId });
    if (!message || FINAL_STATUSES.has(message.status)) return;
    if (!message.essential && message.toUserId && (await this.mail.isUnsubscribed(message.toUserId, message.kind))) {
      await this.messages.update({ id: message.id }, { status: MailStatus.SKIPPED });
      return;
    }
    if (!this.transport) {
      const links = message.textBody.match(/https?:\/\/\S+/g) ?? [];
      this.logger.log(`Mail kept in the outbox (no SMTP_URL) to ${message.toAddress}: "${message.subject}" ${links.join(' ')}`);
      await this.messages.update({ id: message.id }, { status: MailStatus.KEPT });
      return;
    }
    try {
      const info = await this.transport.sendMail({
        from: this.from,
        to: message.toAddress,
        subject: message.subject,
        text: message.textBody,
        html: message.htmlBody,
        // The same Message-ID on every attempt, so a retry after a lost reply is recognisable as the same message.
        messageId: `<${message.id}@${this.messageIdDomain}>`,
        headers: {
          'Auto-Submitted': 'auto-generated',
          'X-Living-Lab-Kind': message.kind,
          ...(message.unsubscribeUrl
            ? { 'List-Unsubscribe': `<${message.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
            : {}),
        },
        attachments: message.attachments.map((attachment) => ({
          filename: attachment.filename,
          contentType: attachment.contentType,
          content: Buffer.from(attachment.contentBase64, 'base64'),
        })),
      });
      await this.messages.update(
        { id: message.id },
        {
          status: MailStatus.SENT,
          attempts: message.attempts + 1,
          sentAt: new Date(),
          lastError: null,
          smtpMessageId: info.messageId ?? null,
        },
      );
    } catch (error) {
      const giveUp = isPermanentRefusal(error) || job.attempt >= job.maxAttempts;
      const lastError = describeError(error);
      await this.messages.update(
        { id: message.id },
        { status: giveUp ? MailStatus.FAILED : MailStatus.RETRYING, attempts: message.attempts + 1, lastError },
      );
      this.logger.warn(`Mail ${message.id} (${message.kind}) attempt ${job.attempt} failed${giveUp ? ', given up' : ''}: ${lastError}`);
      if (!giveUp) throw new Error(`SMTP delivery failed: ${lastError}`);
    }
  }
}
