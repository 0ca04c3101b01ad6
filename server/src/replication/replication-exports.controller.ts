import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Can } from '../common/access/access-decorators';
import { CurrentUser } from '../common/access/current-user';
import { type CsvColumn, type CsvLanguage, csvFormatOf, sendCsv, writeCsv } from '../common/csv/csv';
import type { User } from '../users';
import { type AdoptionStepView, type PlaybookAdoption, StepStatus } from './replication.entities';
import { ReplicationService } from './replication.service';

/** One line per adopted playbook and step; a playbook without published steps has one line. */
interface StepLine {
  adoption: PlaybookAdoption;
  playbookTitle: string;
  doneSteps: number;
  totalSteps: number;
  step: AdoptionStepView | null;
}

/** Step statuses as the files name them (file content, not UI prose). */
const STATUS: Record<StepStatus, Record<CsvLanguage, string>> = {
  [StepStatus.NOT_STARTED]: { id: 'Belum mulai', en: 'Not started' },
  [StepStatus.IN_PROGRESS]: { id: 'Berjalan', en: 'In progress' },
  [StepStatus.DONE]: { id: 'Selesai', en: 'Done' },
  [StepStatus.BLOCKED]: { id: 'Terhambat', en: 'Blocked' },
};

const columns = (language: CsvLanguage): ReadonlyArray<CsvColumn<StepLine>> => [
  { header: { id: 'Playbook', en: 'Playbook' }, value: (line) => line.playbookTitle },
  { header: { id: 'Diadopsi pada', en: 'Adopted at' }, value: (line) => ({ moment: line.adoption.adoptedAt }) },
  {
    header: { id: 'Kemajuan', en: 'Progress' },
    value: (line) => ({ percent: line.totalSteps === 0 ? null : line.doneSteps / line.totalSteps }),
  },
  { header: { id: 'Langkah', en: 'Step' }, value: (line) => line.step?.position },
  { header: { id: 'Judul langkah', en: 'Step title' }, value: (line) => line.step?.title },
  { header: { id: 'Status', en: 'Status' }, value: (line) => (line.step ? STATUS[line.step.status][language] : null) },
  { header: { id: 'Penanggung jawab', en: 'Owner' }, value: (line) => line.step?.owner },
  { header: { id: 'Mulai', en: 'Started' }, value: (line) => ({ day: line.step?.startedOn ?? null }) },
  { header: { id: 'Selesai', en: 'Done' }, value: (line) => ({ day: line.step?.doneOn ?? null }) },
  { header: { id: 'Alasan terhambat', en: 'Blocked because' }, value: (line) => line.step?.blockedReason },
  { header: { id: 'Tautan bukti', en: 'Evidence link' }, value: (line) => line.step?.evidenceUrl },
  { header: { id: 'Catatan bukti', en: 'Evidence note' }, value: (line) => line.step?.evidenceNote },
];

/** CSV downloads of a region's replication trackers, for its coordinators and admins. */
@Controller('exports')
export class ReplicationExportsController {
  constructor(private readonly replication: ReplicationService) {}

  @Can('coordinateRegions')
  @Get('replication-trackers.csv')
  async trackers(
    @CurrentUser() viewer: User,
    @Query('region') regionCode: string | undefined,
    @Query('lang') lang: string | undefined,
    @Query('delimiter') delimiter: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const format = csvFormatOf({ lang, delimiter });
    const trackers = await this.replication.trackersOfRegion(viewer, regionCode ?? '');
    const lines = trackers.flatMap(({ adoption, playbookTitle, steps }): StepLine[] => {
      const base = {
        adoption,
        playbookTitle,
        doneSteps: steps.filter((step) => step.status === StepStatus.DONE).length,
        totalSteps: steps.length,
      };
      return steps.length === 0 ? [{ ...base, step: null }] : steps.map((step) => ({ ...base, step }));
    });
    sendCsv(response, `replikasi-${regionCode}.csv`, writeCsv(columns(format.language), lines, format));
  }
}
