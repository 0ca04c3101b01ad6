import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Region } from './region.entity';

interface RegionIndex {
  byCode: Map<string, Region>;
  provinces: Region[];
  byProvince: Map<string, Region[]>;
}

/**
 * Provinces and kabupaten/kota. They are reference data that changes only with a release of
 * idn-area-data (RegionSeeder loads it at start), so they are read once per process and kept in
 * memory (552 rows): the dashboards, loaders and input checks cost no statement for them.
 */
@Injectable()
export class RegionsService {
  private index?: Promise<RegionIndex>;

  constructor(@InjectRepository(Region) private readonly regions: Repository<Region>) {}

  async provinces(): Promise<Region[]> {
    return [...(await this.regionIndex()).provinces];
  }

  /** Kabupaten/kota of a province, in code order. */
  async regionsOfProvince(provinceCode: string): Promise<Region[]> {
    return [...((await this.regionIndex()).byProvince.get(provinceCode) ?? [])];
  }

  async findByCode(code: string): Promise<Region | null> {
    return (await this.regionIndex()).byCode.get(code) ?? null;
  }

  /** Batch lookup for the region DataLoader: results in the order of `codes`, null where unknown. */
  async findByCodes(codes: readonly string[]): Promise<(Region | null)[]> {
    const { byCode } = await this.regionIndex();
    return codes.map((code) => byCode.get(code) ?? null);
  }

  async existingCodes(codes: readonly string[]): Promise<Set<string>> {
    const { byCode } = await this.regionIndex();
    return new Set(codes.filter((code) => byCode.has(code)));
  }

  /** Called by RegionSeeder after it wrote the regions: the next read loads them again. */
  invalidate(): void {
    this.index = undefined;
  }

  private regionIndex(): Promise<RegionIndex> {
    this.index ??= this.regions.find({ order: { code: 'ASC' } }).then(indexRegions, (error: unknown) => {
      this.index = undefined;
      throw error;
    });
    return this.index;
  }
}

function indexRegions(regions: Region[]): RegionIndex {
  const byProvince = new Map<string, Region[]>();
  for (const region of regions) {
    if (region.provinceCode === null) continue;
    const siblings = byProvince.get(region.provinceCode);
    if (siblings) siblings.push(region);
    else byProvince.set(region.provinceCode, [region]);
  }
  return {
    byCode: new Map(regions.map((region) => [region.code, region])),
    provinces: regions.filter((region) => region.provinceCode === null),
    byProvince,
  };
}
