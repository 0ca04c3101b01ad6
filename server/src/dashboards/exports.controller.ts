import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Can } from '../common/access/access-decorators';
import { CurrentUser } from '../common/access/current-user';
import { type CsvColumn, csvFormatOf, sendCsv, writeCsv } from '../common/csv/csv';
import type { User } from '../users';
import type { RegionOverviewRow } from './dashboard.models';
import { DashboardService } from './dashboard.service';

/** The province summary's columns, headers in both languages (file content, not UI prose). */
const PROVINCE_COLUMNS: ReadonlyArray<CsvColumn<RegionOverviewRow & { frameworkCode: string }>> = [
  { header: { id: 'Kode', en: 'Code' }, value: (row) => row.region.code },
  { header: { id: 'Wilayah', en: 'Region' }, value: (row) => row.region.name },
  { header: { id: 'ASN terdaftar', en: 'Registered civil servants' }, value: (row) => row.learners },
  { header: { id: 'ASN aktif 30 hari', en: 'Active in 30 days' }, value: (row) => row.activeLearners30d },
  { header: { id: 'Pendaftaran modul', en: 'Module enrolments' }, value: (row) => row.enrolments },
  { header: { id: 'Modul selesai', en: 'Modules completed' }, value: (row) => row.completions },
  { header: { id: 'Tingkat penyelesaian', en: 'Completion rate' }, value: (row) => ({ percent: row.completionRate }) },
  { header: { id: 'Sesi mentoring', en: 'Mentoring sessions' }, value: (row) => row.sessionsHeld },
  { header: { id: 'Tindak lanjut terbuka', en: 'Open action items' }, value: (row) => row.actionItemsOpen },
  { header: { id: 'Tindak lanjut selesai', en: 'Action items done' }, value: (row) => row.actionItemsDone },
  { header: { id: 'Langkah playbook selesai', en: 'Playbook steps done' }, value: (row) => row.playbookStepsDone },
  { header: { id: 'Indeks terakhir', en: 'Latest index' }, value: (row) => ({ decimal: row.latestIndex }) },
  { header: { id: 'Jenis nilai', en: 'Value kind' }, value: (row) => row.latestIndexKind },
  { header: { id: 'Tahun evaluasi', en: 'Evaluation year' }, value: (row) => row.latestIndexYear },
  // Every index figure of the file is on the overview's framework; it is named on each row.
  { header: { id: 'Kerangka', en: 'Framework' }, value: (row) => row.frameworkCode },
  { header: { id: 'Target', en: 'Target' }, value: (row) => ({ decimal: row.target }) },
];

/** CSV downloads of the dashboard tables, with the same access rules as the GraphQL queries. */
@Controller('exports')
export class ExportsController {
  constructor(private readonly dashboards: DashboardService) {}

  @Can('coordinateRegions')
  @Get('province-overview.csv')
  async provinceOverview(
    @CurrentUser() viewer: User,
    @Query('province') provinceCode: string,
    @Query('framework') frameworkCode: string | undefined,
    @Query('lang') lang: string | undefined,
    @Query('delimiter') delimiter: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const format = csvFormatOf({ lang, delimiter });
    const overview = await this.dashboards.province(viewer, provinceCode ?? '', frameworkCode || null);
    sendCsv(
      response,
      `ringkasan-${overview.province.code}-${overview.frameworkCode}.csv`,
      writeCsv(
        PROVINCE_COLUMNS,
        overview.rows.map((row) => ({ ...row, frameworkCode: overview.frameworkCode })),
        format,
      ),
    );
  }
}
