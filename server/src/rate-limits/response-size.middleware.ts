import { CommonErrorReason } from '@living-lab/shared';
import { Inject, Injectable, Logger, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

const logger = new Logger('ResponseSize');

/** The largest GraphQL response sent (RESPONSE_MAX_BYTES): far above any page of the web app. */
export const DEFAULT_RESPONSE_MAX_BYTES = 10 * 1024 * 1024;

/**
 * A last cap behind the cost limit: a GraphQL response over the configured size is not sent; the
 * client gets HTTP 400 with RESPONSE_TOO_LARGE `{ maxBytes }` instead, so one request cannot make the
 * server push hundreds of megabytes. Apollo hands the serialised body to `res.send` (before
 * compression), where it is measured.
 */
@Injectable()
export class ResponseSizeMiddleware implements NestMiddleware {
  private readonly maxBytes: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.maxBytes = config.responseMaxBytes ?? DEFAULT_RESPONSE_MAX_BYTES;
  }

  use(request: Request, response: Response, next: NextFunction): void {
    const maxBytes = this.maxBytes;
    const send = response.send.bind(response);
    response.send = (body?: unknown) => {
      // A UTF-8 byte is at least one UTF-16 unit and at most three per unit: measure only when it may be over.
      if (typeof body === 'string' && body.length * 3 > maxBytes && Buffer.byteLength(body) > maxBytes) {
        logger.warn(`${request.method} ${request.path}: a response of ${Buffer.byteLength(body)} bytes refused (max ${maxBytes})`);
        response.status(400).type('application/json');
        return send(
          JSON.stringify({
            errors: [
              {
                message: CommonErrorReason.RESPONSE_TOO_LARGE,
                extensions: { code: 'RESPONSE_TOO_LARGE', reason: CommonErrorReason.RESPONSE_TOO_LARGE, params: { maxBytes } },
              },
            ],
          }),
        );
      }
      return send(body);
    };
    next();
  }
}
