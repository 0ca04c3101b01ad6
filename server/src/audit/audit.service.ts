import { AUDIT_EXPORT_MAX_ROWS, type AuditAction, AuditErrorReason } from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { BadUserInputError } from '../common/errors/domain-error';
import { type Page, type PageArgs, pageWindow } from '../common/pagination/paginated';
import { AuditEvent, type AuditValues } from './audit-event.entity';

/** Who did it: the signed-in user (any object with an id and an e-mail, e.g. a User), or null for the system. */
export type AuditActor = { id: string; email: string } | null;

export interface AuditEntry {
  actor: AuditActor;
  action: AuditAction;
  subjectType: string;
  subjectId: string;
  regionCode?: string | null;
  /** The changed fields as they were (null for a creation). */
  before?: AuditValues | null;
  /** The changed fields as they are now (null for a removal). */
  after?: AuditValues | null;
}

export interface AuditFilter {
  from?: Date | null;
  to?: Date | null;
  actorEmail?: string | null;
  action?: string | null;
  regionCode?: string | null;
}

/** Keys never written to the trail, at any depth: secrets and whatever derives from them. */
const SECRET_KEY = /password|hash|token|secret/i;

/** Longest text kept per value: the trail says what changed, it does not archive documents. */
const MAX_TEXT = 500;

/**
 * The audit trail. `record` writes with the caller's transaction manager, so the event commits or
 * rolls back with the change it describes; the table accepts nothing but INSERT.
 */
@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>) {}

  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await manager.getRepository(AuditEvent).insert({
      actorUserId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? null,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      regionCode: entry.regionCode ?? null,
      // jsonb: TypeORM's deep-partial insert type refuses a free-form record, which the driver stores as is.
      before: (entry.before ? clean(entry.before) : null) as never,
      after: (entry.after ? clean(entry.after) : null) as never,
    });
  }

  /** Newest first. */
  async list(filter: AuditFilter, page: PageArgs): Promise<Page<AuditEvent>> {
    const { skip, take } = pageWindow(page);
    const [items, totalCount] = await this.filtered(filter).skip(skip).take(take).getManyAndCount();
    return { items, totalCount };
  }

  /** Every matching event, newest first, for the CSV export; more than one export holds is an input error. */
  async forExport(filter: AuditFilter): Promise<AuditEvent[]> {
    const rows = await this.filtered(filter)
      .take(AUDIT_EXPORT_MAX_ROWS + 1)
      .getMany();
    if (rows.length > AUDIT_EXPORT_MAX_ROWS) {
      throw new BadUserInputError(AuditErrorReason.EXPORT_TOO_LARGE, {
        params: { max: AUDIT_EXPORT_MAX_ROWS },
        fields: [{ field: 'from', message: 'field.invalid' }],
      });
    }
    return rows;
  }

  private filtered(filter: AuditFilter): SelectQueryBuilder<AuditEvent> {
    if (filter.from && filter.to && filter.to.getTime() < filter.from.getTime()) {
      throw new BadUserInputError(AuditErrorReason.INVALID_PERIOD, { fields: [{ field: 'to', message: 'field.invalid' }] });
    }
    const query = this.events.createQueryBuilder('event');
    if (filter.from) query.andWhere('event.occurred_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('event.occurred_at < :to', { to: filter.to });
    const email = filter.actorEmail?.trim().toLowerCase();
    if (email) query.andWhere('event.actor_email = :email', { email });
    const action = filter.action?.trim();
    if (action) query.andWhere('event.action = :action', { action });
    const regionCode = filter.regionCode?.trim();
    if (regionCode) query.andWhere('event.region_code = :regionCode', { regionCode });
    return query.orderBy('event.occurredAt', 'DESC').addOrderBy('event.id', 'DESC');
  }
}

/**
 * Before/after of the fields that differ between two snapshots (compared as JSON); both null when
 * nothing changed. Callers pass only the fields worth auditing.
 */
export function changes(before: AuditValues, after: AuditValues): { before: AuditValues | null; after: AuditValues | null } {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null),
  );
  if (keys.length === 0) return { before: null, after: null };
  return {
    before: Object.fromEntries(keys.map((key) => [key, before[key] ?? null])),
    after: Object.fromEntries(keys.map((key) => [key, after[key] ?? null])),
  };
}

/** Drops secret keys at any depth, shortens long texts, and turns dates into ISO strings. */
export function clean(values: AuditValues): AuditValues {
  return cleanValue(values) as AuditValues;
}

function cleanValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value;
  if (Array.isArray(value)) return value.map(cleanValue);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key, inner]) => !SECRET_KEY.test(key) && inner !== undefined)
        .map(([key, inner]) => [key, cleanValue(inner)]),
    );
  }
  return value ?? null;
}
