import { useQuery } from '@apollo/client/react';
import type { ContentType } from '@living-lab/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { PageHeading } from '../../../components/PageHeading';
import { ErrorState, LoadingState } from '../../../components/States';
import { useAuth } from '../../../lib/auth';
import { useCan } from '../../../lib/use-can';
import { useFormat } from '../../../lib/use-format';
import { EditorItemQuery } from '../api/editor';
import { ContentEditorForm, type CreatedNotice } from '../components/editor/ContentEditorForm';
import { emptyValues, valuesFromRevision } from '../components/editor/draft';
import { typeFromSlug } from '../type-slugs';
import '../content.css';

/** /konten/baru/:type and /konten/:id/sunting. */
export default function EditorPage() {
  const { t } = useTranslation('content');
  const can = useCan();
  const { id, type: typeSlug } = useParams();
  if (!can('authorContent')) {
    return (
      <>
        <PageHeading>{t('editor.pageTitle')}</PageHeading>
        <p className="notice notice-error" role="alert">
          {t('editor.noAccess')}
        </p>
      </>
    );
  }
  return id ? <EditExisting id={id} /> : <CreateNew type={typeFromSlug(typeSlug)} />;
}

function useCreatedNavigation() {
  const navigate = useNavigate();
  return (itemId: string, notice: CreatedNotice) => navigate(`/konten/${itemId}/sunting`, { replace: true, state: { notice } });
}

function CreateNew({ type }: { type: ContentType | null }) {
  const { t } = useTranslation('content');
  const onCreated = useCreatedNavigation();
  const [initial] = useState(() => (type ? emptyValues(type) : null));
  if (!type || !initial) {
    return (
      <>
        <PageHeading>{t('editor.unknownType')}</PageHeading>
        <p>
          <Link to="/konten-saya">{t('myContent.title')}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeading>{t('editor.newTitle', { type: t(`content.types.${type}`) })}</PageHeading>
      <ContentEditorForm type={type} itemId={null} revision={null} initial={initial} onCreated={onCreated} onReload={() => undefined} />
    </>
  );
}

function EditExisting({ id }: { id: string }) {
  const { t } = useTranslation('content');
  const format = useFormat();
  const { user } = useAuth();
  const location = useLocation();
  const onCreated = useCreatedNavigation();
  const [formKey, setFormKey] = useState(0);
  const { data, loading, error, refetch } = useQuery(EditorItemQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const item = data?.contentItem;
  const revision = item?.workingRevision;
  const createdNotice = (location.state as { notice?: CreatedNotice } | null)?.notice;

  if (!item) {
    return (
      <>
        <PageHeading>{t('editor.editTitle', { title: '…' })}</PageHeading>
        {loading ? <LoadingState /> : null}
        {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      </>
    );
  }

  const heading = t('editor.editTitle', { title: revision?.title ?? '' });
  if (item.author.id !== user?.id) {
    return (
      <>
        <PageHeading>{heading}</PageHeading>
        <p className="notice notice-error" role="alert">
          {t('editor.notAuthor')}
        </p>
      </>
    );
  }
  if (!revision) {
    return (
      <>
        <PageHeading>{heading}</PageHeading>
        <p className="notice notice-info">{t('editor.noOpenRevision')}</p>
        <p>
          <Link to={`/konten/${id}`}>{t('editor.view')}</Link>
        </p>
      </>
    );
  }

  // The latest "request changes" on this revision, shown while it is back in the author's hands.
  const sentBack =
    revision.status === 'DRAFT'
      ? item.history.find((event) => event.action === 'CHANGES_REQUESTED' && event.revisionId === revision.id && event.comment)
      : undefined;

  return (
    <>
      <PageHeading>{heading}</PageHeading>
      <p className="muted">
        {t(`content.types.${item.type}`)} ·{' '}
        {t('editor.statusLine', { number: revision.number, status: t(`content.revisionStatus.${revision.status}`) })} ·{' '}
        <Link to={`/konten/${id}`}>{t('editor.view')}</Link> · <Link to={`/konten/${id}/riwayat`}>{t('editor.history')}</Link>
      </p>
      {sentBack ? (
        <section aria-labelledby="reviewer-comment" className="notice notice-info reviewer-comment">
          <h2 id="reviewer-comment">{t('editor.reviewerComment')}</h2>
          <p>{t('editor.reviewerCommentBy', { name: sentBack.actor.fullName, date: format.dateTime(sentBack.createdAt) })}</p>
          <blockquote>{sentBack.comment}</blockquote>
        </section>
      ) : null}
      <ContentEditorForm
        key={`${revision.id}:${formKey}`}
        type={item.type}
        itemId={item.id}
        revision={revision}
        initial={valuesFromRevision(revision)}
        onCreated={onCreated}
        onReload={() => {
          void refetch().then(() => setFormKey((key) => key + 1));
        }}
        initialNotice={formKey === 0 && createdNotice ? t(createdNotice === 'saved' ? 'editor.saved' : 'editor.submitted') : ''}
      />
    </>
  );
}
