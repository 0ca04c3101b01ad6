import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { PageHeading } from '../../../components/PageHeading';
import { useAuth } from '../../../lib/auth';
import { LoginForm } from '../components/LoginForm';
import '../auth.css';

interface LoginState {
  from?: { pathname: string; search?: string };
  sessionExpired?: boolean;
}

/** Where to go after signing in: back to the page that asked for it, or home. */
function returnPath(state: LoginState | null): string {
  const from = state?.from;
  if (!from || from.pathname === '/masuk' || from.pathname === '/daftar') return '/';
  return `${from.pathname}${from.search ?? ''}`;
}

export default function LoginPage() {
  const { t } = useTranslation('auth');
  const { status, login } = useAuth();
  const navigate = useNavigate();
  const state = useLocation().state as LoginState | null;

  if (status === 'signedIn') return <Navigate to={returnPath(state)} replace />;

  return (
    <section className="narrow">
      <PageHeading>{t('auth.loginTitle')}</PageHeading>
      {state?.sessionExpired ? (
        <p className="notice notice-info" role="status">
          {t('auth.sessionExpired')}
        </p>
      ) : state?.from ? (
        <p className="notice notice-info">{t('auth.signInRequired')}</p>
      ) : null}
      <p>{t('auth.loginLead')}</p>
      <LoginForm
        onSignedIn={(token, user) => {
          login(token, user);
          navigate(returnPath(state), { replace: true });
        }}
      />
      <p>
        <Link to="/lupa-kata-sandi">{t('recovery.forgotLink')}</Link>
      </p>
      <p>
        {t('auth.noAccount')} <Link to="/daftar">{t('auth.registerLink')}</Link>
      </p>
    </section>
  );
}
