import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Can } from '../common/access/access-decorators';
import { CurrentUser } from '../common/access/current-user';
import type { User } from '../users';
import { DashboardService, toCsv } from './dashboard.service';

/** CSV downloads of the dashboard tables, with the same access rules as the GraphQL queries. */
@Controller('exports')
export class ExportsController {
  constructor(private readonly dashboards: DashboardService) {}

  @Can('coordinateRegions')
  @Get('province-overview.csv')
  async provinceOverview(@CurrentUser() viewer: User, @Query('province') provinceCode: string, @Res() response: Response): Promise<void> {
    const overview = await this.dashboards.province(viewer, provinceCode ?? '');
    const csv = toCsv(
      [
        'Kode',
        'Wilayah',
        'ASN terdaftar',
        'ASN aktif 30 hari',
        'Pendaftaran modul',
        'Modul selesai',
        'Tingkat penyelesaian',
        'Sesi mentoring',
        'Tindak lanjut terbuka',
        'Tindak lanjut selesai',
        'Langkah playbook selesai',
        'Indeks SPBE terakhir',
        'Target',
      ],
      overview.rows.map((row) => [
        row.region.code,
        row.region.name,
        row.learners,
        row.activeLearners30d,
        row.enrolments,
        row.completions,
        row.completionRate,
        row.sessionsHeld,
        row.actionItemsOpen,
        row.actionItemsDone,
        row.playbookStepsDone,
        row.latestIndex,
        row.target,
      ]),
    );
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="ringkasan-${overview.province.code}.csv"`);
    response.send(csv);
  }
}
