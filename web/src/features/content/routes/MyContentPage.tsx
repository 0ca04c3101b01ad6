import { useQuery } from '@apollo/client/react';
import { CONTENT_TYPES } from '@living-lab/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeading } from '../../../components/PageHeading';
import { EmptyState, ErrorState, LoadingState } from '../../../components/States';
import { useCan } from '../../../lib/use-can';
import { useFormat } from '../../../lib/use-format';
import { MyContentQuery } from '../api/item';
import { TYPE_SLUGS } from '../type-slugs';
import '../content.css';

const NEW_LABELS = { MODULE: 'myContent.newModule', CASE_STUDY: 'myContent.newCaseStudy', PLAYBOOK: 'myContent.newPlaybook' } as const;

export default function MyContentPage() {
  const { t } = useTranslation('content');
  const can = useCan();
  return (
    <>
      <PageHeading>{t('myContent.title')}</PageHeading>
      {can('authorContent') ? (
        <MyContent />
      ) : (
        <p className="notice notice-error" role="alert">
          {t('myContent.noAccess')}
        </p>
      )}
    </>
  );
}

function MyContent() {
  const { t } = useTranslation('content');
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(MyContentQuery, { fetchPolicy: 'cache-and-network' });
  const items = data?.myContent;

  return (
    <>
      <p className="lead">{t('myContent.lead')}</p>
      <section aria-labelledby="my-content-create" className="card">
        <h2 id="my-content-create">{t('myContent.createTitle')}</h2>
        <ul className="action-list">
          {CONTENT_TYPES.map((type) => (
            <li key={type}>
              <Link className="button button-primary" to={`/konten/baru/${TYPE_SLUGS[type]}`}>
                {t(NEW_LABELS[type])}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="my-content-list">
        <h2 id="my-content-list">{t('myContent.listTitle')}</h2>
        {!items && loading ? <LoadingState /> : null}
        {!items && error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
        {items && items.length === 0 ? <EmptyState>{t('myContent.empty')}</EmptyState> : null}
        {items && items.length > 0 ? (
          <ul className="content-list">
            {items.map((item) => {
              const title = item.workingRevision?.title ?? item.publishedRevision?.title ?? t('myContent.untitled');
              const working = item.workingRevision;
              return (
                <li key={item.id}>
                  <article className="card content-card" aria-labelledby={`mine-${item.id}`}>
                    <h3 id={`mine-${item.id}`}>
                      <Link to={`/konten/${item.id}`}>{item.publishedRevision?.title ?? title}</Link>
                    </h3>
                    <p className="content-facts">
                      <span className="badge">{t(`content.types.${item.type}`)}</span>
                      <span className={`status status-${item.status.toLowerCase()}`}>
                        {t('myContent.status')}: {t(`content.itemStatus.${item.status}`, { defaultValue: item.status })}
                      </span>
                    </p>
                    {working ? (
                      <p>
                        {t('myContent.workingLine', {
                          number: working.number,
                          status: t(`content.revisionStatus.${working.status}`),
                          date: format.dateTime(working.updatedAt),
                        })}
                      </p>
                    ) : null}
                    <ul className="inline-links">
                      {working ? (
                        <li>
                          <Link to={`/konten/${item.id}/sunting`}>{t('myContent.editDraft', { title })}</Link>
                        </li>
                      ) : null}
                      <li>
                        <Link to={`/konten/${item.id}/riwayat`}>{t('myContent.history', { title })}</Link>
                      </li>
                    </ul>
                  </article>
                </li>
              );
            })}
          </ul>
        ) : null}
      </section>
    </>
  );
}
