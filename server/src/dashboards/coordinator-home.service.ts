import { can, wibMonthStart } from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { DEFAULT_TARGET, ProvinceTargetService, RegionSpbeService } from '../assessments';
import { RegionAccessService } from '../regions';
import { currentYearInWib, SpbeCatalogueService } from '../spbe';
import type { User } from '../users';
import { type CoordinatorHome, EvaluationStatus } from './coordinator-home.models';
import { RegionActivityCounts } from './region-activity-counts';
import { RegionMonthlyStats, RegionStats } from './region-stats.entities';

/** The current calendar month in WIB: its first day (YYYY-MM-01). */
export function currentMonthWib(now: Date = new Date()): { month: string } {
  return { month: wibMonthStart(now) };
}

/**
 * The coordinator's home: for each kabupaten/kota given to them, this month's and the running figures
 * from the trigger-kept region_stats / region_monthly_stats rows, and the region's latest index value
 * with the province target, both on ONE framework (the current one by default): a region with values
 * on an older framework only shows none, never an SPBE figure against a Pemdi target. A fixed number
 * of statements whatever the number of regions; no progress rows are read.
 */
@Injectable()
export class CoordinatorHomeService {
  constructor(
    @InjectRepository(RegionStats) private readonly stats: Repository<RegionStats>,
    @InjectRepository(RegionMonthlyStats) private readonly monthlyStats: Repository<RegionMonthlyStats>,
    private readonly access: RegionAccessService,
    private readonly activity: RegionActivityCounts,
    private readonly regionSpbe: RegionSpbeService,
    private readonly targets: ProvinceTargetService,
    private readonly catalogue: SpbeCatalogueService,
  ) {}

  async home(viewer: User, frameworkCode?: string | null): Promise<CoordinatorHome> {
    const coordinatesAllRegions = can(viewer.roles, 'coordinateAllRegions');
    // Unknown framework codes are NOT_FOUND (FRAMEWORK_NOT_FOUND), before anything else is read.
    const [framework, regions] = await Promise.all([
      this.catalogue.find(frameworkCode),
      // Admins coordinate every region; listing hundreds of cards helps nobody, so only given regions show.
      this.access.givenKabKotaOf(viewer),
    ]);
    if (regions.length === 0) return { regions: [], coordinatesAllRegions, frameworkCode: framework.code };
    const codes = regions.map((region) => region.code);
    const { month } = currentMonthWib();
    const year = currentYearInWib();
    const [totals, monthly, people, latest, targets, evaluations] = await Promise.all([
      this.stats.findBy({ regionCode: In(codes) }),
      this.monthlyStats.findBy({ regionCode: In(codes), month }),
      this.activity.activeSince(codes, month),
      this.regionSpbe.latestValuesByRegion(codes, framework.code),
      this.targets.targetsOf(
        regions.map((region) => region.provinceCode as string),
        framework.code,
      ),
      this.regionSpbe.evaluationStatusesOf(codes, framework.code, year),
    ]);
    const totalsByCode = new Map(totals.map((row) => [row.regionCode, row]));
    const monthByCode = new Map(monthly.map((row) => [row.regionCode, row]));
    return {
      coordinatesAllRegions,
      frameworkCode: framework.code,
      regions: regions.map((region) => ({
        region,
        activeLearnersThisMonth: people.get(region.code) ?? 0,
        completionsThisMonth: monthByCode.get(region.code)?.completions ?? 0,
        completionsTotal: totalsByCode.get(region.code)?.completions ?? 0,
        sessionsHeld: totalsByCode.get(region.code)?.sessionsHeld ?? 0,
        openActionItems: totalsByCode.get(region.code)?.actionItemsOpen ?? 0,
        latestValue: latest.get(region.code) ?? null,
        target: targets.get(region.provinceCode as string) ?? DEFAULT_TARGET,
        evaluationStatus: (evaluations.get(region.code) as EvaluationStatus | undefined) ?? EvaluationStatus.NONE,
        evaluationYear: year,
      })),
    };
  }
}
