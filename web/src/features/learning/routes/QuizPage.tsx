import { useMutation, useQuery } from '@apollo/client/react';
import { LearningErrorReason } from '@living-lab/shared';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorSummary, type SummaryItem } from '../../../components/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import { ErrorState, LoadingState } from '../../../components/States';
import type { SubmitQuizAttemptMutation as AttemptResult, StartQuizAttemptMutation as AttemptStart } from '../../../gql/graphql';
import { type ApiError, errorMessage, toApiError } from '../../../lib/errors';
import { LessonPlayerQuery, StartQuizAttemptMutation, SubmitQuizAttemptMutation } from '../api/operations';
import { CertificateNotice, EnrolButton, QuizStatusText } from '../components/LearningBits';
import { writeProgress } from '../components/progress-cache';
import { quizLabel } from '../components/quiz-label';
import '../learning.css';

type Attempt = AttemptStart['startQuizAttempt'];
type Result = AttemptResult['submitQuizAttempt'];
type Question = Attempt['questions'][number];

/** /belajar/:itemId/kuis/:quizId: start an attempt, answer, submit once, see the graded result. */
export default function QuizPage() {
  const { t } = useTranslation('learning');
  const { itemId = '', quizId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(LessonPlayerQuery, { variables: { itemId }, fetchPolicy: 'cache-and-network' });
  const [startAttempt, starting] = useMutation(StartQuizAttemptMutation);
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [startError, setStartError] = useState<ApiError | null>(null);
  const progress = data?.moduleProgress;
  const revision = progress?.item.publishedRevision;
  const quiz = data?.moduleQuizzes.find((item) => item.id === quizId);

  if (!progress || !revision || !quiz) {
    return (
      <>
        <PageHeading>{loading ? t('common.loading') : t('learning.quiz.notFound')}</PageHeading>
        {loading ? <LoadingState /> : null}
        {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
        <p>
          <Link to={`/konten/${itemId}`}>{t('learning.backToModule')}</Link>
        </p>
      </>
    );
  }

  const lessons = [...revision.lessons].sort((a, b) => a.position - b.position);
  const label = quizLabel(t, quiz.lessonKey, lessons);
  const lessonIndex = quiz.lessonKey ? lessons.findIndex((lesson) => lesson.key === quiz.lessonKey) : -1;
  const nextLesson = lessonIndex >= 0 ? lessons[lessonIndex + 1] : undefined;
  const status = progress.quizzes.find((item) => item.quizId === quiz.id);
  const attemptsLeft = quiz.attemptsAllowed == null ? null : Math.max(0, quiz.attemptsAllowed - (status?.attempts ?? 0));

  async function start() {
    setStartError(null);
    try {
      const { data: started } = await startAttempt({ variables: { quizId } });
      if (!started) return;
      setResult(null);
      setAttempt(started.startQuizAttempt);
    } catch (caught) {
      setStartError(toApiError(caught));
    }
  }

  return (
    <>
      <p className="breadcrumb">
        <Link to={`/konten/${itemId}`}>{t('learning.backToModuleTitle', { title: revision.title })}</Link>
      </p>
      <PageHeading>{label}</PageHeading>
      <p className="muted">{t('learning.quiz.facts', { count: quiz.questionCount, passMark: quiz.passMarkPercent })}</p>
      {startError ? <ErrorState error={startError} /> : null}
      {!progress.enrolled ? (
        <div className="notice notice-info">
          <p>{t('learning.quiz.notEnrolled')}</p>
          <EnrolButton itemId={itemId} />
        </div>
      ) : result ? (
        <QuizResultView
          result={result}
          attemptsAllowed={quiz.attemptsAllowed ?? null}
          label={label}
          onRetake={() => void start()}
          retaking={starting.loading}
          itemId={itemId}
          nextLesson={nextLesson}
        />
      ) : attempt ? (
        <QuizForm
          key={attempt.attemptId}
          attempt={attempt}
          onResult={setResult}
          onAlreadySubmitted={() => {
            setAttempt(null);
            void refetch();
          }}
        />
      ) : (
        <section aria-labelledby="quiz-intro" className="card">
          <h2 id="quiz-intro">{t('learning.quiz.introTitle')}</h2>
          <p>{t('learning.quiz.introBody', { passMark: quiz.passMarkPercent })}</p>
          <p>{t(`learning.quiz.answerPolicies.${quiz.answerPolicy}`)}</p>
          <QuizStatusText status={status} />
          <AttemptsLeftText left={attemptsLeft} allowed={quiz.attemptsAllowed} />
          {attemptsLeft === 0 ? null : (
            <button type="button" className="button button-primary" disabled={starting.loading} onClick={() => void start()}>
              {starting.loading ? t('learning.quiz.starting') : t('learning.quiz.start')}
            </button>
          )}
        </section>
      )}
    </>
  );
}

/** Attempts left as the server counts them (null: unlimited). */
function AttemptsLeftText({ left, allowed }: { left: number | null; allowed: number | null }) {
  const { t } = useTranslation('learning');
  if (left == null || allowed == null) return <p className="muted">{t('learning.quiz.attemptsUnlimited')}</p>;
  if (left === 0) return <p className="quiz-attempts">{t('learning.quiz.noAttemptsLeft', { allowed })}</p>;
  return <p className="quiz-attempts">{t('learning.quiz.attemptsLeft', { count: left })}</p>;
}

interface QuizFormProps {
  attempt: Attempt;
  onResult(result: Result): void;
  onAlreadySubmitted(): void;
}

/** The questions of one attempt: radios for single choice and true/false, checkboxes for multiple choice. */
function QuizForm({ attempt, onResult, onAlreadySubmitted }: QuizFormProps) {
  const { t } = useTranslation('learning');
  const [submitAttempt] = useMutation(SubmitQuizAttemptMutation);
  const [answers, setAnswers] = useState<Record<string, string[]>>({});
  const [sending, setSending] = useState(false);
  const [missing, setMissing] = useState<string[]>([]);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  // A second click before React re-renders must not send the attempt twice.
  const sent = useRef(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  function choose(question: Question, optionKey: string, checked: boolean) {
    setAnswers((previous) => {
      const current = previous[question.key] ?? [];
      if (question.kind !== 'MULTIPLE_CHOICE') return { ...previous, [question.key]: [optionKey] };
      const next = checked ? [...current.filter((key) => key !== optionKey), optionKey] : current.filter((key) => key !== optionKey);
      return { ...previous, [question.key]: next };
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (sent.current) return;
    const unanswered = attempt.questions.filter((question) => (answers[question.key] ?? []).length === 0).map((question) => question.key);
    setMissing(unanswered);
    if (unanswered.length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    sent.current = true;
    setSending(true);
    setApiError(null);
    try {
      const { data } = await submitAttempt({
        variables: {
          input: {
            attemptId: attempt.attemptId,
            answers: attempt.questions.map((question) => {
              const chosen = new Set(answers[question.key] ?? []);
              return {
                questionKey: question.key,
                optionKeys: question.options.filter((option) => chosen.has(option.key)).map((option) => option.key),
              };
            }),
          },
        },
        update: (cache, { data: graded }) => writeProgress(cache, graded?.submitQuizAttempt.progress),
      });
      if (data) onResult(data.submitQuizAttempt);
    } catch (caught) {
      const info = toApiError(caught);
      setApiError(info);
      setSending(false);
      // Not sent (e.g. offline): another try is allowed. Already graded: start a new attempt.
      if (info.reason !== LearningErrorReason.ALREADY_SUBMITTED) sent.current = false;
    }
  }

  const summary: SummaryItem[] = missing.map((key) => {
    const number = attempt.questions.findIndex((question) => question.key === key) + 1;
    const question = attempt.questions[number - 1];
    return { fieldId: `answer-${key}-${question?.options[0]?.key ?? ''}`, message: t('learning.quiz.unanswered', { number }) };
  });

  return (
    <form className="form quiz-form" onSubmit={submit} noValidate aria-busy={sending || undefined}>
      <h2 ref={headingRef} tabIndex={-1}>
        {t('learning.quiz.questionsTitle', { count: attempt.questions.length })}
      </h2>
      <ErrorSummary items={summary} ref={summaryRef} />
      {attempt.questions.map((question, index) => {
        const multiple = question.kind === 'MULTIPLE_CHOICE';
        const chosen = answers[question.key] ?? [];
        const hintId = `question-${question.key}-hint`;
        const invalid = missing.includes(question.key) && chosen.length === 0;
        return (
          <fieldset key={question.key} className={invalid ? 'question field-invalid' : 'question'} aria-describedby={hintId}>
            <legend>
              <span className="question-number">
                {t('learning.quiz.questionNumber', { number: index + 1, total: attempt.questions.length })}
              </span>{' '}
              <span className="question-prompt">{question.prompt}</span>
            </legend>
            <p className="field-hint" id={hintId}>
              {multiple ? t('learning.quiz.hintMultiple') : t('learning.quiz.hintSingle')}
            </p>
            <div className="options">
              {question.options.map((option) => {
                const id = `answer-${question.key}-${option.key}`;
                return (
                  <div className="checkbox option" key={option.key}>
                    <input
                      id={id}
                      type={multiple ? 'checkbox' : 'radio'}
                      name={`question-${question.key}`}
                      value={option.key}
                      checked={chosen.includes(option.key)}
                      disabled={sending}
                      onChange={(event) => choose(question, option.key, event.target.checked)}
                    />
                    <label htmlFor={id}>{option.text}</label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        );
      })}
      {apiError ? (
        <div className="notice notice-error" role="alert">
          <p>{errorMessage(t, apiError)}</p>
          {apiError.reason === LearningErrorReason.ALREADY_SUBMITTED ? (
            <button type="button" className="button button-secondary" onClick={onAlreadySubmitted}>
              {t('learning.quiz.backToStart')}
            </button>
          ) : null}
        </div>
      ) : null}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={sending}>
          {sending ? t('learning.quiz.sending') : t('learning.quiz.submit')}
        </button>
      </div>
    </form>
  );
}

interface QuizResultViewProps {
  result: Result;
  attemptsAllowed: number | null;
  label: string;
  itemId: string;
  nextLesson?: { key: string; title: string };
  onRetake(): void;
  retaking: boolean;
}

/**
 * The graded attempt: score against the pass mark; each question with the learner's answer, and the
 * right options and the explanation only when the server sends them (the quiz's answer policy).
 */
function QuizResultView({ result, attemptsAllowed, label, itemId, nextLesson, onRetake, retaking }: QuizResultViewProps) {
  const { t } = useTranslation('learning');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const revealed = result.answersRevealed;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <section aria-labelledby="quiz-result" className="quiz-result">
      <h2 id="quiz-result" ref={headingRef} tabIndex={-1}>
        {t('learning.quiz.resultTitle', { quiz: label })}
      </h2>
      <div className={result.passed ? 'notice notice-success' : 'notice notice-error'}>
        <p className="result-verdict">{result.passed ? t('learning.quiz.passed') : t('learning.quiz.failed')}</p>
        <p>{t('learning.quiz.score', { score: result.scorePercent, passMark: result.passMarkPercent })}</p>
        <p>{t('learning.quiz.rightCount', { right: result.correctCount, total: result.questions.length })}</p>
      </div>
      {result.attemptsLeft == null ? null : (
        <p className="quiz-attempts">
          {result.attemptsLeft === 0
            ? t('learning.quiz.noAttemptsLeft', { allowed: attemptsAllowed ?? 0 })
            : t('learning.quiz.attemptsLeft', { count: result.attemptsLeft })}
        </p>
      )}
      {result.progress.completedAt ? <p className="lead">{t('learning.quiz.moduleDone')}</p> : null}
      <CertificateNotice progress={result.progress} />
      <div className="actions">
        {result.passed || result.attemptsLeft === 0 ? null : (
          <button type="button" className="button button-primary" disabled={retaking} onClick={onRetake}>
            {retaking ? t('learning.quiz.starting') : t('learning.quiz.retake')}
          </button>
        )}
        {result.passed && nextLesson ? (
          <Link className="button button-primary" to={`/belajar/${itemId}/${nextLesson.key}`}>
            {t('learning.lesson.next', { title: nextLesson.title })}
          </Link>
        ) : null}
        <Link className="button button-secondary" to={`/konten/${itemId}`}>
          {t('learning.backToModule')}
        </Link>
      </div>
      <h3>{t('learning.quiz.reviewTitle')}</h3>
      {revealed ? null : <p className="notice notice-info">{t('learning.quiz.answersHidden')}</p>}
      <ol className="graded-list">
        {result.questions.map((question, index) => {
          const chosen = new Set(question.chosenOptionKeys);
          const correct = new Set(question.correctOptionKeys ?? []);
          const verdict = question.correct == null ? 'graded' : question.correct ? 'graded graded-right' : 'graded graded-wrong';
          return (
            <li key={question.key} className={verdict}>
              <article aria-labelledby={`graded-${question.key}`}>
                <h4 id={`graded-${question.key}`}>
                  {question.correct == null
                    ? t('quizEditor.question', { number: index + 1 })
                    : t('learning.quiz.gradedHeading', {
                        number: index + 1,
                        verdict: question.correct ? t('learning.quiz.right') : t('learning.quiz.wrong'),
                      })}
                </h4>
                <p className="question-prompt">{question.prompt}</p>
                <ul className="graded-options">
                  {question.options.map((option) => {
                    const marks = [
                      chosen.has(option.key) ? t('learning.quiz.yourAnswer') : null,
                      correct.has(option.key) ? t('learning.quiz.correctAnswer') : null,
                    ].filter(Boolean);
                    return (
                      <li key={option.key} className={correct.has(option.key) ? 'option-correct' : undefined}>
                        {option.text}
                        {marks.length > 0 ? <span className="option-marks"> ({marks.join(', ')})</span> : null}
                      </li>
                    );
                  })}
                </ul>
                {question.explanation?.trim() ? (
                  <p className="explanation">
                    <strong>{t('learning.quiz.explanation')}</strong> {question.explanation}
                  </p>
                ) : null}
              </article>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
