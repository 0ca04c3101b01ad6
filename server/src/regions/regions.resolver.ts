import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../common/access/access-decorators';
import { Region } from './region.entity';
import { RegionsService } from './regions.service';

@Resolver(() => Region)
export class RegionsResolver {
  constructor(private readonly regions: RegionsService) {}

  @Public()
  @Query(() => [Region], { description: 'The 38 provinces.' })
  provinces(): Promise<Region[]> {
    return this.regions.provinces();
  }

  @Public()
  @Query(() => [Region], { description: 'Kabupaten/kota of a province.' })
  regionsOfProvince(@Args('provinceCode') provinceCode: string): Promise<Region[]> {
    return this.regions.regionsOfProvince(provinceCode);
  }

  @Public()
  @Query(() => Region, { nullable: true })
  region(@Args('code') code: string): Promise<Region | null> {
    return this.regions.findByCode(code);
  }
}
