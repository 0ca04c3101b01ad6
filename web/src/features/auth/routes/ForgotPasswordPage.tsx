import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeading } from '../../../components/PageHeading';
import { ForgotPasswordForm } from '../components/ForgotPasswordForm';
import '../auth.css';

export default function ForgotPasswordPage() {
  const { t } = useTranslation('auth');
  return (
    <section className="narrow">
      <PageHeading>{t('recovery.forgotTitle')}</PageHeading>
      <p>{t('recovery.forgotLead')}</p>
      <ForgotPasswordForm />
      <p>
        <Link to="/masuk">{t('recovery.backToLogin')}</Link>
      </p>
    </section>
  );
}
