import { appliesToYear, CommonErrorReason, provinceTargetRules, RegionsErrorReason, SpbeErrorReason } from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { BadUserInputError, ConflictError } from '../common/errors/domain-error';
import { validateInput } from '../common/validate-input';
import { RegionsService } from '../regions';
import { currentYearInWib, SpbeCatalogueService } from '../spbe';
import { SpbeTarget } from './spbe-target.entity';

/**
 * The index a province aims for when an admin has set none: the lower bound of "Sangat Baik" in both
 * SPBE 59/2020 and Pemdi 8/2026.
 */
export const DEFAULT_TARGET = 3.5;

/** The SPBE target West Java had before targets were kept per framework and year. */
const WEST_JAVA_SPBE_TARGET = { provinceCode: '32', frameworkCode: 'PERMENPANRB-59-2020', year: 2025, target: DEFAULT_TARGET };

/** A province's target on a framework, with whether an admin set it. */
export interface EffectiveTarget {
  target: number;
  /** The evaluation year of the target that applies; null when none is set. */
  year: number | null;
  isDefault: boolean;
}

/**
 * Each province's target per framework and evaluation year (its kabupaten/kota share it), set by
 * admins. The target that applies on a framework is the one of its latest year; earlier years stay
 * as history.
 */
@Injectable()
export class ProvinceTargetService {
  constructor(
    @InjectRepository(SpbeTarget) private readonly targets: Repository<SpbeTarget>,
    private readonly regions: RegionsService,
    private readonly catalogue: SpbeCatalogueService,
  ) {}

  /** The target that applies to a province on a framework (the current one when none is given); 3.5 when none is set. */
  async targetOf(provinceCode: string, frameworkCode?: string | null): Promise<number> {
    return (await this.effectiveTarget(provinceCode, frameworkCode)).target;
  }

  async effectiveTarget(provinceCode: string, frameworkCode?: string | null): Promise<EffectiveTarget> {
    const code = frameworkCode ?? (await this.catalogue.currentCode());
    const row = await this.targets.findOne({ where: { provinceCode, frameworkCode: code }, order: { year: 'DESC' } });
    return row ? { target: row.target, year: row.year, isDefault: false } : { target: DEFAULT_TARGET, year: null, isDefault: true };
  }

  /** Several provinces' targets on a framework in one query (the default where none is set). */
  async targetsOf(provinceCodes: readonly string[], frameworkCode?: string | null): Promise<Map<string, number>> {
    const codes = [...new Set(provinceCodes)];
    const framework = frameworkCode ?? (await this.catalogue.currentCode());
    const rows =
      codes.length === 0
        ? []
        : await this.targets.find({ where: { provinceCode: In(codes), frameworkCode: framework }, order: { year: 'ASC' } });
    // Ordered by year, so the latest year's target is the one left in the map.
    const byCode = new Map(rows.map((row) => [row.provinceCode, row.target]));
    return new Map(codes.map((code) => [code, byCode.get(code) ?? DEFAULT_TARGET]));
  }

  /** Every target of a province on a framework, oldest year first: the history. */
  async history(provinceCode: string, frameworkCode?: string | null): Promise<SpbeTarget[]> {
    const code = frameworkCode ?? (await this.catalogue.currentCode());
    return this.targets.find({ where: { provinceCode, frameworkCode: code }, order: { year: 'ASC' } });
  }

  /**
   * Creates the province's target for a framework and year (without `version`) or changes it (with
   * the version it is based on). The framework defaults to the current one, the year to the current
   * year in WIB; a year the framework does not cover is an input error.
   */
  async set(
    provinceCode: string,
    target: number,
    version: number | null | undefined,
    frameworkCode?: string | null,
    year?: number | null,
  ): Promise<SpbeTarget> {
    const province = await this.regions.findByCode(provinceCode);
    if (!province || province.provinceCode !== null) {
      throw new BadUserInputError(RegionsErrorReason.UNKNOWN_REGION, {
        fields: [{ field: 'provinceCode', message: 'regionCode.unknown' }],
      });
    }
    const framework = await this.catalogue.find(frameworkCode);
    const targetYear = year ?? currentYearInWib();
    if (!Number.isInteger(targetYear) || !appliesToYear(framework, targetYear)) {
      throw new BadUserInputError(SpbeErrorReason.NO_FRAMEWORK_FOR_YEAR, {
        params: { year: targetYear, code: framework.code },
        fields: [{ field: 'year', message: 'field.invalid' }],
      });
    }
    const values = validateInput(provinceTargetRules, { target });
    const rounded = Math.round(values.target * 100) / 100;
    const key = { provinceCode, frameworkCode: framework.code, year: targetYear };
    if (version == null) {
      if (!(await this.insertIfAbsent({ ...key, target: rounded }))) throw new ConflictError(CommonErrorReason.STALE_VERSION);
    } else {
      const result = await this.targets
        .createQueryBuilder()
        .update(SpbeTarget)
        .set({ target: rounded, version: () => 'version + 1' })
        .where('province_code = :provinceCode AND framework_code = :frameworkCode AND year = :year AND version = :version', {
          ...key,
          version,
        })
        .execute();
      if (result.affected !== 1) throw new ConflictError(CommonErrorReason.STALE_VERSION);
    }
    return this.targets.findOneByOrFail(key);
  }

  /** Reference data: West Java's SPBE target of 3.5 (2025) unless it is there (idempotent). */
  async seedDefault(): Promise<void> {
    await this.insertIfAbsent(WEST_JAVA_SPBE_TARGET);
  }

  /** Whether a row was inserted (false when the province already has a target for that framework and year). */
  private async insertIfAbsent(values: Pick<SpbeTarget, 'provinceCode' | 'frameworkCode' | 'year' | 'target'>): Promise<boolean> {
    const result = await this.targets
      .createQueryBuilder()
      .insert()
      .into(SpbeTarget)
      .values(values)
      .orIgnore()
      .returning(['provinceCode'])
      .execute();
    return Array.isArray(result.raw) && result.raw.length > 0;
  }
}
