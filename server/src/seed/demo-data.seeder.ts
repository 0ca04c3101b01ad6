import { Injectable, Logger } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { PublishedScore, ScoreScope } from '../assessments/assessment.entities';
import { PasswordHasher } from '../auth/password-hasher';
import { CoordinatorRegion } from '../users/coordinator-region.entity';
import { User } from '../users/user.entity';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PUBLISHED_SCORES } from './demo-accounts';

/** Creates the demo accounts that do not exist yet; existing ones (and their changes) are left alone. */
@Injectable()
export class DemoDataSeeder {
  private readonly logger = new Logger(DemoDataSeeder.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
  ) {}

  async seed(): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(PublishedScore)
      .values(
        DEMO_PUBLISHED_SCORES.map((score) => ({ ...score, scope: ScoreScope.REGION, demo: true, source: 'Data demo, bukan nilai resmi' })),
      )
      .orIgnore()
      .execute();
    const existing = await this.dataSource
      .getRepository(User)
      .find({ select: { email: true }, where: { email: In(DEMO_ACCOUNTS.map((account) => account.email)) } });
    const have = new Set(existing.map((user) => user.email));
    const missing = DEMO_ACCOUNTS.filter((account) => !have.has(account.email));
    if (missing.length === 0) return;

    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    await this.dataSource.transaction(async (manager) => {
      for (const account of missing) {
        const user = await manager.save(
          manager.create(User, {
            email: account.email,
            passwordHash,
            fullName: account.fullName,
            regionCode: account.regionCode,
            agency: account.agency,
            roles: ['LEARNER', ...account.roles.filter((role) => role !== 'LEARNER')],
          }),
        );
        if (account.coordinates?.length) {
          await manager.insert(
            CoordinatorRegion,
            account.coordinates.map((regionCode) => ({ userId: user.id, regionCode })),
          );
        }
      }
    });
    this.logger.log(`Demo accounts created (demo only, never in production); password for all: ${DEMO_PASSWORD}`);
    for (const account of missing) this.logger.log(`Demo account ${account.email} (${account.roles.join(', ')})`);
  }
}
