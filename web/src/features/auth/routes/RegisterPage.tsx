import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router-dom';
import { PageHeading } from '../../../components/PageHeading';
import { useAuth } from '../../../lib/auth';
import { RegisterForm } from '../components/RegisterForm';
import '../auth.css';

export default function RegisterPage() {
  const { t } = useTranslation('auth');
  const { status, login } = useAuth();
  const navigate = useNavigate();

  if (status === 'signedIn') return <Navigate to="/" replace />;

  return (
    <section className="narrow">
      <PageHeading>{t('auth.registerTitle')}</PageHeading>
      <p>{t('auth.registerLead')}</p>
      <RegisterForm
        onRegistered={(token, user) => {
          login(token, user);
          navigate('/', { replace: true });
        }}
      />
      <p>
        {t('auth.haveAccount')} <Link to="/masuk">{t('auth.loginLink')}</Link>
      </p>
    </section>
  );
}
