import { MailErrorReason } from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { ConflictError, NotFoundError } from '../common/errors/domain-error';
import { type Page, type PageArgs, pageWindow } from '../common/pagination/paginated';
import { TransactionRunner } from '../common/transaction';
import { JobQueue } from '../jobs';
import { MAIL_DELIVERY_ATTEMPTS, MAIL_DELIVERY_JOB } from './mail.service';
import { MailMessage, MailStatus } from './mail-message.entity';

export interface OutboxFilter {
  status?: MailStatus | null;
  search?: string | null;
}

/** The admin Outbox: every message, newest first, and sending a failed one again. */
@Injectable()
export class MailOutboxService {
  constructor(
    @InjectRepository(MailMessage) private readonly messages: Repository<MailMessage>,
    private readonly jobs: JobQueue,
    private readonly tx: TransactionRunner,
  ) {}

  async list(filter: OutboxFilter, page: PageArgs): Promise<Page<MailMessage>> {
    const { skip, take } = pageWindow(page);
    const query = this.messages.createQueryBuilder('message');
    if (filter.status) query.andWhere('message.status = :status', { status: filter.status });
    const search = filter.search?.trim();
    if (search) {
      const pattern = `%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
      query.andWhere('(message.toAddress ILIKE :pattern OR message.subject ILIKE :pattern)', { pattern });
    }
    const [items, totalCount] = await query
      .orderBy('message.createdAt', 'DESC')
      .addOrderBy('message.id', 'DESC')
      .skip(skip)
      .take(take)
      .getManyAndCount();
    return { items, totalCount };
  }

  /** Queues a FAILED message again, with a fresh set of attempts (after the SMTP settings were fixed, say). */
  retry(id: string): Promise<MailMessage> {
    return this.tx.run(async (manager) => {
      const repository = manager.getRepository(MailMessage);
      const message = await repository.findOneBy({ id });
      if (!message) throw new NotFoundError(MailErrorReason.MAIL_NOT_FOUND);
      const updated = await repository.update({ id, status: MailStatus.FAILED }, { status: MailStatus.QUEUED, lastError: null });
      if (updated.affected !== 1) throw new ConflictError(MailErrorReason.MAIL_NOT_RETRYABLE, { params: { status: message.status } });
      await this.jobs.enqueue(MAIL_DELIVERY_JOB, { messageId: id }, { manager, retryLimit: MAIL_DELIVERY_ATTEMPTS - 1 });
      return { ...message, status: MailStatus.QUEUED, lastError: null };
    });
  }
}
