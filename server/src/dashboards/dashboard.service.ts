import { RegionsErrorReason, wibDay } from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { type EffectiveTarget, ProvinceTargetService, RegionSpbeService } from '../assessments';
import { ForbiddenError, NotFoundError } from '../common/errors/domain-error';
import { type Region, RegionAccessService, RegionsService } from '../regions';
import { SpbeCatalogueService } from '../spbe';
import type { User } from '../users';
import type { Benchmark, MonthlyPoint, ProvinceOverview, RegionDashboard, RegionOverviewRow } from './dashboard.models';
import { RegionActivityCounts } from './region-activity-counts';
import { RegionMonthlyStats, RegionStats } from './region-stats.entities';

type Figure = Exclude<keyof RegionOverviewRow, 'region' | 'target' | 'latestIndexKind' | 'latestIndexYear' | 'latestValue'>;
const FIGURES: Figure[] = [
  'learners',
  'activeLearners30d',
  'enrolments',
  'completions',
  'completionRate',
  'sessionsHeld',
  'actionItemsOpen',
  'actionItemsDone',
  'playbookStepsDone',
  'latestIndex',
];
/** "Active learners": last active on one of the last 30 days (WIB), today included. */
const ACTIVE_WINDOW_DAYS = 30;

/**
 * Province and region dashboards. Each figure comes from an index range or from the trigger-kept
 * region_stats row: a request reads a few rows per kabupaten/kota, never the progress tables.
 */
@Injectable()
export class DashboardService {
  constructor(
    @InjectRepository(RegionStats) private readonly stats: Repository<RegionStats>,
    @InjectRepository(RegionMonthlyStats) private readonly monthlyStats: Repository<RegionMonthlyStats>,
    private readonly activity: RegionActivityCounts,
    private readonly regions: RegionsService,
    private readonly access: RegionAccessService,
    private readonly regionSpbe: RegionSpbeService,
    private readonly targets: ProvinceTargetService,
    private readonly catalogue: SpbeCatalogueService,
  ) {}

  /**
   * All kabupaten/kota of a province; the viewer sees the rows of regions they coordinate (admins
   * all), medians over all. Index figures are on one framework (the current one by default).
   */
  async province(viewer: User, provinceCode: string, frameworkCode?: string | null): Promise<ProvinceOverview> {
    const province = await this.regions.findByCode(provinceCode);
    if (!province || province.provinceCode !== null) throw new NotFoundError(RegionsErrorReason.REGION_NOT_FOUND);
    const framework = frameworkCode ?? (await this.catalogue.currentCode());
    const { rows: all, target } = await this.rows(provinceCode, framework);
    // One query for the viewer's regions, not one per kabupaten/kota.
    const coordinated = await this.access.coordinatedAmong(
      viewer,
      all.map((row) => row.region.code),
    );
    const visible = all.filter((row) => coordinated.has(row.region.code));
    if (visible.length === 0) throw new ForbiddenError(RegionsErrorReason.NOT_YOUR_REGION);
    return {
      province,
      frameworkCode: framework,
      target: target.target,
      targetIsDefault: target.isDefault,
      rows: visible,
      medians: FIGURES.map((figure) => benchmark(all, figure)),
    };
  }

  /** One region with its rank and the province median per figure, and monthly trends: its coordinators, admins and its own people. */
  async region(viewer: User, regionCode: string, frameworkCode?: string | null): Promise<RegionDashboard> {
    const region = await this.regions.findByCode(regionCode);
    if (!region?.provinceCode) throw new NotFoundError(RegionsErrorReason.REGION_NOT_FOUND);
    await this.access.assertSeesRegion(viewer, regionCode);
    const framework = frameworkCode ?? (await this.catalogue.currentCode());
    const { rows: all } = await this.rows(region.provinceCode, framework);
    const row = all.find((candidate) => candidate.region.code === regionCode) as RegionOverviewRow;
    const monthly: Array<{ month: string; enrolments: number; completions: number; sessions_held: number; steps_done: number }> =
      await this.monthlyStats.query(
        `SELECT to_char(month, 'YYYY-MM') AS month, enrolments, completions, sessions_held, steps_done FROM region_monthly_stats
       WHERE region_code = $1 AND month >= date_trunc('month', now() AT TIME ZONE 'Asia/Jakarta')::date - interval '11 months' ORDER BY month`,
        [regionCode],
      );
    return {
      frameworkCode: framework,
      row,
      benchmarks: FIGURES.map((figure) => benchmark(all, figure, regionCode)),
      monthly: fillMonths(monthly),
    };
  }

