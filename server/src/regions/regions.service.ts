import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, type Repository } from 'typeorm';
import { Region } from './region.entity';

@Injectable()
export class RegionsService {
  constructor(@InjectRepository(Region) private readonly regions: Repository<Region>) {}

  provinces(): Promise<Region[]> {
    return this.regions.find({ where: { provinceCode: IsNull() }, order: { code: 'ASC' } });
  }

  /** Kabupaten/kota of a province, in code order. */
  regionsOfProvince(provinceCode: string): Promise<Region[]> {
    return this.regions.find({ where: { provinceCode }, order: { code: 'ASC' } });
  }

  findByCode(code: string): Promise<Region | null> {
    return this.regions.findOneBy({ code });
  }

  /** Batch lookup for the region DataLoader: results in the order of `codes`, null where unknown. */
  async findByCodes(codes: readonly string[]): Promise<(Region | null)[]> {
    const found = await this.regions.findBy({ code: In([...codes]) });
    const byCode = new Map(found.map((region) => [region.code, region]));
    return codes.map((code) => byCode.get(code) ?? null);
  }

  async existingCodes(codes: readonly string[]): Promise<Set<string>> {
    if (codes.length === 0) return new Set();
    const found = await this.regions.find({ select: { code: true }, where: { code: In([...codes]) } });
    return new Set(found.map((region) => region.code));
  }
}
