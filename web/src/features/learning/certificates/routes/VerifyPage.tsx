import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { PageHeading } from '../../../../components/PageHeading';
import { ErrorState, LoadingState } from '../../../../components/States';
import { toApiError } from '../../../../lib/errors';
import { useFormat } from '../../../../lib/use-format';
import { VerifyCertificateQuery } from '../api/operations';
import { CertificateCriteria } from '../components/CertificateCriteria';
import '../../learning.css';

/** /verify/:code: public (no sign-in) check of a certificate, without personal data beyond the name. */
export default function VerifyPage() {
  const { t } = useTranslation('learning');
  const format = useFormat();
  const { code = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(VerifyCertificateQuery, { variables: { code } });
  const certificate = data?.verifyCertificate;
  const notFound = error ? toApiError(error).code === 'NOT_FOUND' : false;

  if (!certificate) {
    if (loading) {
      return (
        <>
          <PageHeading>{t('verify.title')}</PageHeading>
          <LoadingState />
        </>
      );
    }
    return (
      <>
        <PageHeading>{notFound ? t('verify.notFoundTitle') : t('verify.title')}</PageHeading>
        {notFound ? (
          <div className="notice notice-error" role="alert">
            <p>{t('verify.notFoundBody', { code })}</p>
          </div>
        ) : (
          <ErrorState error={error} onRetry={() => void refetch()} />
        )}
      </>
    );
  }

  return (
    <>
      <PageHeading>{certificate.valid ? t('verify.validTitle') : t('verify.invalidTitle')}</PageHeading>
      {certificate.valid ? (
        <p className="notice notice-success" role="status">
          <span aria-hidden="true">✓ </span>
          {t('verify.validBody')}
        </p>
      ) : (
        <p className="notice notice-error" role="alert">
          {t('verify.invalidBody')}
        </p>
      )}
      <section aria-labelledby="verify-details" className="card">
        <h2 id="verify-details">{t('verify.detailsTitle')}</h2>
        <dl className="details">
          <dt>{t('verify.recipient')}</dt>
          <dd>{certificate.recipientName}</dd>
          <dt>{t('verify.certificateTitle')}</dt>
          <dd>{certificate.title}</dd>
          <dt>{t('verify.kind')}</dt>
          <dd>{t(`certificates.kinds.${certificate.kind}`, { defaultValue: certificate.kind })}</dd>
          <dt>{t('certificates.criteriaTitle')}</dt>
          <dd>
            <CertificateCriteria kind={certificate.kind} criteria={certificate.criteria} />
          </dd>
          <dt>{t('verify.issuedAt')}</dt>
          <dd>{format.dateTime(certificate.issuedAt)}</dd>
          <dt>{t('verify.issuer')}</dt>
          <dd>{certificate.issuer}</dd>
          <dt>{t('verify.code')}</dt>
          <dd>
            <code>{certificate.code}</code>
          </dd>
        </dl>
      </section>
    </>
  );
}
