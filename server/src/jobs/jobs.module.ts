import { Global, Module } from '@nestjs/common';
import { pgPoolProvider } from '../database/pg-pool';
import { GraphileJobQueue } from './graphile-job-queue';
import { JobQueue } from './job-queue';

/**
 * The job queue, one per app. Global: a feature injects `JobQueue` without importing the module
 * (it is imported once, in AppModule).
 */
@Global()
@Module({
  providers: [pgPoolProvider, GraphileJobQueue, { provide: JobQueue, useExisting: GraphileJobQueue }],
  exports: [JobQueue, GraphileJobQueue],
})
export class JobsModule {}
