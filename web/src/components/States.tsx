import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, isRetryable, toApiError, useErrorMessage } from '../lib/errors';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="state state-empty">{children}</p>;
}

/**
 * A failed load or action, translated by its reason with its parameters; with a retry button when
 * `onRetry` is given and trying again can help (network or server failure, not a refusal or bad input).
 */
export function ErrorState({ error, onRetry, retryLabel }: { error: unknown; onRetry?: () => void; retryLabel?: string }) {
  const { t } = useTranslation();
  const errorText = useErrorMessage();
  const info: ApiError = isApiError(error) ? error : toApiError(error);
  return (
    <div className="notice notice-error" role="alert">
      <p>{errorText(info)}</p>
      {onRetry && isRetryable(info) ? (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {retryLabel ?? t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}

function isApiError(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && 'network' in value && 'fields' in value;
}
