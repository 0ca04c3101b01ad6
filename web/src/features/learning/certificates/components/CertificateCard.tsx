import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../../lib/use-format';
import { CertificateCriteria, type ModuleCriteriaView } from './CertificateCriteria';
import { verificationUrl } from './credential';

export interface CertificateView {
  code: string;
  recipientName: string;
  title: string;
  kind: string;
  issuedAt: string;
  issuer: string;
  /** What was required to earn it. */
  criteria: ModuleCriteriaView[];
}

/** The certificate itself: what is printed (see the print styles) and what the verification page confirms. */
export function CertificateCard({ certificate }: { certificate: CertificateView }) {
  const { t } = useTranslation('learning');
  const format = useFormat();
  const url = verificationUrl(certificate.code);
  return (
    <article className="certificate" aria-labelledby="certificate-title">
      <p className="certificate-issuer">{certificate.issuer}</p>
      <h2 id="certificate-title" className="certificate-heading">
        {t(`certificates.heading.${certificate.kind}`, { defaultValue: t('certificates.heading.MODULE') })}
      </h2>
      <p>{t('certificates.awardedTo')}</p>
      <p className="certificate-recipient">{certificate.recipientName}</p>
      <p>{t(`certificates.forCompleting.${certificate.kind}`, { defaultValue: t('certificates.forCompleting.MODULE') })}</p>
      <p className="certificate-title">{certificate.title}</p>
      <dl className="details certificate-details">
        <dt>{t('certificates.criteriaTitle')}</dt>
        <dd>
          <CertificateCriteria kind={certificate.kind} criteria={certificate.criteria} />
        </dd>
        <dt>{t('certificates.issuedAt')}</dt>
        <dd>{format.dateTime(certificate.issuedAt)}</dd>
        <dt>{t('certificates.code')}</dt>
        <dd>
          <code>{certificate.code}</code>
        </dd>
        <dt>{t('certificates.verifyAt')}</dt>
        <dd>
          <a href={url}>{url}</a>
        </dd>
      </dl>
    </article>
  );
}
