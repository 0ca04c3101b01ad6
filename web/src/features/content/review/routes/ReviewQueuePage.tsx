import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeading } from '../../../../components/PageHeading';
import { EmptyState, ErrorState, LoadingState } from '../../../../components/States';
import { useCan } from '../../../../lib/use-can';
import { useFormat } from '../../../../lib/use-format';
import { ReviewQueueQuery } from '../api/operations';
import '../../content.css';

export default function ReviewQueuePage() {
  const { t } = useTranslation('content');
  const can = useCan();
  return (
    <>
      <PageHeading>{t('review.queueTitle')}</PageHeading>
      {can('reviewContent') ? (
        <ReviewQueue />
      ) : (
        <p className="notice notice-error" role="alert">
          {t('review.noAccess')}
        </p>
      )}
    </>
  );
}

function ReviewQueue() {
  const { t } = useTranslation('content');
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(ReviewQueueQuery, { fetchPolicy: 'cache-and-network' });
  const queue = data?.reviewQueue;
  return (
    <>
      <p className="lead">{t('review.queueLead')}</p>
      <p role="status" className="status-text">
        {queue ? t('review.count', { count: queue.length }) : ''}
      </p>
      {!queue && loading ? <LoadingState /> : null}
      {!queue && error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {queue && queue.length === 0 ? <EmptyState>{t('review.empty')}</EmptyState> : null}
      {queue && queue.length > 0 ? (
        <ul className="content-list">
          {queue.map((revision) => (
            <li key={revision.id}>
              <article className="card content-card" aria-labelledby={`review-${revision.id}`}>
                <h2 id={`review-${revision.id}`}>
                  <Link to={`/tinjauan/${revision.id}`}>{revision.title}</Link>
                </h2>
                <p className="content-facts">
                  <span className="badge">{t(`content.types.${revision.item.type}`)}</span>
                  <span>{t('review.revision', { number: revision.number })}</span>
                </p>
                <dl className="details">
                  <dt>{t('review.author')}</dt>
                  <dd>{revision.item.author.fullName}</dd>
                  <dt>{t('review.submittedAt')}</dt>
                  <dd>
                    {revision.submittedAt ? <time dateTime={revision.submittedAt}>{format.dateTime(revision.submittedAt)}</time> : '—'}
                  </dd>
                </dl>
              </article>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
