import { type ArgumentsHost, Catch, type ExceptionFilter, HttpStatus } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, DomainErrorCode } from './domain-error';

const STATUS: Record<DomainErrorCode, number> = {
  [DomainErrorCode.BadUserInput]: HttpStatus.BAD_REQUEST,
  [DomainErrorCode.Unauthenticated]: HttpStatus.UNAUTHORIZED,
  [DomainErrorCode.Forbidden]: HttpStatus.FORBIDDEN,
  [DomainErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [DomainErrorCode.Conflict]: HttpStatus.CONFLICT,
};

/**
 * Domain errors on plain HTTP routes (CSV exports, calendar feeds) become the matching status with
 * the same JSON shape as GraphQL's extensions. In GraphQL the error passes through to the formatter.
 */
@Catch(DomainError)
export class DomainErrorHttpFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): unknown {
    if (host.getType() !== 'http') return error;
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(STATUS[error.code])
      .json({ message: error.message, code: error.code, reason: error.reason, params: error.params, fields: error.fields });
    return undefined;
  }
}
