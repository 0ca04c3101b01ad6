import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Whether the database answers; the one DataSource use the health check needs. */
@Injectable()
export class DatabaseHealth {
  constructor(private readonly dataSource: DataSource) {}

  async isUp(): Promise<boolean> {
    try {
      await this.dataSource.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }
}
