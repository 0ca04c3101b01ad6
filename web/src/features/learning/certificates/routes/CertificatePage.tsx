import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageHeading } from '../../../../components/PageHeading';
import { ErrorState, LoadingState } from '../../../../components/States';
import { toApiError } from '../../../../lib/errors';
import { MyCertificateCredentialQuery, VerifyCertificateQuery } from '../api/operations';
import { CertificateCard } from '../components/CertificateCard';
import { downloadCredential, verificationUrl } from '../components/credential';
import '../../learning.css';

/** /sertifikat/:code: the certificate to print, with its Open Badges credential to download. */
export default function CertificatePage() {
  const { t } = useTranslation('learning');
  const { code = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(VerifyCertificateQuery, { variables: { code } });
  const certificate = data?.verifyCertificate;
  // Only the learner gets the credential; for anyone else the download buttons stay away.
  const credential = useQuery(MyCertificateCredentialQuery, { variables: { code } }).data?.myCertificateCredential;
  const notFound = error ? toApiError(error).code === 'NOT_FOUND' : false;

  if (!certificate) {
    return (
      <>
        <PageHeading>{loading ? t('common.loading') : t('certificates.notFoundTitle')}</PageHeading>
        {loading ? <LoadingState /> : null}
        {notFound ? <p className="notice notice-error">{t('certificates.notFoundBody')}</p> : null}
        {error && !notFound ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
        <p>
          <Link to="/sertifikat">{t('certificates.backToList')}</Link>
        </p>
      </>
    );
  }

  return (
    <>
      <p className="breadcrumb no-print">
        <Link to="/sertifikat">{t('certificates.backToList')}</Link>
      </p>
      <div className="no-print">
        <PageHeading title={t('certificates.pageTitle', { title: certificate.title })}>
          {t('certificates.pageTitle', { title: certificate.title })}
        </PageHeading>
      </div>
      <div className="actions no-print certificate-actions">
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {t('certificates.print')}
        </button>
        {credential ? (
          <>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => downloadCredential(credential.code, credential.jwt, 'jwt')}
            >
              {t('certificates.download')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => downloadCredential(credential.code, credential.json, 'json')}
            >
              {t('certificates.downloadJson')}
            </button>
          </>
        ) : null}
        <Link className="button button-secondary" to={`/verify/${encodeURIComponent(certificate.code)}`}>
          {t('certificates.openVerification')}
        </Link>
      </div>
      <p className="muted no-print">{t('certificates.shareHint', { url: verificationUrl(certificate.code) })}</p>
      <CertificateCard certificate={certificate} />
    </>
  );
}
