import { useMutation, useQuery } from '@apollo/client/react';
import { reviewCommentRules } from '@living-lab/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorSummary, type SummaryItem } from '../../../../components/ErrorSummary';
import { TextAreaField } from '../../../../components/FormField';
import { PageHeading } from '../../../../components/PageHeading';
import { ErrorState, LoadingState } from '../../../../components/States';
import { useAuth } from '../../../../lib/auth';
import { type ApiError, errorMessage, isConflict, issuesByField, toApiError } from '../../../../lib/errors';
import { useCan } from '../../../../lib/use-can';
import { RevisionView } from '../../components/RevisionView';
import { ApproveRevisionMutation, RequestChangesMutation, ReviewRevisionQuery } from '../api/operations';
import '../../content.css';

type Outcome = { kind: 'approved'; itemId: string } | { kind: 'changesRequested' } | null;

const COMMENT_ID = 'review-comment';

export default function ReviewPage() {
  const { t } = useTranslation('content');
  const can = useCan();
  const { revisionId = '' } = useParams();
  if (!can('reviewContent')) {
    return (
      <>
        <PageHeading>{t('review.queueTitle')}</PageHeading>
        <p className="notice notice-error" role="alert">
          {t('review.noAccess')}
        </p>
      </>
    );
  }
  return <Review revisionId={revisionId} />;
}

function Review({ revisionId }: { revisionId: string }) {
  const { t } = useTranslation('content');
  const { user } = useAuth();
  const { data, loading, error, refetch } = useQuery(ReviewRevisionQuery, {
    variables: { id: revisionId },
    fetchPolicy: 'cache-and-network',
  });
  const revision = data?.contentRevision;
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | undefined>();
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [approve, approving] = useMutation(ApproveRevisionMutation);
  const [requestChanges, requesting] = useMutation(RequestChangesMutation);
  const busy = approving.loading || requesting.loading;

  if (!revision) {
    return (
      <>
        <PageHeading>{t('review.queueTitle')}</PageHeading>
        {loading ? <LoadingState /> : null}
        {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
        <p>
          <Link to="/tinjauan">{t('review.backToQueue')}</Link>
        </p>
      </>
    );
  }

  const focusSummary = () => requestAnimationFrame(() => summaryRef.current?.focus());
  const ownWork = revision.item.author.id === user?.id;

  /** The comment checked with the shared rule; required when requesting changes. */
  function checkedComment(required: boolean): string | null | false {
    const text = comment.trim();
    if (!required && !text) return null;
    const parsed = reviewCommentRules.safeParse({ comment });
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message ?? 'comment.required';
      setCommentError(t(`validation.${message}`));
      focusSummary();
      return false;
    }
    setCommentError(undefined);
    return parsed.data.comment;
  }

  async function decide(kind: 'approve' | 'requestChanges') {
    if (!revision) return;
    setApiError(null);
    const checked = checkedComment(kind === 'requestChanges');
    if (checked === false) return;
    const input = { revisionId: revision.id, version: revision.version, ...(checked ? { comment: checked } : {}) };
    try {
      if (kind === 'approve') {
        const result = await approve({ variables: { input } });
        setOutcome({ kind: 'approved', itemId: result.data?.approveRevision.item.id ?? revision.item.id });
      } else {
        await requestChanges({ variables: { input } });
        setOutcome({ kind: 'changesRequested' });
      }
    } catch (caught) {
      const info = toApiError(caught);
      const fields = issuesByField(info.fields);
      if (fields.comment) setCommentError(t(`validation.${fields.comment}`));
      setApiError(info);
      if (!isConflict(info)) focusSummary();
    }
  }

  const summary: SummaryItem[] = commentError ? [{ fieldId: COMMENT_ID, message: commentError }] : [];
  const conflict = isConflict(apiError);
  if (apiError && !conflict && !commentError) summary.push({ message: errorMessage(t, apiError) });
  const canDecide = !outcome && revision.status === 'IN_REVIEW' && !ownWork;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/tinjauan">{t('review.backToQueue')}</Link>
      </p>
      <PageHeading>{t('review.pageTitle', { title: revision.title })}</PageHeading>
      <p className="muted">
        {t(`content.types.${revision.item.type}`)} · {t('review.revision', { number: revision.number })} ·{' '}
        {t(`content.revisionStatus.${revision.status}`)}
      </p>
      <p role="status" className="status-text">
        {outcome?.kind === 'approved' ? t('review.approved') : outcome?.kind === 'changesRequested' ? t('review.changesRequested') : ''}
      </p>
      {outcome?.kind === 'approved' ? (
        <p>
          <Link className="button button-primary" to={`/konten/${outcome.itemId}`}>
            {t('review.openPublished')}
          </Link>
        </p>
      ) : null}
      {outcome?.kind === 'changesRequested' ? (
        <p>
          <Link to="/tinjauan">{t('review.backToQueue')}</Link>
        </p>
      ) : null}
      {!outcome && revision.status !== 'IN_REVIEW' ? (
        <p className="notice notice-info">{t('review.notInReview', { status: t(`content.revisionStatus.${revision.status}`) })}</p>
      ) : null}
      {!outcome && ownWork ? <p className="notice notice-info">{t('review.ownWork')}</p> : null}
      {canDecide ? (
        <p>
          <a href="#review-decision-form">{t('review.toDecision')}</a>
        </p>
      ) : null}
      <section aria-labelledby="review-preview" className="review-preview">
        <h2 id="review-preview" className="section-label">
          {t('review.asLearners')}
        </h2>
        <RevisionView type={revision.item.type} revision={revision} author={revision.item.author} />
      </section>
      {canDecide ? (
        <section aria-labelledby="review-decision" className="card review-decision">
          <h2 id="review-decision">{t('review.decisionTitle')}</h2>
          <form
            id="review-decision-form"
            className="form"
            noValidate
            aria-busy={busy || undefined}
            onSubmit={(event) => {
              event.preventDefault();
              void decide('approve');
            }}
          >
            {conflict ? (
              <div className="notice notice-error" role="alert">
                <p>{t('review.conflict')}</p>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => {
                    setApiError(null);
                    void refetch();
                  }}
                >
                  {t('review.reload')}
                </button>
              </div>
            ) : null}
            <ErrorSummary items={summary} ref={summaryRef} />
            <TextAreaField
              id={COMMENT_ID}
              label={t('review.comment')}
              hint={t('review.commentHint')}
              value={comment}
              onValueChange={setComment}
              error={commentError}
              rows={5}
            />
            <div className="actions">
              <button type="submit" className="button button-primary" disabled={busy}>
                {t('review.approve')}
              </button>
              <button type="button" className="button button-secondary" disabled={busy} onClick={() => void decide('requestChanges')}>
                {t('review.requestChanges')}
              </button>
            </div>
          </form>
        </section>
      ) : null}
    </>
  );
}
