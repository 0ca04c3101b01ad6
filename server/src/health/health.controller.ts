import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../common/access/access-decorators';
import { DatabaseHealth } from '../database/database-health';

/** Liveness and database reachability, for load balancers and the README's start check. */
@Controller('health')
export class HealthController {
  constructor(private readonly database: DatabaseHealth) {}

  @Public()
  @Get()
  async check(@Res() response: Response): Promise<void> {
    if (await this.database.isUp()) response.status(HttpStatus.OK).json({ status: 'ok', database: 'up' });
    else response.status(HttpStatus.SERVICE_UNAVAILABLE).json({ status: 'error', database: 'down' });
  }
}
