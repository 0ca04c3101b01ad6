import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { PublishedScoresSeeder } from '../assessments';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ContentSeeder } from '../content';
import { ShippedQuizSeeder } from '../learning';
import { RegionSeeder } from '../regions';
import { SpbeCatalogueSeeder } from '../spbe';
import { DemoDataSeeder } from './demo-data.seeder';

/** Runs after the migrations: reference data always (idempotent); demo accounts and shipped content (with its modules' quizzes) where configured. */
@Injectable()
export class StartupSeeder implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly regions: RegionSeeder,
    private readonly spbe: SpbeCatalogueSeeder,
    private readonly demo: DemoDataSeeder,
    private readonly content: ContentSeeder,
    private readonly publishedScores: PublishedScoresSeeder,
    private readonly shippedQuizzes: ShippedQuizSeeder,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.regions.seed();
    await this.spbe.seed();
    await this.publishedScores.seed();
    if (this.config.seedDemoData) await this.demo.seed();
    if (this.config.seedContent) {
      await this.content.seed();
      // The shipped modules' quizzes: a certificate on shipped content means its quiz was passed.
      await this.shippedQuizzes.seed();
    }
  }
}
