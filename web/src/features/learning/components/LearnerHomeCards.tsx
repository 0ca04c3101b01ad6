import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ProgressBar } from '../../../components/ProgressBar';
import { EmptyState, ErrorState, LoadingState } from '../../../components/States';
import { useFormat } from '../../../lib/use-format';
import { LearnerHomeQuery } from '../api/home';
import { RecommendationReasonText } from './RecommendationReason';
import '../learning.css';

/** The learner's dashboard: modules in progress, certificates and recommendations (learnerHome). */
export function LearnerHomeCards() {
  const { t } = useTranslation('learning');
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(LearnerHomeQuery, { fetchPolicy: 'cache-and-network' });
  const home = data?.learnerHome;
  if (!home) {
    return loading ? (
      <div className="home-cards-loading">
        <LoadingState />
      </div>
    ) : (
      <ErrorState error={error} onRetry={() => void refetch()} />
    );
  }
  return (
    <div className="home-grid">
      <section aria-labelledby="home-continue" className="card">
        <h2 id="home-continue">{t('home.continueTitle')}</h2>
        {home.continueLearning.length === 0 ? (
          <p className="muted">
            {t('home.continueEmpty')} <Link to="/katalog">{t('home.toCatalogue')}</Link>
          </p>
        ) : (
          <ul className="plain-list">
            {home.continueLearning.map((progress) => {
              const title = progress.item.publishedRevision?.title ?? t('paths.unpublishedModule');
              const target = progress.resumeLessonKey
                ? `/belajar/${progress.itemId}/${progress.resumeLessonKey}`
                : `/konten/${progress.itemId}`;
              return (
                <li key={progress.itemId} className="continue-item">
                  <h3 className="item-title">
                    <Link to={`/konten/${progress.itemId}`}>{title}</Link>
                  </h3>
                  <ProgressBar
                    percent={progress.progressPercent}
                    label={t('home.progressOf', { title })}
                    valueText={t('learning.progress.valueText', {
                      percent: progress.progressPercent,
                      done: progress.completedLessonKeys.length,
                      total: progress.lessonCount,
                    })}
                  />
                  <Link className="button button-primary button-small" to={target}>
                    {t('learning.continue')}
                    <span className="visually-hidden">: {title}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="home-certificates" className="card">
        <h2 id="home-certificates">{t('home.certificatesTitle')}</h2>
        {home.certificates.length === 0 ? (
          <EmptyState>{t('home.certificatesEmpty')}</EmptyState>
        ) : (
          <ul className="plain-list">
            {home.certificates.map((certificate) => (
              <li key={certificate.id}>
                <Link to={`/sertifikat/${encodeURIComponent(certificate.code)}`}>{certificate.title}</Link>{' '}
                <span className="muted">({format.dateTime(certificate.issuedAt)})</span>
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to="/sertifikat">{t('home.allCertificates')}</Link>
        </p>
      </section>
      <section aria-labelledby="home-recommended" className="card">
        <h2 id="home-recommended">{t('home.recommendedTitle')}</h2>
        {home.recommendations.length === 0 ? (
          <EmptyState>{t('home.recommendedEmpty')}</EmptyState>
        ) : (
          <ul className="plain-list">
            {home.recommendations.map(({ item, reason }) => (
              <li key={item.id}>
                <h3 className="item-title">
                  <Link to={`/konten/${item.id}`}>{item.publishedRevision?.title ?? t('paths.unpublishedModule')}</Link>
                </h3>
                <RecommendationReasonText reason={reason} />
                {item.publishedRevision ? <p className="muted">{item.publishedRevision.summary}</p> : null}
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to="/jalur">{t('home.toPaths')}</Link>
        </p>
      </section>
    </div>
  );
}
