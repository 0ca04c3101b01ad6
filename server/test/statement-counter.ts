import type { DataSource } from 'typeorm';

/**
 * Records the SQL statements the app sends while a piece of work runs. Every statement of a repository, an entity
 * manager, a query builder or `query()` goes through a query runner, which hands it to the DataSource's logger
 * (whatever the logging option), so wrapping `logQuery` sees them all, transactions' BEGIN/COMMIT included.
 */
export class StatementCounter {
  private recording: string[] | undefined;

  constructor(dataSource: DataSource) {
    const logger = dataSource.logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, queryRunner) => {
      this.recording?.push(query);
      return logQuery(query, parameters, queryRunner);
    };
  }

  /** The statements sent while `work` ran; run one request at a time, nothing else may use the database meanwhile. */
  async during<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
    if (this.recording) throw new Error('StatementCounter.during() does not nest');
    const statements: string[] = [];
    this.recording = statements;
    try {
      return { result: await work(), statements };
    } finally {
      this.recording = undefined;
    }
  }
}
