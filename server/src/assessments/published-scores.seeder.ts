import { Injectable } from '@nestjs/common';
import { ProvinceTargetService } from './province-target.service';
import { PublishedScoreService } from './published-score.service';

/** Seeds the published values once each, and West Java's default target of 3.5. */
@Injectable()
export class PublishedScoresSeeder {
  constructor(
    private readonly scores: PublishedScoreService,
    private readonly targets: ProvinceTargetService,
  ) {}

  async seed(): Promise<void> {
    await this.scores.seedReference();
    await this.targets.seedDefault();
  }
}
