import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { PageHeading } from '../../../components/PageHeading';
import { LoadingState } from '../../../components/States';
import { useAuth } from '../../../lib/auth';
import { type ApiError, errorMessage, toApiError } from '../../../lib/errors';
import { VerifyEmailMutation } from '../api/operations';
import '../auth.css';

/** `/verify-email?token=…`, the link in the verification mail: confirms the address on arrival. */
export default function VerifyEmailPage() {
  const { t } = useTranslation('auth');
  const { status } = useAuth();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [verify] = useMutation(VerifyEmailMutation);
  const [outcome, setOutcome] = useState<'pending' | 'verified' | ApiError>('pending');
  // The link is single use: send it once, even when React runs the effect twice.
  const sent = useRef(false);

  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    verify({ variables: { input: { token } } })
      .then(() => setOutcome('verified'))
      .catch((error: unknown) => setOutcome(toApiError(error)));
  }, [token, verify]);

  return (
    <section className="narrow">
      <PageHeading>{t('recovery.verifyTitle')}</PageHeading>
      {outcome === 'pending' ? <LoadingState /> : null}
      {outcome === 'verified' ? (
        <div className="notice notice-success" role="status">
          <p>{t('recovery.verified')}</p>
          <p>
            {status === 'signedIn' ? (
              <Link to="/profil">{t('recovery.toProfile')}</Link>
            ) : (
              <Link to="/masuk">{t('recovery.signInNow')}</Link>
            )}
          </p>
        </div>
      ) : null}
      {typeof outcome === 'object' ? (
        <div className="notice notice-error" role="alert">
          <p>{errorMessage(t, outcome)}</p>
          <p>{t('recovery.verifyAgainHint')}</p>
        </div>
      ) : null}
    </section>
  );
}
