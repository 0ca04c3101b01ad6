import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageHeading } from '../../../components/PageHeading';
import { EmptyState, ErrorState, LoadingState } from '../../../components/States';
import { useFormat } from '../../../lib/use-format';
import { ContentHistoryQuery } from '../api/item';
import '../content.css';

export default function HistoryPage() {
  const { t } = useTranslation('content');
  const format = useFormat();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ContentHistoryQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const item = data?.contentItem;
  const title = item?.workingRevision?.title ?? item?.publishedRevision?.title;
  const numberOf = new Map((item?.revisions ?? []).map((revision) => [revision.id, revision.number]));

  return (
    <>
      <p className="breadcrumb">
        <Link to={`/konten/${id}`}>{t('history.back')}</Link>
      </p>
      <PageHeading>{title ? t('history.title', { title }) : t('history.titlePlain')}</PageHeading>
      {!item && loading ? <LoadingState /> : null}
      {!item && error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {item ? (
        <>
          <section aria-labelledby="history-revisions">
            <h2 id="history-revisions">{t('history.revisionsTitle')}</h2>
            <ol className="revision-list">
              {item.revisions.map((revision) => (
                <li key={revision.id} className="card">
                  <p className="revision-head">
                    <strong>{t('history.eventRevision', { number: revision.number })}</strong> ·{' '}
                    <span className={`status status-${revision.status.toLowerCase()}`}>
                      {t(`content.revisionStatus.${revision.status}`)}
                    </span>
                  </p>
                  <p>
                    {t('history.savedBy')}: {revision.updatedBy.fullName}
                  </p>
                  <p className="muted">
                    <time dateTime={revision.updatedAt}>{format.dateTime(revision.updatedAt)}</time>
                  </p>
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="history-events">
            <h2 id="history-events">{t('history.eventsTitle')}</h2>
            {item.history.length === 0 ? <EmptyState>{t('history.empty')}</EmptyState> : null}
            <ol className="timeline">
              {item.history.map((event) => {
                const number = event.revisionId ? numberOf.get(event.revisionId) : undefined;
                return (
                  <li key={event.id}>
                    <p className="timeline-head">
                      <strong>{t('history.event', { actor: event.actor.fullName, action: t(`content.actions.${event.action}`) })}</strong>
                      {number !== undefined ? <span className="muted"> · {t('history.eventRevision', { number })}</span> : null}
                    </p>
                    <p className="muted">
                      <time dateTime={event.createdAt}>{format.dateTime(event.createdAt)}</time>
                    </p>
                    {event.changedFields.length > 0 ? (
                      <p>
                        {t('history.changedFields', {
                          fields: event.changedFields.map((field) => t(`content.fields.${field}`, { defaultValue: field })).join(', '),
                        })}
                      </p>
                    ) : null}
                    {event.comment ? (
                      <figure className="comment">
                        <figcaption className="visually-hidden">{t('history.comment')}</figcaption>
                        <blockquote>{event.comment}</blockquote>
                      </figure>
                    ) : null}
                  </li>
                );
              })}
            </ol>
          </section>
        </>
      ) : null}
    </>
  );
}
