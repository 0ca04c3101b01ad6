import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { PageHeading } from '../../../components/PageHeading';
import { ResetPasswordForm } from '../components/ResetPasswordForm';
import '../auth.css';

/** `/reset-password?token=…`, the link in the reset mail. */
export default function ResetPasswordPage() {
  const { t } = useTranslation('auth');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [resetFor, setResetFor] = useState<string | null>(null);

  return (
    <section className="narrow">
      <PageHeading>{t('recovery.resetTitle')}</PageHeading>
      {resetFor ? (
        <div className="notice notice-success" role="status">
          <p>{t('recovery.resetDone', { email: resetFor })}</p>
          <p>
            <Link to="/masuk">{t('recovery.signInNow')}</Link>
          </p>
        </div>
      ) : token ? (
        <>
          <p>{t('recovery.resetLead')}</p>
          <ResetPasswordForm token={token} onReset={setResetFor} />
        </>
      ) : (
        <div className="notice notice-error" role="alert">
          <p>{t('validation.token.invalid')}</p>
          <p>
            <Link to="/lupa-kata-sandi">{t('recovery.askNewLink')}</Link>
          </p>
        </div>
      )}
    </section>
  );
}
