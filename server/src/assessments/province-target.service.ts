import { CommonErrorReason, provinceTargetRules, RegionsErrorReason } from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { BadUserInputError, ConflictError } from '../common/errors/domain-error';
import { validateInput } from '../common/validate-input';
import { RegionsService } from '../regions';
import { SpbeTarget } from './assessment.entities';

/** The index a province aims for when an admin has set none. */
export const DEFAULT_TARGET = 3.5;

/** Each province's SPBE target (its kabupaten/kota share it), set by admins. */
@Injectable()
export class ProvinceTargetService {
  constructor(
    @InjectRepository(SpbeTarget) private readonly targets: Repository<SpbeTarget>,
    private readonly regions: RegionsService,
  ) {}

  async targetOf(provinceCode: string): Promise<number> {
    const row = await this.targets.findOneBy({ provinceCode });
    return row?.target ?? DEFAULT_TARGET;
  }

  /** Several provinces' targets in one query (the default where none is set). */
  async targetsOf(provinceCodes: readonly string[]): Promise<Map<string, number>> {
    const codes = [...new Set(provinceCodes)];
    const rows = codes.length === 0 ? [] : await this.targets.findBy({ provinceCode: In(codes) });
    const byCode = new Map(rows.map((row) => [row.provinceCode, row.target]));
    return new Map(codes.map((code) => [code, byCode.get(code) ?? DEFAULT_TARGET]));
  }

  /** Creates the province's target (without `version`) or changes it (with the version it is based on). */
  async set(provinceCode: string, target: number, version: number | null | undefined): Promise<SpbeTarget> {
    const province = await this.regions.findByCode(provinceCode);
    if (!province || province.provinceCode !== null) {
      throw new BadUserInputError(RegionsErrorReason.UNKNOWN_REGION, {
        fields: [{ field: 'provinceCode', message: 'regionCode.unknown' }],
      });
    }
    const values = validateInput(provinceTargetRules, { target });
    const rounded = Math.round(values.target * 100) / 100;
    if (version == null) {
      if (!(await this.insertIfAbsent(provinceCode, rounded))) throw new ConflictError(CommonErrorReason.STALE_VERSION);
    } else {
      const result = await this.targets
        .createQueryBuilder()
        .update(SpbeTarget)
        .set({ target: rounded, version: () => 'version + 1' })
        .where('province_code = :provinceCode AND version = :version', { provinceCode, version })
        .execute();
      if (result.affected !== 1) throw new ConflictError(CommonErrorReason.STALE_VERSION);
    }
    return this.targets.findOneByOrFail({ provinceCode });
  }

  /** Reference data: the province's target unless it has one (idempotent). */
  async seedDefault(provinceCode: string, target = DEFAULT_TARGET): Promise<void> {
    await this.insertIfAbsent(provinceCode, target);
  }

  /** Whether a row was inserted (false when the province already has a target). */
  private async insertIfAbsent(provinceCode: string, target: number): Promise<boolean> {
    const result = await this.targets
      .createQueryBuilder()
      .insert()
      .into(SpbeTarget)
      .values({ provinceCode, target })
      .orIgnore()
      .returning(['provinceCode'])
      .execute();
    return Array.isArray(result.raw) && result.raw.length > 0;
  }
}
