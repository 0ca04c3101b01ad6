import { AssessmentsErrorReason, FrameworkCode, frameworkForYear, publishedScoreRules, SpbeErrorReason } from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { BadUserInputError, ConflictError } from '../common/errors/domain-error';
import { uniqueViolation } from '../common/errors/postgres-errors';
import { validateInput } from '../common/validate-input';
import { RegionAccessService } from '../regions';
import type { User } from '../users';
import type { RecordPublishedScoreInput } from './dto/assessment.inputs';
import { PublishedScore, ScoreScope } from './published-score.entity';
import { PUBLISHED_SCORES } from './published-scores.data';

/** A demo value for a region: shown flagged as demo data, never as an official value. */
export interface DemoScore {
  regionCode: string;
  year: number;
  index: number;
  /** Shown with the value, e.g. "Data demo, bukan nilai resmi". */
  source: string;
  /** The framework of the value; by default the one its year was scored on. */
  frameworkCode?: string;
}

/** A region's latest published value on one framework. */
export interface LatestPublished {
  year: number;
  index: number;
  demo: boolean;
}

/**
 * The framework an evaluation year was scored on, for published values: PermenPANRB 5/2018 up to
 * 2020 (no catalogue ships for it), then the shipped frameworks. Undefined before 2018.
 */
export function publishedFrameworkOfYear(year: number): string | undefined {
  if (year >= 2018 && year <= 2020) return FrameworkCode.PERMENPANRB_5_2018;
  return frameworkForYear(year)?.code;
}

/** Officially published index values (and the averages they are compared with), kept apart from self-assessments. */
@Injectable()
export class PublishedScoreService {
  constructor(
    @InjectRepository(PublishedScore) private readonly scores: Repository<PublishedScore>,
    private readonly regionAccess: RegionAccessService,
  ) {}

  /** A region's own published values on every framework, oldest first (each carries its framework). */
  ofRegion(regionCode: string): Promise<PublishedScore[]> {
    return this.scores.find({ where: { scope: ScoreScope.REGION, regionCode }, order: { year: 'ASC' } });
  }

  /**
   * For region figures: each region's latest published value on one framework, in one query;
   * absent when none. An official value goes before a demo value of the same year.
   */
  async latestByRegion(regionCodes: readonly string[], frameworkCode: string): Promise<Map<string, LatestPublished>> {
    if (regionCodes.length === 0) return new Map();
    const rows: Array<{ region_code: string; year: number; index_value: string; demo: boolean }> = await this.scores.query(
      `SELECT DISTINCT ON (region_code) region_code, year, index_value, demo FROM spbe_published_scores
       WHERE region_code = ANY($1::varchar[]) AND scope = 'REGION' AND framework_code = $2 ORDER BY region_code, year DESC, demo`,
      [[...regionCodes], frameworkCode],
    );
    return new Map(rows.map((row) => [row.region_code, { year: row.year, index: Number(row.index_value), demo: row.demo }]));
  }

  /** The province's kab/kota averages and the national averages on one framework, oldest first. */
  benchmarksFor(provinceCode: string, frameworkCode: string): Promise<PublishedScore[]> {
    return this.scores.find({
      where: [
        { scope: ScoreScope.PROVINCE_KABKOTA_AVERAGE, regionCode: provinceCode, frameworkCode },
        { scope: ScoreScope.NATIONAL_AVERAGE, frameworkCode },
      ],
      order: { year: 'ASC', scope: 'ASC' },
    });
  }

  /** Records an official value for a region the actor coordinates; one per region and year. */
  async record(actor: User, input: RecordPublishedScoreInput): Promise<PublishedScore> {
    await this.regionAccess.assertCoordinatesRegion(actor, input.regionCode);
    const values = validateInput(publishedScoreRules, input);
    const yearsFramework = publishedFrameworkOfYear(values.year);
    // A value belongs to the framework its year was scored on; another framework is an input error.
    if (yearsFramework === undefined || (input.frameworkCode != null && input.frameworkCode !== yearsFramework)) {
      throw new BadUserInputError(SpbeErrorReason.NO_FRAMEWORK_FOR_YEAR, {
        params: { year: values.year },
        fields: [{ field: 'year', message: 'field.invalid' }],
      });
    }
    try {
      return await this.scores.save(
        this.scores.create({
          scope: ScoreScope.REGION,
          regionCode: values.regionCode,
          year: values.year,
          frameworkCode: yearsFramework,
          index: Math.round(values.index * 100) / 100,
          source: values.source,
          demo: false,
          recordedById: actor.id,
        }),
      );
    } catch (error) {
      if (uniqueViolation(error) !== undefined) throw new ConflictError(AssessmentsErrorReason.SCORE_EXISTS);
      throw error;
    }
  }

  /** Reference data: the values that ship with the platform, each inserted once. */
  async seedReference(): Promise<void> {
    await this.insertIgnoringExisting(PUBLISHED_SCORES.map((score) => ({ ...score, demo: false })));
  }

  /** Demo data: region values flagged `demo`; a region and year that already has a value keeps it. */
  async recordDemoScores(scores: readonly DemoScore[]): Promise<void> {
    await this.insertIgnoringExisting(
      scores.map(({ frameworkCode, ...score }) => ({
        ...score,
        frameworkCode: frameworkCode ?? publishedFrameworkOfYear(score.year) ?? FrameworkCode.PERMENPANRB_59_2020,
        scope: ScoreScope.REGION,
        demo: true,
      })),
    );
  }

  private async insertIgnoringExisting(
    rows: Array<Pick<PublishedScore, 'scope' | 'regionCode' | 'year' | 'frameworkCode' | 'index' | 'source' | 'demo'>>,
  ) {
    if (rows.length === 0) return;
    await this.scores.createQueryBuilder().insert().into(PublishedScore).values(rows).orIgnore().execute();
  }
}
