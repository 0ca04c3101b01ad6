import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { PublishedScoresSeeder } from '../assessments';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ContentSeeder } from '../content';
import { RegionSeeder } from '../regions';
import { SpbeCatalogueSeeder } from '../spbe';
import { DemoDataSeeder } from './demo-data.seeder';

/** Runs after the migrations: reference data always (idempotent); demo accounts and shipped content where configured. */
@Injectable()
export class StartupSeeder implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly regions: RegionSeeder,
    private readonly spbe: SpbeCatalogueSeeder,
    private readonly demo: DemoDataSeeder,
    private readonly content: ContentSeeder,
    private readonly publishedScores: PublishedScoresSeeder,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.regions.seed();
    await this.spbe.seed();
    await this.publishedScores.seed();
    if (this.config.seedDemoData) await this.demo.seed();
    if (this.config.seedContent) await this.content.seed();
  }
}
