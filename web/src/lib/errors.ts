import { CombinedGraphQLErrors } from '@apollo/client';
import type { FieldIssue } from '@living-lab/shared';
import type { TFunction } from 'i18next';

/** What the web needs to know about a failed operation. */
export interface ApiError {
  code?: string;
  reason?: string;
  fields: FieldIssue[];
  /** The server's own (English) message, e.g. naming the clashing session of DOUBLE_BOOKED. */
  message?: string;
  /** The server could not be reached or answered with something that is not GraphQL. */
  network: boolean;
}

function isFieldIssue(value: unknown): value is FieldIssue {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { field?: unknown }).field === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}

export function toApiError(error: unknown): ApiError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
    const fields = error.errors.flatMap((item) => {
      const list = (item.extensions as Record<string, unknown> | undefined)?.fields;
      return Array.isArray(list) ? list.filter(isFieldIssue) : [];
    });
    return {
      code: typeof extensions.code === 'string' ? extensions.code : undefined,
      reason: typeof extensions.reason === 'string' ? extensions.reason : undefined,
      fields,
      message: typeof first?.message === 'string' ? first.message : undefined,
      network: false,
    };
  }
  return { fields: [], network: true };
}

export function isConflict(error: ApiError | null | undefined): boolean {
  return error?.code === 'CONFLICT' && error.reason === 'STALE_VERSION';
}

/** A translated message: by reason, then by code, then a generic one. */
export function errorMessage(t: TFunction, error: ApiError): string {
  if (error.network) return t('errors.network');
  if (error.reason && t(`errors.${error.reason}`, { defaultValue: '' })) return t(`errors.${error.reason}`);
  if (error.code && t(`errors.code.${error.code}`, { defaultValue: '' })) return t(`errors.code.${error.code}`);
  return t('errors.generic');
}

/** Field issues keyed by field name, for showing next to inputs. */
export function issuesByField(issues: readonly FieldIssue[]): Record<string, FieldIssue['message']> {
  const byField: Record<string, FieldIssue['message']> = {};
  for (const issue of issues) if (!(issue.field in byField)) byField[issue.field] = issue.message;
  return byField;
}
