import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, errorMessage, toApiError } from '../../../../lib/errors';
import { MyAccountStatusQuery, ResendVerificationMutation } from '../api/operations';

/**
 * Shown while the address is not confirmed: why it matters (no role can be granted) and a button
 * that mails a new link. Nothing once it is confirmed.
 */
export function EmailVerificationNotice({ email }: { email: string }) {
  const { t } = useTranslation('users');
  const { data } = useQuery(MyAccountStatusQuery, { fetchPolicy: 'cache-and-network' });
  const [resend, { loading }] = useMutation(ResendVerificationMutation);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  if (!data?.me || data.me.emailVerifiedAt) return null;

  return (
    <section className="notice notice-info" aria-labelledby="verify-email-title">
      <h2 id="verify-email-title" className="notice-title">
        {t('verification.title')}
      </h2>
      <p>{t('verification.body', { email })}</p>
      <button
        type="button"
        className="button button-secondary"
        disabled={loading}
        onClick={() => {
          setError(null);
          setSent(false);
          resend()
            .then(() => setSent(true))
            .catch((failure: unknown) => setError(toApiError(failure)));
        }}
      >
        {t('verification.resend')}
      </button>
      <p role="status" className="status-text">
        {sent ? t('verification.sent', { email }) : ''}
      </p>
      {error ? (
        <p className="field-error" role="alert">
          {errorMessage(t, error)}
        </p>
      ) : null}
    </section>
  );
}
