import { Logger } from '@nestjs/common';
import type { ErrorRequestHandler } from 'express';

const logger = new Logger('HTTP');

/** The JSON body limit for /graphql and every other route (app.factory.ts). */
export const JSON_BODY_LIMIT = '2mb';

const CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

interface BodyParserError {
  type: string;
  status: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  const candidate = error as Partial<BodyParserError> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.type === 'string' &&
    typeof candidate.status === 'number' &&
    candidate.status >= 400 &&
    candidate.status < 500
  );
}

/**
 * Answers what the body parser refuses (invalid JSON 400, a body over the limit 413, an unknown
 * charset or encoding 415) with its own status and a GraphQL-shaped error, before anything else
 * sees the error: the static file handler would otherwise turn it into a 404 on /graphql. These are
 * the client's mistakes, so they are logged at info level, without a stack (the request logger runs
 * after the body parser and never sees them).
 */
export const bodyParserErrors: ErrorRequestHandler = (error, request, response, next) => {
  if (!isBodyParserError(error)) {
    next(error);
    return;
  }
  const code = CODES[error.status] ?? 'BAD_REQUEST';
  const message =
    error.type === 'entity.parse.failed'
      ? 'The request body is not valid JSON.'
      : error.type === 'entity.too.large'
        ? `The request body is larger than ${JSON_BODY_LIMIT.toUpperCase().replace('MB', ' MB')}.`
        : 'The request body could not be read.';
  logger.log(`${request.method} ${request.path} refused: ${error.status} ${error.type}`);
  response.status(error.status).json({ errors: [{ message, extensions: { code } }] });
};
