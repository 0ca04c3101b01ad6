import { CommonErrorReason, type ErrorParams, type ErrorReason, type FieldIssue } from '@living-lab/shared';
import { IntrinsicException } from '@nestjs/common';

/**
 * Errors the domain raises on purpose. Each carries a code (mapped to a GraphQL error code in one
 * place, graphql-error-formatter.ts), a `reason` from a feature's enum in `shared/src/errors/`, and
 * parameters. The server sends no prose: the web translates the reason in the user's language, and
 * the message is the reason itself for API clients. Anything else that escapes a resolver is an
 * internal error and is reported without detail.
 */
export enum DomainErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
}

export interface DomainErrorDetails {
  /** Values the translated text needs (e.g. `minutes`), numbers and plain strings only. */
  params?: ErrorParams;
  /** Per-field problems, for input errors. */
  fields?: FieldIssue[];
}

/** Extends IntrinsicException so Nest does not log these expected outcomes as errors. */
export abstract class DomainError extends IntrinsicException {
  abstract readonly code: DomainErrorCode;
  readonly params: ErrorParams;
  readonly fields: FieldIssue[];

  constructor(
    readonly reason: ErrorReason,
    details: DomainErrorDetails = {},
  ) {
    super(reason);
    this.name = new.target.name;
    this.params = details.params ?? {};
    this.fields = details.fields ?? [];
  }
}

export class BadUserInputError extends DomainError {
  readonly code = DomainErrorCode.BadUserInput;
  constructor(reason: ErrorReason = CommonErrorReason.INVALID_INPUT, details?: DomainErrorDetails) {
    super(reason, details);
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = DomainErrorCode.Unauthenticated;
}

export class ForbiddenError extends DomainError {
  readonly code = DomainErrorCode.Forbidden;
  constructor(reason: ErrorReason = CommonErrorReason.NOT_ALLOWED, details?: DomainErrorDetails) {
    super(reason, details);
  }
}

export class NotFoundError extends DomainError {
  readonly code = DomainErrorCode.NotFound;
  constructor(reason: ErrorReason = CommonErrorReason.NOT_FOUND, details?: DomainErrorDetails) {
    super(reason, details);
  }
}

export class ConflictError extends DomainError {
  readonly code = DomainErrorCode.Conflict;
  constructor(reason: ErrorReason = CommonErrorReason.CONFLICT, details?: DomainErrorDetails) {
    super(reason, details);
  }
}
