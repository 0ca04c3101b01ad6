import { CombinedGraphQLErrors } from '@apollo/client';
import { CommonErrorReason, DEFAULT_TIME_ZONE, ERROR_REASONS_BY_FEATURE, type ErrorParams, type FieldIssue } from '@living-lab/shared';
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale, loadNamespace } from '../i18n/i18n';
import { useAuth } from './auth';
import { formatDateTime, formatDay } from './dates';

/** What the web needs to know about a failed operation. The server sends a reason and parameters, never prose. */
export interface ApiError {
  code?: string;
  reason?: string;
  /** Values the reason's text needs, e.g. `seconds` for TOO_MANY_ATTEMPTS. */
  params: ErrorParams;
  fields: FieldIssue[];
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

function paramsOf(value: unknown): ErrorParams {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number',
    ),
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
      params: paramsOf(extensions.params),
      fields,
      network: false,
    };
  }
  return { params: {}, fields: [], network: true };
}

/** Codes whose failure may pass on a second try: the server failed, not the request. */
const RETRYABLE_CODES = new Set(['INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE', 'TOO_MANY_REQUESTS']);

/**
 * Whether trying the same request again can help: the network failed, or the server failed
 * (INTERNAL_SERVER_ERROR or no code at all). A refusal (FORBIDDEN, NOT_FOUND, UNAUTHENTICATED), bad
 * input or a conflict answers the same way every time.
 */
export function isRetryable(error: ApiError): boolean {
  return error.network || error.code === undefined || RETRYABLE_CODES.has(error.code);
}

export function isConflict(error: ApiError | null | undefined): boolean {
  return error?.code === 'CONFLICT' && error.reason === CommonErrorReason.STALE_VERSION;
}

/** Each reason's text lives in the namespace of the feature whose enum declares it (as in ERROR_REASONS_BY_FEATURE). */
const NAMESPACE_OF_REASON = new Map<string, string>(
  Object.entries(ERROR_REASONS_BY_FEATURE).flatMap(([namespace, reasons]) =>
    Object.values(reasons as Record<string, string>).map((reason) => [reason, namespace] as const),
  ),
);

/** "mentoring:errors.CAPACITY_REACHED" for a reason the shared enums know; undefined otherwise. */
export function reasonKey(reason: string): string | undefined {
  const namespace = NAMESPACE_OF_REASON.get(reason);
  return namespace ? `${namespace}:errors.${reason}` : undefined;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Parameters as the texts show them: instants and days in the user's language and zone, role names translated. */
function displayParams(t: TFunction, params: ErrorParams, timeZone: string): Record<string, string | number> {
  const language = currentLocale();
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => {
      if (typeof value !== 'string') return [name, value];
      if (name === 'roles')
        return [
          name,
          value
            .split(',')
            .map((role) => t(`common:roles.${role.trim()}`, { defaultValue: role.trim() }))
            .join(', '),
        ];
      if (INSTANT.test(value)) return [name, formatDateTime(value, language, timeZone)];
      if (DAY.test(value)) return [name, formatDay(value, language)];
      return [name, value];
    }),
  );
}

export interface ErrorMessageOptions {
  /** The zone instants in the parameters are shown in (the signed-in user's; WIB by default). */
  timeZone?: string;
}

/**
 * A translated message: by reason (with its parameters), then by code, then a generic one. A reason's
 * text without parameters is `errors.<REASON>`; the one that uses them is `errors.<REASON>_params`, or
 * `errors.<REASON>_<whose>` when the parameters say whose object it is and that text exists.
 */
export function errorMessage(t: TFunction, error: ApiError, { timeZone = DEFAULT_TIME_ZONE }: ErrorMessageOptions = {}): string {
  if (error.network) return t('common:errors.network');
  const key = error.reason ? reasonKey(error.reason) : undefined;
  // Another feature's reason: its texts may not be loaded yet (until they arrive, the code's text shows).
  if (key) loadNamespace(key.slice(0, key.indexOf(':')));
  if (key && t(key, { defaultValue: '' })) {
    if (Object.keys(error.params).length === 0) return t(key);
    // A reason may word its text by whose object it is about (`whose`: own / other), e.g. a clash with one's own session.
    const whose = error.params.whose;
    const context = typeof whose === 'string' && t(`${key}_${whose}`, { defaultValue: '' }) ? whose : 'params';
    return t(key, { ...displayParams(t, error.params, timeZone), context });
  }
  if (error.code && t(`common:errors.code.${error.code}`, { defaultValue: '' })) return t(`common:errors.code.${error.code}`);
  return t('common:errors.generic');
}

/** errorMessage for components: the current language and the signed-in user's time zone. */
export function useErrorMessage(): (error: ApiError) => string {
  const { t } = useTranslation();
  const { user } = useAuth();
  const timeZone = user?.timeZone ?? DEFAULT_TIME_ZONE;
  return useCallback((error: ApiError) => errorMessage(t, error, { timeZone }), [t, timeZone]);
}

/** Field issues keyed by field name, for showing next to inputs. */
export function issuesByField(issues: readonly FieldIssue[]): Record<string, FieldIssue['message']> {
  const byField: Record<string, FieldIssue['message']> = {};
  for (const issue of issues) if (!(issue.field in byField)) byField[issue.field] = issue.message;
  return byField;
}
