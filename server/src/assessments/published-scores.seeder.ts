import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PublishedScore } from './assessment.entities';
import { DEFAULT_TARGET } from './assessment.service';
import { PUBLISHED_SCORES } from './published-scores.data';

/** Seeds the published values once each, and West Java's default target of 3.5. */
@Injectable()
export class PublishedScoresSeeder {
  constructor(private readonly dataSource: DataSource) {}

  async seed(): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(PublishedScore)
      .values(PUBLISHED_SCORES.map((score) => ({ ...score, demo: false })))
      .orIgnore()
      .execute();
    await this.dataSource.query('INSERT INTO spbe_targets (province_code, target) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
      '32',
      DEFAULT_TARGET,
    ]);
  }
}
