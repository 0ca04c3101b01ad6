import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * The one way a feature runs a multi-row write in a transaction. Features own their repositories
 * and never take the DataSource; inside `run`, they use `manager.getRepository(TheirEntity)` (or
 * pass the manager to another feature's service method that accepts one).
 */
@Injectable()
export class TransactionRunner {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
