import { Injectable, Logger } from '@nestjs/common';
import { PublishedScoreService } from '../assessments';
import { PasswordHasher } from '../auth';
import { TransactionRunner } from '../common/transaction';
import { RegionAccessService } from '../regions';
import { UsersService } from '../users';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PUBLISHED_SCORES } from './demo-accounts';

/** Creates the demo accounts that do not exist yet; existing ones (and their changes) are left alone. */
@Injectable()
export class DemoDataSeeder {
  private readonly logger = new Logger(DemoDataSeeder.name);

  constructor(
    private readonly tx: TransactionRunner,
    private readonly hasher: PasswordHasher,
    private readonly users: UsersService,
    private readonly regionAccess: RegionAccessService,
    private readonly publishedScores: PublishedScoreService,
  ) {}

  async seed(): Promise<void> {
    await this.publishedScores.recordDemoScores(
      DEMO_PUBLISHED_SCORES.map((score) => ({ ...score, source: 'Data demo, bukan nilai resmi' })),
    );
    const have = await this.users.existingEmails(DEMO_ACCOUNTS.map((account) => account.email));
    const missing = DEMO_ACCOUNTS.filter((account) => !have.has(account.email));
    if (missing.length === 0) return;

    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    await this.tx.run(async (manager) => {
      for (const { coordinates, ...account } of missing) {
        const user = await this.users.create({ ...account, passwordHash, emailVerified: true }, manager);
        if (coordinates?.length) await this.regionAccess.setCoordinatedRegions(user.id, coordinates, manager);
      }
    });
    this.logger.log(`Demo accounts created (demo only, never in production); password for all: ${DEMO_PASSWORD}`);
    for (const account of missing) this.logger.log(`Demo account ${account.email} (${account.roles.join(', ')})`);
  }
}
