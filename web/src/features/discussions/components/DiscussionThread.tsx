import { useMutation, useQuery } from '@apollo/client/react';
import {
  answerRules,
  DISCUSSION_MESSAGES_EN,
  DISCUSSION_POST_MAX_LENGTH,
  fieldIssues,
  hidePostRules,
  MENTORING_MESSAGES_EN,
  questionRules,
} from '@living-lab/shared';
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryItem } from '../../../components/ErrorSummary';
import { TextAreaField } from '../../../components/FormField';
import { Markdown } from '../../../components/Markdown';
import { EmptyState, ErrorState, LoadingState } from '../../../components/States';
import type { DiscussionAnswerFieldsFragment, DiscussionQuestionFieldsFragment } from '../../../gql/graphql';
import { type ApiError, issuesByField, toApiError, useErrorMessage } from '../../../lib/errors';
import { useCan } from '../../../lib/use-can';
import { useFormat } from '../../../lib/use-format';
import {
  AcceptAnswerMutation,
  AnswerQuestionMutation,
  AskQuestionMutation,
  DiscussionThreadQuery,
  HideAnswerMutation,
  HideQuestionMutation,
} from '../api/operations';
import '../discussions.css';

/** Questions per page: small, for phones on slow connections. */
export const QUESTIONS_PER_PAGE = 10;

const MESSAGES = { ...MENTORING_MESSAGES_EN, ...DISCUSSION_MESSAGES_EN };

type Heading = 'h2' | 'h3' | 'h4';
const below: Record<Heading, Heading> = { h2: 'h3', h3: 'h4', h4: 'h4' };

/**
 * The questions under one lesson or playbook step: ask, answer, accept (the content's author) and hide
 * (mentors and admins). The server decides who sees what: a hidden post arrives without its text,
 * except for moderators, who also see who hid it, when and why.
 */
