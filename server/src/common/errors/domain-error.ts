import type { FieldIssue } from '@living-lab/shared';
import { IntrinsicException } from '@nestjs/common';

/**
 * Errors the domain raises on purpose. Each carries a code (mapped to a GraphQL error code in one
 * place, graphql-error-formatter.ts), a stable `reason` the web client translates, and an English
 * message for API users. Anything else that escapes a resolver is an internal error and is
 * reported without detail.
 */
export enum DomainErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
}

/** Extends IntrinsicException so Nest does not log these expected outcomes as errors. */
export abstract class DomainError extends IntrinsicException {
  abstract readonly code: DomainErrorCode;

  constructor(
    message: string,
    /** Stable machine-readable cause, e.g. EMAIL_TAKEN; the web maps it to a translated text. */
    readonly reason: string,
    /** Per-field problems, for input errors. */
    readonly fields: FieldIssue[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadUserInputError extends DomainError {
  readonly code = DomainErrorCode.BadUserInput;
  constructor(message: string, reason = 'INVALID_INPUT', fields: FieldIssue[] = []) {
    super(message, reason, fields);
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = DomainErrorCode.Unauthenticated;
  constructor(message = 'Sign in to continue.', reason = 'NOT_SIGNED_IN') {
    super(message, reason);
  }
}

export class ForbiddenError extends DomainError {
  readonly code = DomainErrorCode.Forbidden;
  constructor(message = 'You are not allowed to do this.', reason = 'NOT_ALLOWED') {
    super(message, reason);
  }
}

export class NotFoundError extends DomainError {
  readonly code = DomainErrorCode.NotFound;
  constructor(message: string, reason = 'NOT_FOUND') {
    super(message, reason);
  }
}

export class ConflictError extends DomainError {
  readonly code = DomainErrorCode.Conflict;
  constructor(message: string, reason = 'CONFLICT') {
    super(message, reason);
  }
}
