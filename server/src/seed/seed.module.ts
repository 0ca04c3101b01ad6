import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module';
import { AuthModule } from '../auth/auth.module';
import { ContentModule } from '../content/content.module';
import { RegionsModule } from '../regions/regions.module';
import { SpbeModule } from '../spbe/spbe.module';
import { DemoDataSeeder } from './demo-data.seeder';
import { StartupSeeder } from './startup-seeder';

@Module({
  imports: [RegionsModule, SpbeModule, AuthModule, ContentModule, AssessmentsModule],
  providers: [DemoDataSeeder, StartupSeeder],
})
export class SeedModule {}
