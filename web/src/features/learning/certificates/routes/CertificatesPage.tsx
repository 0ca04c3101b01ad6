import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeading } from '../../../../components/PageHeading';
import { ErrorState, LoadingState } from '../../../../components/States';
import { useFormat } from '../../../../lib/use-format';
import { MyCertificatesQuery } from '../api/operations';
import '../../learning.css';

/** /sertifikat: the signed-in learner's certificates. */
export default function CertificatesPage() {
  const { t } = useTranslation('learning');
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(MyCertificatesQuery, { fetchPolicy: 'cache-and-network' });
  const certificates = data?.myCertificates;
  return (
    <>
      <PageHeading>{t('certificates.title')}</PageHeading>
      <p className="lead">{t('certificates.lead')}</p>
      {!certificates && loading ? <LoadingState /> : null}
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {certificates && certificates.length === 0 ? (
        <p className="muted">
          {t('certificates.empty')} <Link to="/katalog">{t('certificates.toCatalogue')}</Link>
        </p>
      ) : null}
      {certificates && certificates.length > 0 ? (
        <ul className="content-list">
          {certificates.map((certificate) => (
            <li key={certificate.id}>
              <article className="card content-card" aria-labelledby={`certificate-${certificate.id}`}>
                <h2 id={`certificate-${certificate.id}`} className="card-title">
                  <Link to={`/sertifikat/${encodeURIComponent(certificate.code)}`}>{certificate.title}</Link>
                </h2>
                <p className="content-facts">
                  <span className="badge">{t(`certificates.kinds.${certificate.kind}`)}</span>
                  <span>{t('certificates.issuedOn', { date: format.dateTime(certificate.issuedAt) })}</span>
                </p>
                <p className="muted">
                  {t('certificates.code')}: <code>{certificate.code}</code>
                </p>
              </article>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
