import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { PageHeading } from '../../../components/PageHeading';
import { ErrorState, LoadingState } from '../../../components/States';
import type { ContentWorkQuery, ContentWorkQueryVariables } from '../../../gql/graphql';
import { useAuth } from '../../../lib/auth';
import { type ApiError, errorMessage, toApiError } from '../../../lib/errors';
import { useCan } from '../../../lib/use-can';
import { DiscussionDisclosure } from '../../discussions';
import { ModuleLearningPanel } from '../../learning';
import {
  ArchiveContentMutation,
  ContentItemQuery,
  RestoreContentMutation,
  StartRevisionMutation,
  ContentWorkQuery as WorkQuery,
} from '../api/item';
import { RevisionView } from '../components/RevisionView';
import '../content.css';

export default function ContentDetailPage() {
  const { t } = useTranslation('content');
  const { id = '' } = useParams();
  const { user } = useAuth();
  const can = useCan();
  const { data, loading, error, refetch } = useQuery(ContentItemQuery, { variables: { id } });
  const item = data?.contentItem;
  const revision = item?.publishedRevision;
  // Drafts, revisions and history are for reviewers and the author (the server answers FORBIDDEN otherwise).
  const showWork = item ? can('reviewContent') || (user !== null && user.id === item.author.id) : false;
  const work = useQuery(WorkQuery, { variables: { id }, skip: !showWork, fetchPolicy: 'cache-and-network' });
  const working = work.data?.contentItem.workingRevision;

  if (!item) {
    return (
      <>
        <PageHeading>{loading ? t('common.loading') : t('content.notFound')}</PageHeading>
        {loading ? <LoadingState /> : null}
        {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
        <p>
          <Link to="/katalog">{t('content.backToCatalogue')}</Link>
        </p>
      </>
    );
  }

  return (
    <>
      <p className="breadcrumb">
        <Link to="/katalog">{t('content.backToCatalogue')}</Link>
      </p>
      <PageHeading>{revision?.title ?? working?.title ?? t('myContent.untitled')}</PageHeading>
      {item.archivedAt ? (
        <p className="notice notice-info" role="note">
          {t('content.archivedNotice')}
        </p>
      ) : null}
      {showWork ? (
        <WorkPanel
          itemId={item.id}
          itemStatus={item.status}
          published={Boolean(revision)}
          isAuthor={user?.id === item.author.id}
          managesAnyItem={can('manageAnyContent')}
          isModule={item.type === 'MODULE'}
          archived={Boolean(item.archivedAt)}
          work={work}
          onChanged={() => void refetch()}
        />
      ) : null}
      {item.type === 'MODULE' && revision && !item.archivedAt ? <ModuleLearningPanel itemId={item.id} lessons={revision.lessons} /> : null}
      {revision ? (
        <RevisionView
          type={item.type}
          revision={revision}
          author={item.author}
          stepFooter={(stepKey) => <DiscussionDisclosure itemId={item.id} targetKey={stepKey} />}
        />
      ) : (
        <p className="notice notice-info">{t('content.notPublished')}</p>
      )}
    </>
  );
}

interface WorkPanelProps {
  itemId: string;
  itemStatus: string;
  published: boolean;
  isAuthor: boolean;
  managesAnyItem: boolean;
  isModule: boolean;
  archived: boolean;
  work: useQuery.Result<ContentWorkQuery, ContentWorkQueryVariables>;
  onChanged(): void;
}

/** Mentors, admins and the author: the open revision and what can be done with the item. */
function WorkPanel({ itemId, itemStatus, published, isAuthor, managesAnyItem, isModule, archived, work, onChanged }: WorkPanelProps) {
  const { t } = useTranslation('content');
  const navigate = useNavigate();
  const { data, error, refetch } = work;
  const [startRevision, starting] = useMutation(StartRevisionMutation);
  const [archive, archiving] = useMutation(ArchiveContentMutation);
  const [restore, restoring] = useMutation(RestoreContentMutation);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const working = data?.contentItem?.workingRevision;

  async function run(action: () => Promise<unknown>, done: string) {
    setActionError(null);
    setStatus('');
    try {
      await action();
      setStatus(done);
      onChanged();
      void refetch();
    } catch (caught) {
      setActionError(toApiError(caught));
    }
  }

  async function start() {
    setActionError(null);
    try {
      await startRevision({ variables: { itemId } });
      navigate(`/konten/${itemId}/sunting`);
    } catch (caught) {
      setActionError(toApiError(caught));
    }
  }

  return (
    <aside aria-labelledby="work-panel" className="card work-panel">
      <h2 id="work-panel">{t('content.work.title')}</h2>
      <dl className="details">
        <dt>{t('content.work.itemStatus')}</dt>
        <dd>{t(`content.itemStatus.${itemStatus}`, { defaultValue: itemStatus })}</dd>
        <dt>{t('content.work.working')}</dt>
        <dd>
          {working
            ? t('content.work.workingLine', { number: working.number, status: t(`content.revisionStatus.${working.status}`) })
            : error
              ? t('content.work.loadError')
              : data
                ? t('content.work.noWorking')
                : t('common.loading')}
        </dd>
      </dl>
      <p role="status" className="status-text">
        {status}
      </p>
      {actionError ? (
        <p className="notice notice-error" role="alert">
          {errorMessage(t, actionError)}
        </p>
      ) : null}
      <ul className="action-list">
        {working && isAuthor ? (
          <li>
            <Link className="button button-primary" to={`/konten/${itemId}/sunting`}>
              {t('content.work.edit')}
            </Link>
          </li>
        ) : null}
        {working && !isAuthor && working.status === 'IN_REVIEW' ? (
          <li>
            <Link className="button button-secondary" to={`/tinjauan/${working.id}`}>
              {t('content.work.viewWorking')}
            </Link>
          </li>
        ) : null}
        {data && !working && published && isAuthor ? (
          <li>
            <button type="button" className="button button-primary" disabled={starting.loading} onClick={() => void start()}>
              {starting.loading ? t('content.work.starting') : t('content.work.startRevision')}
            </button>
          </li>
        ) : null}
        {published && isModule && (isAuthor || managesAnyItem) ? (
          <li>
            <Link className="button button-secondary" to={`/konten/${itemId}/kuis`}>
              {t('content.work.quizzes')}
            </Link>
          </li>
        ) : null}
        <li>
          <Link className="button button-secondary" to={`/konten/${itemId}/riwayat`}>
            {t('content.work.history')}
          </Link>
        </li>
        {published && (isAuthor || managesAnyItem) ? (
          <li>
            {archived ? (
              <button
                type="button"
                className="button button-secondary"
                disabled={restoring.loading}
                onClick={() => void run(() => restore({ variables: { itemId } }), t('content.work.restored'))}
              >
                {t('content.work.restore')}
              </button>
            ) : (
              <button
                type="button"
                className="button button-secondary"
                disabled={archiving.loading}
                onClick={() => void run(() => archive({ variables: { itemId } }), t('content.work.archived'))}
              >
                {t('content.work.archive')}
              </button>
            )}
          </li>
        ) : null}
      </ul>
    </aside>
  );
}
