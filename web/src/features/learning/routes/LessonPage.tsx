import { useMutation, useQuery } from '@apollo/client/react';
import { type RefObject, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Markdown } from '../../../components/Markdown';
import { PageHeading } from '../../../components/PageHeading';
import { ErrorState, LoadingState } from '../../../components/States';
import type { LearnerQuizFieldsFragment, ModuleProgressFieldsFragment } from '../../../gql/graphql';
import { useAuth } from '../../../lib/auth';
import type { ApiError } from '../../../lib/errors';
import { isNetworkFailure, offlineState } from '../../../lib/offline/offline-state';
import { withRetry } from '../../../lib/retry';
import { useFocusOnChange } from '../../../lib/use-focus-on-change';
import { DiscussionThread } from '../../discussions';
import { CompleteLessonMutation, LessonPlayerQuery } from '../api/operations';
import { CertificateNotice, EnrolButton, QuizStatusText } from '../components/LearningBits';
import { writeProgress } from '../components/progress-cache';
import { quizLabel } from '../components/quiz-label';
import { COMPLETION_RETRY_DELAYS_MS } from '../retry-policy';
import '../learning.css';

/** /belajar/:itemId/:lessonKey: one lesson of a module, with its navigation and "mark complete". */
export default function LessonPage() {
  const { t } = useTranslation('learning');
  const { itemId = '', lessonKey = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(LessonPlayerQuery, { variables: { itemId }, fetchPolicy: 'cache-and-network' });
  const progress = data?.moduleProgress;
  const revision = progress?.item.publishedRevision;

  if (!progress || !revision) {
    return (
      <>
        <PageHeading>{loading ? t('common.loading') : t('learning.lesson.notFound')}</PageHeading>
        {loading ? <LoadingState /> : null}
        {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
        <p>
          <Link to={`/konten/${itemId}`}>{t('learning.backToModule')}</Link>
        </p>
      </>
    );
  }

  const lessons = [...revision.lessons].sort((a, b) => a.position - b.position);
  const index = lessons.findIndex((lesson) => lesson.key === lessonKey);
  const lesson = lessons[index];
  if (!lesson) {
    return (
      <>
        <PageHeading>{t('learning.lesson.notFound')}</PageHeading>
        <p>
          <Link to={`/konten/${itemId}`}>{t('learning.backToModule')}</Link>
        </p>
      </>
    );
  }

  const previous = lessons[index - 1];
  const next = lessons[index + 1];
  const completed = new Set(progress.completedLessonKeys);
  const quizzes = data.moduleQuizzes.filter(
    (quiz) => quiz.lessonKey === lesson.key || (quiz.lessonKey === null && index === lessons.length - 1),
  );

  return (
    <>
      <p className="breadcrumb">
        <Link to={`/konten/${itemId}`}>{t('learning.backToModuleTitle', { title: revision.title })}</Link>
      </p>
      <PageHeading>{t('learning.lessonHeading', { number: index + 1, title: lesson.title })}</PageHeading>
      <p className="muted">{t('learning.lesson.position', { number: index + 1, total: lessons.length })}</p>
      <div className="lesson-layout">
        <div className="lesson-main">
          <article className="card lesson-body" lang={revision.language} aria-labelledby="lesson-body-title">
            <h2 id="lesson-body-title" className="visually-hidden">
              {t('learning.lesson.bodyTitle')}
            </h2>
            <Markdown source={lesson.body} />
          </article>
          {progress.enrolled ? (
            // Keys unique among these siblings: two children keyed alike (the thread below) make React
            // keep the previous lesson's status on the page, announced twice.
            <CompleteLesson
              key={`completion-${lesson.key}`}
              itemId={itemId}
              lessonKey={lesson.key}
              done={completed.has(lesson.key)}
              nextHeading={next ? t('learning.lessonHeading', { number: index + 2, title: next.title }) : undefined}
            />
          ) : (
            <div className="notice notice-info">
              <p>{t('learning.lesson.notEnrolled')}</p>
              <EnrolButton itemId={itemId} />
            </div>
          )}
          {quizzes.map((quiz) => (
            <QuizOffer key={quiz.id} itemId={itemId} quiz={quiz} label={quizLabel(t, quiz.lessonKey, lessons)} progress={progress} />
          ))}
          <CertificateNotice progress={progress} />
          <nav aria-label={t('learning.lesson.prevNext')} className="lesson-pager">
            {previous ? (
              <Link className="button button-secondary" to={`/belajar/${itemId}/${previous.key}`} rel="prev">
                <span aria-hidden="true">← </span>
                {t('learning.lesson.previous', { title: previous.title })}
              </Link>
            ) : null}
            {next ? (
              <Link className="button button-primary" to={`/belajar/${itemId}/${next.key}`} rel="next">
                {t('learning.lesson.next', { title: next.title })}
                <span aria-hidden="true"> →</span>
              </Link>
            ) : (
              <Link className="button button-secondary" to={`/konten/${itemId}`}>
                {t('learning.backToModule')}
              </Link>
            )}
          </nav>
          {/* Questions on this lesson: keyed by the lesson so moving to the next one starts afresh. */}
          <DiscussionThread key={`discussion-${lesson.key}`} itemId={itemId} targetKey={lesson.key} />
        </div>
        <nav aria-labelledby="lesson-list-title" className="card lesson-list">
          <h2 id="lesson-list-title">{t('learning.lesson.listTitle')}</h2>
          <p className="muted">
            {t('learning.progress.lessonsDone', { done: progress.completedLessonKeys.length, total: progress.lessonCount })}
          </p>
          <ol>
            {lessons.map((item, position) => (
              <li key={item.key} className={completed.has(item.key) ? 'lesson-done' : undefined}>
                <Link to={`/belajar/${itemId}/${item.key}`} aria-current={item.key === lesson.key ? 'page' : undefined}>
                  {t('learning.lessonHeading', { number: position + 1, title: item.title })}
                </Link>{' '}
                {completed.has(item.key) ? (
                  <span className="done-mark">
                    <span aria-hidden="true">✓ </span>
                    {t('learning.lesson.doneMark')}
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
        </nav>
      </div>
    </>
  );
}

type Phase = { kind: 'idle' } | { kind: 'saving'; attempt: number; total: number } | { kind: 'failed'; error: ApiError };

/**
 * "Tandai selesai": retried automatically on network or server failures, then an error with "Coba lagi".
 * The lesson shows as complete only when the server's progress lists it (no optimistic update).
 */
function CompleteLesson({
  itemId,
  lessonKey,
  done,
  nextHeading,
}: {
  itemId: string;
  lessonKey: string;
  done: boolean;
  /** "Pelajaran N: title" of the next lesson; none for the last one. */
  nextHeading?: string;
}) {
  const { t } = useTranslation('learning');
  const [completeLesson] = useMutation(CompleteLessonMutation);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  // Offline (issue 13): the completion is kept on this device and sent when the connection returns.
  const { user } = useAuth();
  const { pending: queued } = useSyncExternalStore(offlineState.subscribe, offlineState.get, offlineState.get);
  const pending = !done && queued.some((entry) => entry.itemId === itemId && entry.lessonKey === lessonKey);
  async function queue(): Promise<boolean> {
    if (!user) return false;
    const store = await import('../../../lib/offline/offline-store');
    await store.queueCompletion(user.id, itemId, lessonKey);
    setPhase({ kind: 'idle' });
    return true;
  }
  // After "Tandai selesai" the button goes away: focus moves to the next lesson's heading, or to the
  // completion message after the last lesson, never to the page body.
  const [completions, setCompletions] = useState(0);
  const focusRef = useFocusOnChange<HTMLElement>(done && completions > 0 ? completions : null);
  const total = COMPLETION_RETRY_DELAYS_MS.length + 1;

  async function complete() {
    if (phase.kind === 'saving' || pending) return;
    if (!navigator.onLine && (await queue().catch(() => false))) return;
    setPhase({ kind: 'saving', attempt: 1, total });
    try {
      await withRetry(
        () =>
          completeLesson({
            variables: { itemId, lessonKey },
            update: (cache, { data }) => writeProgress(cache, data?.completeLesson),
          }),
        { delaysMs: COMPLETION_RETRY_DELAYS_MS, onRetry: (attempt) => setPhase({ kind: 'saving', attempt, total }) },
      );
      setPhase({ kind: 'idle' });
      setCompletions((count) => count + 1);
    } catch (caught) {
      if (((caught as ApiError).network || isNetworkFailure(caught)) && (await queue().catch(() => false))) return;
      setPhase({ kind: 'failed', error: caught as ApiError });
    }
  }

  const saving = phase.kind === 'saving';
  return (
    <section aria-labelledby="lesson-completion" className="card lesson-completion">
      <h2 id="lesson-completion" className="visually-hidden">
        {t('learning.lesson.completionTitle')}
      </h2>
      <p
        role="status"
        className={done ? 'status-text' : 'status-text status-progress'}
        ref={done && !nextHeading ? (focusRef as RefObject<HTMLParagraphElement | null>) : undefined}
        tabIndex={done && !nextHeading ? -1 : undefined}
      >
        {done
          ? t('learning.lesson.completed')
          : pending
            ? t('learning.lesson.pending')
            : saving && phase.attempt > 1
              ? t('learning.lesson.retrying', { attempt: phase.attempt, total: phase.total })
              : saving
                ? t('learning.lesson.saving')
                : ''}
      </p>
      {done && nextHeading ? (
        <h3 className="next-lesson-heading" ref={focusRef as RefObject<HTMLHeadingElement | null>} tabIndex={-1}>
          {t('learning.lesson.upNext', { heading: nextHeading })}
        </h3>
      ) : null}
      {phase.kind === 'failed' && !done ? (
        <ErrorState error={phase.error} onRetry={() => void complete()} retryLabel={t('common.retry')} />
      ) : null}
      {done || pending ? null : (
        <button
          type="button"
          className="button button-primary"
          disabled={saving}
          aria-disabled={saving || undefined}
          onClick={() => void complete()}
        >
          {saving ? t('learning.lesson.saving') : t('learning.lesson.markComplete')}
        </button>
      )}
    </section>
  );
}

function QuizOffer({
  itemId,
  quiz,
  label,
  progress,
}: {
  itemId: string;
  quiz: LearnerQuizFieldsFragment;
  label: string;
  progress: ModuleProgressFieldsFragment;
}) {
  const { t } = useTranslation('learning');
  const status = progress.quizzes.find((item) => item.quizId === quiz.id);
  return (
    <section aria-labelledby={`quiz-offer-${quiz.id}`} className="card quiz-offer">
      <h2 id={`quiz-offer-${quiz.id}`}>{label}</h2>
      <p>{t('learning.quiz.facts', { count: quiz.questionCount, passMark: quiz.passMarkPercent })}</p>
      <QuizStatusText status={status} />
      {progress.enrolled ? (
        <Link className="button button-secondary" to={`/belajar/${itemId}/kuis/${quiz.id}`}>
          {t('learning.quiz.take')}
          <span className="visually-hidden">: {label}</span>
        </Link>
      ) : null}
    </section>
  );
}
