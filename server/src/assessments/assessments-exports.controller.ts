import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Can } from '../common/access/access-decorators';
import { CurrentUser } from '../common/access/current-user';
import { type CsvColumn, type CsvLanguage, csvFormatOf, sendCsv, writeCsv } from '../common/csv/csv';
import type { User } from '../users';
import { type Assessment, type AssessmentLevel, AssessmentStatus } from './assessment.entities';
import { AssessmentService } from './assessment.service';

/** One line per assessment and indicator; an assessment without levels has one line. */
interface LevelLine {
  assessment: Assessment;
  level: AssessmentLevel | null;
  indicatorName: string;
}

/** Assessment statuses as the files name them (file content, not UI prose). */
const STATUS: Record<AssessmentStatus, Record<CsvLanguage, string>> = {
  [AssessmentStatus.DRAFT]: { id: 'Draf', en: 'Draft' },
  [AssessmentStatus.FINAL]: { id: 'Final', en: 'Final' },
};

const columns = (language: CsvLanguage): ReadonlyArray<CsvColumn<LevelLine>> => [
  { header: { id: 'Tahun', en: 'Year' }, value: (line) => String(line.assessment.year) },
  { header: { id: 'Kerangka', en: 'Framework' }, value: (line) => line.assessment.frameworkCode },
  { header: { id: 'Status', en: 'Status' }, value: (line) => STATUS[line.assessment.status][language] },
  { header: { id: 'Indeks', en: 'Index' }, value: (line) => ({ decimal: line.assessment.index }) },
  { header: { id: 'Predikat', en: 'Rating' }, value: (line) => line.assessment.predicate },
  { header: { id: 'Difinalkan pada', en: 'Finalised at' }, value: (line) => ({ moment: line.assessment.finalizedAt }) },
  { header: { id: 'Kode indikator', en: 'Indicator code' }, value: (line) => line.level?.indicatorCode },
  { header: { id: 'Indikator', en: 'Indicator' }, value: (line) => line.indicatorName },
  { header: { id: 'Tingkat', en: 'Level' }, value: (line) => line.level?.level },
  { header: { id: 'Tautan bukti', en: 'Evidence link' }, value: (line) => line.level?.evidenceUrl },
  { header: { id: 'Catatan', en: 'Note' }, value: (line) => line.level?.note },
];

/** CSV downloads of a region's self-assessments, with the same access rules as the editor. */
@Controller('exports')
export class AssessmentsExportsController {
  constructor(private readonly assessments: AssessmentService) {}

  @Can('coordinateRegions')
  @Get('spbe-assessments.csv')
  async regionAssessments(
    @CurrentUser() viewer: User,
    @Query('region') regionCode: string | undefined,
    @Query('lang') lang: string | undefined,
    @Query('delimiter') delimiter: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const format = csvFormatOf({ lang, delimiter });
    const assessments = await this.assessments.allOfRegionWithLevels(viewer, regionCode ?? '');
    const lines = assessments.flatMap(({ assessment, levels }): LevelLine[] =>
      levels.length === 0
        ? [{ assessment, level: null, indicatorName: '' }]
        : levels.map(({ level, indicatorName }) => ({ assessment, level, indicatorName })),
    );
    sendCsv(response, `penilaian-spbe-${regionCode}.csv`, writeCsv(columns(format.language), lines, format));
  }
}