export function DiscussionThread({ itemId, targetKey, heading = 'h2' }: { itemId: string; targetKey: string; heading?: Heading }) {
  const { t } = useTranslation('discussions');
  const titleId = useId();
  const [page, setPage] = useState(0);
  const { data, loading, error, refetch } = useQuery(DiscussionThreadQuery, {
    variables: { itemId, targetKey, offset: page * QUESTIONS_PER_PAGE, limit: QUESTIONS_PER_PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const thread = data?.discussionThread;
  const pages = thread ? Math.max(1, Math.ceil(thread.totalCount / QUESTIONS_PER_PAGE)) : 1;
  const Title = heading;
  const reload = () => void refetch();

  return (
    <section className="card discussion" aria-labelledby={titleId}>
      <Title id={titleId}>{t('discussions.title')}</Title>
      <p className="muted">{t('discussions.lead')}</p>
      <AskForm
        itemId={itemId}
        targetKey={targetKey}
        onAsked={() => {
          setPage(0);
          reload();
        }}
      />
      {error && !thread ? <ErrorState error={error} onRetry={reload} /> : null}
      {loading && !thread ? <LoadingState /> : null}
      {thread ? (
        <>
          <p className="muted" aria-live="polite">
            {t('discussions.count', { count: thread.totalCount })}
          </p>
          {thread.items.length === 0 ? <EmptyState>{t('discussions.empty')}</EmptyState> : null}
          <ol className="discussion-questions">
            {thread.items.map((question) => (
              <QuestionItem
                key={question.id}
                question={question}
                heading={below[heading]}
                mayAccept={thread.viewerMayAccept}
                onChanged={reload}
              />
            ))}
          </ol>
          {pages > 1 ? (
            <nav className="discussion-pager" aria-label={t('discussions.pager')}>
              <button type="button" className="button button-secondary" disabled={page === 0} onClick={() => setPage(page - 1)}>
                {t('discussions.previous')}
              </button>
              <span>{t('discussions.page', { page: page + 1, pages })}</span>
              <button type="button" className="button button-secondary" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
                {t('discussions.next')}
              </button>
            </nav>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function QuestionItem({
  question,
  heading,
  mayAccept,
  onChanged,
}: {
  question: DiscussionQuestionFieldsFragment;
  heading: Heading;
  mayAccept: boolean;
  onChanged(): void;
}) {
  const { t } = useTranslation('discussions');
  const can = useCan();
  const [panel, setPanel] = useState<'none' | 'answer' | 'hide'>('none');
  const [hideQuestion, hiding] = useMutation(HideQuestionMutation);
  const Title = heading;
  const titleId = useId();
  const answersId = useId();
  const name = question.author?.fullName ?? t('discussions.formerUser');

  return (
    <li className="discussion-question">
      <article aria-labelledby={titleId}>
        <Title id={titleId} className="visually-hidden">
          {t('discussions.questionBy', { name })}
        </Title>
        <PostBody post={question} />
        <Byline name={name} agency={question.author?.agency} at={question.createdAt} />
        <section aria-labelledby={answersId} className="discussion-answers">
          <p id={answersId} className="discussion-answers-title">
            {t('discussions.answerCount', { count: question.answers.length })}
          </p>
          {question.answers.length > 0 ? (
            <ul>
              {question.answers.map((answer) => (
                <AnswerItem key={answer.id} answer={answer} mayAccept={mayAccept} onChanged={onChanged} />
              ))}
            </ul>
          ) : null}
        </section>
        {panel === 'answer' ? (
          <AnswerForm
            questionId={question.id}
            onDone={() => {
              setPanel('none');
              onChanged();
            }}
            onCancel={() => setPanel('none')}
          />
        ) : null}
        {panel === 'hide' ? (
          <HideForm
            busy={hiding.loading}
            onConfirm={(reason) => hideQuestion({ variables: { input: { id: question.id, reason } } })}
            onDone={() => {
              setPanel('none');
              onChanged();
            }}
            onCancel={() => setPanel('none')}
          />
        ) : null}
        {panel === 'none' ? (
          <div className="actions">
            {question.hidden ? null : (
              <button type="button" className="button button-secondary" onClick={() => setPanel('answer')}>
                {t('discussions.answer.open')}
                <span className="visually-hidden">: {t('discussions.questionBy', { name })}</span>
              </button>
            )}
            {can('moderateDiscussions') && !question.hidden ? (
              <button type="button" className="button button-secondary button-small" onClick={() => setPanel('hide')}>
                {t('discussions.hide.openQuestion')}
              </button>
            ) : null}
          </div>
        ) : null}
      </article>
    </li>
  );
}

function AnswerItem({ answer, mayAccept, onChanged }: { answer: DiscussionAnswerFieldsFragment; mayAccept: boolean; onChanged(): void }) {
  const { t } = useTranslation('discussions');
  const can = useCan();
  const errorText = useErrorMessage();
  const [hiding, setHiding] = useState(false);
  const [acceptAnswer, accepting] = useMutation(AcceptAnswerMutation);
  const [hideAnswer, hidingCall] = useMutation(HideAnswerMutation);
  const [error, setError] = useState<ApiError | null>(null);
  const name = answer.author?.fullName ?? t('discussions.formerUser');

  async function accept() {
    setError(null);
    try {
      await acceptAnswer({ variables: { answerId: answer.id } });
      onChanged();
    } catch (caught) {
      setError(toApiError(caught));
    }
  }

  return (
    <li className={answer.accepted ? 'discussion-answer discussion-answer-accepted' : 'discussion-answer'}>
      {answer.accepted ? (
        <p className="discussion-accepted">
          <span aria-hidden="true">✓ </span>
          {t('discussions.accepted')}
        </p>
      ) : null}
      <PostBody post={answer} />
      <Byline name={name} agency={answer.author?.agency} at={answer.createdAt} />
      {error ? (
        <p className="field-error" role="alert">
          {errorText(error)}
        </p>
      ) : null}
      {hiding ? (
        <HideForm
          busy={hidingCall.loading}
          onConfirm={(reason) => hideAnswer({ variables: { input: { id: answer.id, reason } } })}
          onDone={() => {
            setHiding(false);
            onChanged();
          }}
          onCancel={() => setHiding(false)}
        />
      ) : (
        <div className="actions">
          {mayAccept && !answer.accepted && !answer.hidden ? (
            <button type="button" className="button button-secondary" disabled={accepting.loading} onClick={() => void accept()}>
              {t('discussions.accept')}
              <span className="visually-hidden">: {t('discussions.answerBy', { name })}</span>
            </button>
          ) : null}
          {can('moderateDiscussions') && !answer.hidden ? (
            <button type="button" className="button button-secondary button-small" onClick={() => setHiding(true)}>
              {t('discussions.hide.openAnswer')}
            </button>
          ) : null}
        </div>
      )}
    </li>
  );
}

type Post = Pick<DiscussionQuestionFieldsFragment, 'body' | 'hidden' | 'hiddenAt' | 'hiddenReason' | 'hiddenBy'>;

/** The post's Markdown through the lessons' renderer; a hidden post says so (moderators also see the text and why). */
function PostBody({ post }: { post: Post }) {
  const { t } = useTranslation('discussions');
  const format = useFormat();
  if (!post.hidden) return <Markdown source={post.body ?? ''} className="discussion-body" />;
  return (
    <div className="discussion-hidden">
      <p className="muted">
        <em>{t('discussions.hidden')}</em>
      </p>
      {post.hiddenAt && post.hiddenReason ? (
        <>
          <p className="muted">
            {t('discussions.hiddenAudit', {
              name: post.hiddenBy?.fullName ?? t('discussions.formerUser'),
              date: format.dateTime(post.hiddenAt),
              reason: post.hiddenReason,
            })}
          </p>
          {post.body ? <Markdown source={post.body} className="discussion-body discussion-body-hidden" /> : null}
        </>
      ) : null}
    </div>
  );
}

function Byline({ name, agency, at }: { name: string; agency?: string | null; at: string }) {
  const { t } = useTranslation('discussions');
  const format = useFormat();
  return (
    <p className="discussion-byline muted">
      {agency ? t('discussions.byline', { name, agency }) : name} · <time dateTime={at}>{format.dateTime(at)}</time>
    </p>
  );
}

function AskForm({ itemId, targetKey, onAsked }: { itemId: string; targetKey: string; onAsked(): void }) {
  const { t } = useTranslation('discussions');
  const [ask] = useMutation(AskQuestionMutation);
  const [done, setDone] = useState('');
  return (
    <>
      <PostForm
        idPrefix={`ask-${targetKey}`}
        label={t('discussions.ask.label')}
        submitLabel={t('discussions.ask.submit')}
        rules={questionRules}
        onSubmit={async (body) => {
          setDone('');
          await ask({ variables: { input: { itemId, targetKey, body } } });
          setDone(t('discussions.ask.sent'));
          onAsked();
        }}
      />
      <p role="status" className="status-text">
        {done}
      </p>
    </>
  );
}

function AnswerForm({ questionId, onDone, onCancel }: { questionId: string; onDone(): void; onCancel(): void }) {
  const { t } = useTranslation('discussions');
  const [answer] = useMutation(AnswerQuestionMutation);
  return (
    <PostForm
      idPrefix={`answer-${questionId}`}
      label={t('discussions.answer.label')}
      submitLabel={t('discussions.answer.submit')}
      rules={answerRules}
      autoFocus
      onSubmit={async (body) => {
        await answer({ variables: { input: { questionId, body } } });
        onDone();
      }}
      cancel={
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('discussions.cancel')}
        </button>
      }
    />
  );
}

type BodyRules = typeof questionRules;

/** A Markdown text with its label, limit hint, error summary and the server's errors in the user's language. */
function PostForm({
  idPrefix,
  label,
  submitLabel,
  rules,
  onSubmit,
  autoFocus = false,
  cancel,
}: {
  idPrefix: string;
  label: string;
  submitLabel: string;
  rules: BodyRules;
  onSubmit(body: string): Promise<void>;
  autoFocus?: boolean;
  cancel?: ReactNode;
}) {
  const { t } = useTranslation('discussions');
  const format = useFormat();
  const errorText = useErrorMessage();
  const fieldId = `${idPrefix}-body`;
  const [body, setBody] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (autoFocus) fieldRef.current?.focus();
  }, [autoFocus]);

  const summary: SummaryItem[] = fieldError ? [{ fieldId, message: t(`validation.${fieldError}`) }] : [];
  if (apiError && !fieldError) summary.push({ message: errorText(apiError) });
  const focusSummary = () => requestAnimationFrame(() => summaryRef.current?.focus());

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setApiError(null);
    const parsed = rules.safeParse({ body });
    if (!parsed.success) {
      setFieldError(issuesByField(fieldIssues(parsed.error, MESSAGES)).body ?? 'post.required');
      focusSummary();
      return;
    }
    setFieldError(null);
    setBusy(true);
    try {
      await onSubmit(parsed.data.body);
      setBody('');
    } catch (caught) {
      const info = toApiError(caught);
      setFieldError(issuesByField(info.fields).body ?? null);
      setApiError(info);
      focusSummary();
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form discussion-form" onSubmit={submit} noValidate aria-busy={busy || undefined}>
      <ErrorSummary items={summary} ref={summaryRef} />
      <TextAreaField
        id={fieldId}
        ref={fieldRef}
        label={label}
        hint={t('discussions.hint', { max: format.number(DISCUSSION_POST_MAX_LENGTH) })}
        value={body}
        onValueChange={setBody}
        error={fieldError ? t(`validation.${fieldError}`) : undefined}
        rows={3}
        required
      />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('discussions.sending') : submitLabel}
        </button>
        {cancel}
      </div>
    </form>
  );
}

/** "Sembunyikan": the moderator confirms with a reason (kept for the audit) or cancels. */
function HideForm({
  busy,
  onConfirm,
  onDone,
  onCancel,
}: {
  busy: boolean;
  onConfirm(reason: string): Promise<unknown>;
  onDone(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation('discussions');
  const errorText = useErrorMessage();
  const id = useId();
  const fieldId = `${id}-reason`;
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => fieldRef.current?.focus(), []);
  const summary: SummaryItem[] = fieldError ? [{ fieldId, message: t(`validation.${fieldError}`) }] : [];
  if (apiError && !fieldError) summary.push({ message: errorText(apiError) });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setApiError(null);
    const parsed = hidePostRules.safeParse({ reason });
    if (!parsed.success) {
      setFieldError(issuesByField(fieldIssues(parsed.error, MESSAGES)).reason ?? 'reason.required');
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setFieldError(null);
    try {
      await onConfirm(parsed.data.reason);
      onDone();
    } catch (caught) {
      const info = toApiError(caught);
      setFieldError(issuesByField(info.fields).reason ?? null);
      setApiError(info);
      requestAnimationFrame(() => summaryRef.current?.focus());
    }
  }

  return (
    <form className="form discussion-hide" onSubmit={submit} noValidate aria-labelledby={`${id}-title`} aria-busy={busy || undefined}>
      <p id={`${id}-title`} className="notice-title">
        {t('discussions.hide.title')}
      </p>
      <p>{t('discussions.hide.explain')}</p>
      <ErrorSummary items={summary} ref={summaryRef} />
      <TextAreaField
        id={fieldId}
        ref={fieldRef}
        label={t('discussions.hide.reason')}
        value={reason}
        onValueChange={setReason}
        error={fieldError ? t(`validation.${fieldError}`) : undefined}
        rows={2}
        required
      />
      <div className="actions">
        <button type="submit" className="button button-primary discussion-danger" disabled={busy}>
          {t('discussions.hide.confirm')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('discussions.cancel')}
        </button>
      </div>
    </form>
  );
}
