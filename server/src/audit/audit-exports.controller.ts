import { CommonErrorReason } from '@living-lab/shared';
import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Can } from '../common/access/access-decorators';
import { type CsvColumn, csvFormatOf, sendCsv, writeCsv } from '../common/csv/csv';
import { BadUserInputError } from '../common/errors/domain-error';
import { AuditService } from './audit.service';
import type { AuditEvent } from './audit-event.entity';

const columns: ReadonlyArray<CsvColumn<AuditEvent>> = [
  { header: { id: 'Waktu (WIB)', en: 'Time (WIB)' }, value: (event) => ({ moment: event.occurredAt }) },
  { header: { id: 'Pelaku', en: 'Actor' }, value: (event) => event.actorEmail },
  { header: { id: 'Tindakan', en: 'Action' }, value: (event) => event.action },
  { header: { id: 'Jenis objek', en: 'Subject type' }, value: (event) => event.subjectType },
  { header: { id: 'ID objek', en: 'Subject id' }, value: (event) => event.subjectId },
  { header: { id: 'Wilayah', en: 'Region' }, value: (event) => event.regionCode },
  { header: { id: 'Sebelum', en: 'Before' }, value: (event) => (event.before ? JSON.stringify(event.before) : null) },
  { header: { id: 'Sesudah', en: 'After' }, value: (event) => (event.after ? JSON.stringify(event.after) : null) },
];

/** The audit trail as CSV, with the GraphQL query's filter (admins). */
@Controller('exports')
export class AuditExportsController {
  constructor(private readonly audit: AuditService) {}

  @Can('viewAuditLog')
  @Get('audit-events.csv')
  async events(
    @Query('from') from: unknown,
    @Query('to') to: unknown,
    @Query('actorEmail') actorEmail: unknown,
    @Query('action') action: unknown,
    @Query('region') regionCode: unknown,
    @Query('lang') lang: string | undefined,
    @Query('delimiter') delimiter: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const format = csvFormatOf({ lang, delimiter });
    const rows = await this.audit.forExport({
      from: moment('from', from),
      to: moment('to', to),
      actorEmail: text('actorEmail', actorEmail),
      action: text('action', action),
      regionCode: text('region', regionCode),
    });
    sendCsv(response, 'jejak-audit.csv', writeCsv(columns, rows, format));
  }
}

function text(field: string, value: unknown): string | null {
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string' || value.length > 200 || value.includes('\u0000')) {
    throw new BadUserInputError(CommonErrorReason.INVALID_INPUT, { fields: [{ field, message: 'field.invalid' }] });
  }
  return value;
}

/** An ISO 8601 moment with a time zone (as the web sends) on a real calendar day, else an input error. */
function moment(field: string, value: unknown): Date | null {
  const raw = text(field, value);
  if (raw === null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.exec(raw);
  const parsed = new Date(raw);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  const real = calendar.getUTCFullYear() === year && calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === day;
  if (!match || !real || year < 1900 || Number.isNaN(parsed.getTime())) {
    throw new BadUserInputError(CommonErrorReason.INVALID_INPUT, { fields: [{ field, message: 'field.invalid' }] });
  }
  return parsed;
}
