import { CommonErrorReason } from '@living-lab/shared';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { DomainError, DomainErrorCode } from './domain-error';
import { badInputValue } from './postgres-errors';

/** Codes Apollo itself produces for malformed operations; their messages are safe to show. */
const APOLLO_CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

export function graphqlCodeFor(code: DomainErrorCode): string {
  switch (code) {
    case DomainErrorCode.BadUserInput:
      return 'BAD_USER_INPUT';
    case DomainErrorCode.Unauthenticated:
      return 'UNAUTHENTICATED';
    case DomainErrorCode.Forbidden:
      return 'FORBIDDEN';
    case DomainErrorCode.NotFound:
      return 'NOT_FOUND';
    case DomainErrorCode.Conflict:
      return 'CONFLICT';
    default: {
      const unhandled: never = code;
      throw new Error(`Unmapped domain error code ${String(unhandled)}`);
    }
  }
}

/**
 * The one place where errors become GraphQL errors. Domain errors keep their message, reason and
 * field issues; malformed operations keep Apollo's message; everything else (a bug, a database
 * failure) becomes a generic INTERNAL_SERVER_ERROR, so no stack trace or SQL ever reaches a client.
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logUnexpected: (error: unknown) => void,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path: formatted.path,
      extensions: {
        code: graphqlCodeFor(original.code),
        reason: original.reason,
        ...(Object.keys(original.params).length > 0 ? { params: original.params } : {}),
        ...(original.fields.length > 0 ? { fields: original.fields } : {}),
      },
    };
  }
  // PostgreSQL could not store a value the caller sent (an id that is not a uuid, a number out of
  // range, an impossible date, an unknown region code): bad input, reported without the SQL.
  if (badInputValue(original)) {
    return {
      message: CommonErrorReason.MALFORMED_VALUE,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', reason: CommonErrorReason.MALFORMED_VALUE },
    };
  }
  // graphql-js stops after 50 invalid variable values with an error Apollo does not mark as the
  // caller's: it is bad input all the same.
  if (original instanceof GraphQLError && original.message.startsWith('Too many errors processing variables')) {
    return { message: formatted.message, extensions: { code: 'BAD_USER_INPUT', reason: CommonErrorReason.INVALID_INPUT } };
  }
  const code = formatted.extensions?.code;
  if (code === 'QUERY_TOO_COMPLEX') {
    const params = formatted.extensions?.params;
    return { message: formatted.message, extensions: { code, reason: CommonErrorReason.QUERY_TOO_COMPLEX, ...(params ? { params } : {}) } };
  }
  if (typeof code === 'string' && APOLLO_CLIENT_ERROR_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') {
    return { message: formatted.message, path: formatted.path, extensions: { code } };
  }
  logUnexpected(original);
  return {
    message: 'Something went wrong on our side. Please try again.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
