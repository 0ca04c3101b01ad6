import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Can } from '../common/access/access-decorators';
import { CurrentUser } from '../common/access/current-user';
import { type CsvColumn, type CsvLanguage, csvFormatOf, sendCsv, writeCsv } from '../common/csv/csv';
import type { User } from '../users';
import { type ActionItemExportRow, MentoringExportsService, type SessionExportRow } from './mentoring-exports.service';
import { SessionStatus } from './mentoring-session.entity';

/** Session statuses as the files name them (file content, not UI prose). */
const STATUS: Record<SessionStatus, Record<CsvLanguage, string>> = {
  [SessionStatus.SCHEDULED]: { id: 'Terjadwal', en: 'Scheduled' },
  [SessionStatus.HELD]: { id: 'Terlaksana', en: 'Held' },
  [SessionStatus.NO_SHOW]: { id: 'Tidak hadir', en: 'No show' },
  [SessionStatus.CANCELLED]: { id: 'Dibatalkan', en: 'Cancelled' },
};

const sessionColumns = (language: CsvLanguage): ReadonlyArray<CsvColumn<SessionExportRow>> => [
  { header: { id: 'Mulai (WIB)', en: 'Starts (WIB)' }, value: (row) => ({ moment: row.session.startsAt }) },
  { header: { id: 'Durasi (menit)', en: 'Duration (minutes)' }, value: (row) => row.session.durationMinutes },
  { header: { id: 'Mentor', en: 'Mentor' }, value: (row) => row.mentorName },
  { header: { id: 'Mentee', en: 'Mentees' }, value: (row) => row.menteeNames.join(', ') },
  { header: { id: 'Status', en: 'Status' }, value: (row) => STATUS[row.session.status][language] },
  { header: { id: 'Tempat', en: 'Place' }, value: (row) => row.session.place },
  { header: { id: 'Tautan daring', en: 'Online link' }, value: (row) => row.session.onlineUrl },
  { header: { id: 'Agenda', en: 'Agenda' }, value: (row) => row.session.agenda },
  { header: { id: 'Tindak lanjut terbuka', en: 'Open action items' }, value: (row) => row.actionItemsOpen },
  { header: { id: 'Tindak lanjut selesai', en: 'Action items done' }, value: (row) => row.actionItemsDone },
];

const actionItemColumns = (language: CsvLanguage): ReadonlyArray<CsvColumn<ActionItemExportRow>> => [
  { header: { id: 'Tindak lanjut', en: 'Action item' }, value: (row) => row.item.text },
  { header: { id: 'Penanggung jawab', en: 'Owner' }, value: (row) => row.ownerName },
  { header: { id: 'Tenggat', en: 'Due' }, value: (row) => ({ day: row.item.dueDate }) },
  { header: { id: 'Selesai pada', en: 'Done at' }, value: (row) => ({ moment: row.item.doneAt }) },
  { header: { id: 'Sesi (WIB)', en: 'Session (WIB)' }, value: (row) => ({ moment: row.session.startsAt }) },
  { header: { id: 'Status sesi', en: 'Session status' }, value: (row) => STATUS[row.session.status][language] },
  { header: { id: 'Mentor', en: 'Mentor' }, value: (row) => row.mentorName },
];

/** CSV downloads of a region's mentoring, with the same access rules as the board. */
@Controller('exports')
export class MentoringExportsController {
  constructor(private readonly exports: MentoringExportsService) {}

  @Can('coordinateRegions')
  @Get('mentoring-sessions.csv')
  async sessions(
    @CurrentUser() viewer: User,
    @Query('region') regionCode: string | undefined,
    @Query('lang') lang: string | undefined,
    @Query('delimiter') delimiter: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const format = csvFormatOf({ lang, delimiter });
    const rows = await this.exports.sessionsOfRegion(viewer, regionCode ?? '');
    sendCsv(response, `sesi-mentoring-${regionCode}.csv`, writeCsv(sessionColumns(format.language), rows, format));
  }

  @Can('coordinateRegions')
  @Get('mentoring-action-items.csv')
  async actionItems(
    @CurrentUser() viewer: User,
    @Query('region') regionCode: string | undefined,
    @Query('lang') lang: string | undefined,
    @Query('delimiter') delimiter: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const format = csvFormatOf({ lang, delimiter });
    const rows = await this.exports.actionItemsOfRegion(viewer, regionCode ?? '');
    sendCsv(response, `tindak-lanjut-${regionCode}.csv`, writeCsv(actionItemColumns(format.language), rows, format));
  }
}
