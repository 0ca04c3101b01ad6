import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments';
import { AuthModule } from '../auth';
import { ContentModule } from '../content';
import { LearningModule } from '../learning';
import { RegionsModule } from '../regions';
import { SpbeModule } from '../spbe';
import { UsersModule } from '../users';
import { DemoDataSeeder } from './demo-data.seeder';
import { StartupSeeder } from './startup-seeder';

@Module({
  imports: [RegionsModule, SpbeModule, UsersModule, AuthModule, ContentModule, LearningModule, AssessmentsModule],
  providers: [DemoDataSeeder, StartupSeeder],
})
export class SeedModule {}