  /** One row per kabupaten/kota of the province, in code order: a handful of queries for all of them. */
  private async rows(provinceCode: string, frameworkCode: string): Promise<{ rows: RegionOverviewRow[]; target: EffectiveTarget }> {
    const [regions, framework] = await Promise.all([this.regions.regionsOfProvince(provinceCode), this.catalogue.find(frameworkCode)]);
    const codes = regions.map((region: Region) => region.code);
    const [stats, people, indexValues, target] = await Promise.all([
      codes.length === 0 ? [] : this.stats.findBy({ regionCode: In(codes) }),
      this.activity.activeSince(codes, wibDay(new Date(), ACTIVE_WINDOW_DAYS - 1)),
      this.regionSpbe.latestValuesByRegion(codes, framework.code),
      this.targets.effectiveTarget(provinceCode, framework.code),
    ]);
    const statsByCode = new Map(stats.map((row) => [row.regionCode, row]));
    const rows = regions.map((region: Region) => {
      const s = statsByCode.get(region.code);
      const enrolments = s?.enrolments ?? 0;
      const completions = s?.completions ?? 0;
      return {
        region,
        learners: s?.people ?? 0,
        activeLearners30d: people.get(region.code) ?? 0,
        enrolments,
        completions,
        completionRate: enrolments === 0 ? 0 : Math.round((completions / enrolments) * 1000) / 1000,
        sessionsHeld: s?.sessionsHeld ?? 0,
        actionItemsOpen: s?.actionItemsOpen ?? 0,
        actionItemsDone: s?.actionItemsDone ?? 0,
        playbookStepsDone: s?.stepsDone ?? 0,
        // On the one framework, labelled: official, self-assessed or demo (never silently one for another).
        latestIndex: indexValues.get(region.code)?.value ?? null,
        latestIndexKind: indexValues.get(region.code)?.kind ?? null,
        latestIndexYear: indexValues.get(region.code)?.year ?? null,
        latestValue: indexValues.get(region.code) ?? null,
        target: target.target,
      };
    });
    return { rows, target };
  }
}

/** The median of a figure over all regions that have it, and (for one region) its rank, 1 = highest. */
function benchmark(rows: RegionOverviewRow[], figure: Figure, regionCode?: string): Benchmark {
  const values = rows.map((row) => row[figure]).filter((value): value is number => value !== null);
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length === 0 ? null : sorted.length % 2 ? sorted[middle] : Math.round(((sorted[middle - 1] + sorted[middle]) / 2) * 1000) / 1000;
  const own = regionCode ? rows.find((row) => row.region.code === regionCode)?.[figure] : undefined;
  const rank = own === undefined || own === null ? null : 1 + values.filter((value) => value > own).length;
  return { figure, median, rank, of: values.length };
}

function fillMonths(
  rows: Array<{ month: string; enrolments: number; completions: number; sessions_held: number; steps_done: number }>,
): MonthlyPoint[] {
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  const now = new Date(wibDay());
  return Array.from({ length: 12 }, (_, index) => {
    const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11 + index, 1));
    const month = date.toISOString().slice(0, 7);
    const row = byMonth.get(month);
    return {
      month,
      enrolments: row?.enrolments ?? 0,
      completions: row?.completions ?? 0,
      sessionsHeld: row?.sessions_held ?? 0,
      playbookStepsDone: row?.steps_done ?? 0,
    };
  });
}
