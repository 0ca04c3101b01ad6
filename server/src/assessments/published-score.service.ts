import { AssessmentsErrorReason, publishedScoreRules } from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { ConflictError } from '../common/errors/domain-error';
import { uniqueViolation } from '../common/errors/postgres-errors';
import { validateInput } from '../common/validate-input';
import { RegionAccessService } from '../regions';
import type { User } from '../users';
import { PublishedScore, ScoreScope } from './assessment.entities';
import type { RecordPublishedScoreInput } from './dto/assessment.inputs';
import { PUBLISHED_SCORES } from './published-scores.data';

/** A demo value for a region: shown flagged as demo data, never as an official value. */
export interface DemoScore {
  regionCode: string;
  year: number;
  index: number;
  /** Shown with the value, e.g. "Data demo, bukan nilai resmi". */
  source: string;
}

/** Officially published index values (and the averages they are compared with), kept apart from self-assessments. */
@Injectable()
export class PublishedScoreService {
  constructor(
    @InjectRepository(PublishedScore) private readonly scores: Repository<PublishedScore>,
    private readonly regionAccess: RegionAccessService,
  ) {}

  /** A region's own published values, oldest first. */
  ofRegion(regionCode: string): Promise<PublishedScore[]> {
    return this.scores.find({ where: { scope: ScoreScope.REGION, regionCode }, order: { year: 'ASC' } });
  }

  /** For region figures: each region's latest published value, in one query; absent when none. */
  async latestByRegion(regionCodes: readonly string[]): Promise<Map<string, number>> {
    if (regionCodes.length === 0) return new Map();
    const rows: Array<{ region_code: string; index_value: string }> = await this.scores.query(
      `SELECT DISTINCT ON (region_code) region_code, index_value FROM spbe_published_scores
       WHERE region_code = ANY($1::varchar[]) AND scope = 'REGION' ORDER BY region_code, year DESC`,
      [[...regionCodes]],
    );
    return new Map(rows.map((row) => [row.region_code, Number(row.index_value)]));
  }

  /** The province's kab/kota averages and the national averages, oldest first. */
  benchmarksFor(provinceCode: string): Promise<PublishedScore[]> {
    return this.scores.find({
      where: [{ scope: ScoreScope.PROVINCE_KABKOTA_AVERAGE, regionCode: provinceCode }, { scope: ScoreScope.NATIONAL_AVERAGE }],
      order: { year: 'ASC' },
    });
  }

  /** Records an official value for a region the actor coordinates; one per region and year. */
  async record(actor: User, input: RecordPublishedScoreInput): Promise<PublishedScore> {
    await this.regionAccess.assertCoordinatesRegion(actor, input.regionCode);
    const values = validateInput(publishedScoreRules, input);
    try {
      return await this.scores.save({
        scope: ScoreScope.REGION,
        regionCode: values.regionCode,
        year: values.year,
        index: Math.round(values.index * 100) / 100,
        source: values.source,
        demo: false,
        recordedById: actor.id,
      });
    } catch (error) {
      if (uniqueViolation(error) !== undefined) throw new ConflictError(AssessmentsErrorReason.SCORE_EXISTS);
      throw error;
    }
  }

  /** Reference data: the values that ship with the platform, each inserted once. */
  async seedReference(): Promise<void> {
    // The framework a value was measured on has no column yet: it is named in the source.
    await this.insertIgnoringExisting(PUBLISHED_SCORES.map(({ frameworkCode: _framework, ...score }) => ({ ...score, demo: false })));
  }

  /** Demo data: region values flagged `demo`; a region and year that already has a value keeps it. */
  async recordDemoScores(scores: readonly DemoScore[]): Promise<void> {
    await this.insertIgnoringExisting(scores.map((score) => ({ ...score, scope: ScoreScope.REGION, demo: true })));
  }

  private async insertIgnoringExisting(rows: Array<Pick<PublishedScore, 'scope' | 'regionCode' | 'year' | 'index' | 'source' | 'demo'>>) {
    if (rows.length === 0) return;
    await this.scores.createQueryBuilder().insert().into(PublishedScore).values(rows).orIgnore().execute();
  }
}
