import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Can } from '../common/access/access-decorators';
import { CurrentUser } from '../common/access/current-user';
import { type CsvColumn, csvFormatOf, sendCsv, writeCsv } from '../common/csv/csv';
import type { User } from '../users';
import { LearnerOverviewService } from './learner-overview.service';
import type { ModuleProgress, RegionLearner } from './learning.models';

/** One line per learner and module; a learner without modules has one line with the module empty. */
interface LearnerLine {
  learner: RegionLearner;
  module: ModuleProgress | null;
  title: string;
}

const LEARNER_COLUMNS: ReadonlyArray<CsvColumn<LearnerLine>> = [
  { header: { id: 'Nama', en: 'Name' }, value: (line) => line.learner.learner.fullName },
  { header: { id: 'Instansi', en: 'Agency' }, value: (line) => line.learner.learner.agency },
  { header: { id: 'Kode wilayah', en: 'Region code' }, value: (line) => line.learner.learner.regionCode },
  { header: { id: 'Pendaftaran modul', en: 'Module enrolments' }, value: (line) => line.learner.enrolments },
  { header: { id: 'Modul selesai', en: 'Modules completed' }, value: (line) => line.learner.completions },
  { header: { id: 'Aktivitas terakhir', en: 'Last activity' }, value: (line) => ({ moment: line.learner.lastActivityAt }) },
  { header: { id: 'Modul', en: 'Module' }, value: (line) => line.title },
  { header: { id: 'Pelajaran selesai', en: 'Lessons completed' }, value: (line) => line.module?.completedLessonKeys.length },
  { header: { id: 'Jumlah pelajaran', en: 'Lessons' }, value: (line) => line.module?.lessonCount },
  { header: { id: 'Kemajuan', en: 'Progress' }, value: (line) => ({ percent: line.module ? line.module.progressPercent / 100 : null }) },
  { header: { id: 'Modul selesai pada', en: 'Module completed at' }, value: (line) => ({ moment: line.module?.completedAt ?? null }) },
];

/** CSV downloads of the learning tables, with the same access rules as the GraphQL queries. */
@Controller('exports')
export class LearningExportsController {
  constructor(private readonly overview: LearnerOverviewService) {}

  @Can('coordinateRegions')
  @Get('region-learners.csv')
  async regionLearners(
    @CurrentUser() viewer: User,
    @Query('region') regionCode: string | undefined,
    @Query('lang') lang: string | undefined,
    @Query('delimiter') delimiter: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const format = csvFormatOf({ lang, delimiter });
    const { rows, titles } = await this.overview.allRegionLearners(viewer, regionCode ?? '');
    const lines = rows.flatMap((learner): LearnerLine[] =>
      learner.modules.length === 0
        ? [{ learner, module: null, title: '' }]
        : learner.modules.map((module) => ({ learner, module, title: titles.get(module.itemId) ?? '' })),
    );
    sendCsv(response, `peserta-${regionCode}.csv`, writeCsv(LEARNER_COLUMNS, lines, format));
  }
}
