import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ProgressBar } from '../../../components/ProgressBar';
import { ErrorState, LoadingState } from '../../../components/States';
import { ModuleLearningQuery } from '../api/operations';
import { CertificateNotice, EnrolButton, QuizStatusText } from './LearningBits';
import { quizLabel } from './quiz-label';
import '../learning.css';

export interface PanelLesson {
  key: string;
  position: number;
  title: string;
}

/** On a published module's page: enrol, or the learner's progress, lessons, quizzes and certificate. */
export function ModuleLearningPanel({ itemId, lessons }: { itemId: string; lessons: readonly PanelLesson[] }) {
  const { t } = useTranslation('learning');
  const { data, loading, error, refetch } = useQuery(ModuleLearningQuery, { variables: { itemId }, fetchPolicy: 'cache-and-network' });
  const progress = data?.moduleProgress;
  const sorted = [...lessons].sort((a, b) => a.position - b.position);
  const quizzes = data?.moduleQuizzes ?? [];

  return (
    <section aria-labelledby="learning-panel" className="card learning-panel">
      <h2 id="learning-panel">{t('learning.panelTitle')}</h2>
      {!progress && loading ? <LoadingState /> : null}
      {!progress && error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {progress && !progress.enrolled ? (
        <>
          <p>{t('learning.notEnrolledLead', { count: sorted.length })}</p>
          <EnrolButton itemId={itemId} />
        </>
      ) : null}
      {progress?.enrolled ? (
        <>
          <ProgressBar
            percent={progress.progressPercent}
            label={t('learning.progress.label')}
            valueText={t('learning.progress.valueText', {
              percent: progress.progressPercent,
              done: progress.completedLessonKeys.length,
              total: progress.lessonCount,
            })}
          />
          <p className="muted">
            {t('learning.progress.lessonsDone', { done: progress.completedLessonKeys.length, total: progress.lessonCount })}
          </p>
          <CertificateNotice progress={progress} />
          {sorted.length > 0 ? (
            <p>
              <Link className="button button-primary" to={`/belajar/${itemId}/${progress.resumeLessonKey ?? sorted[0].key}`}>
                {progress.resumeLessonKey ? t('learning.continue') : t('learning.review')}
              </Link>
            </p>
          ) : null}
          <h3 id="learning-lessons">{t('learning.lessonsTitle')}</h3>
          <ol className="lesson-status-list" aria-labelledby="learning-lessons">
            {sorted.map((lesson, index) => {
              const done = progress.completedLessonKeys.includes(lesson.key);
              return (
                <li key={lesson.key} className={done ? 'lesson-done' : undefined}>
                  <Link to={`/belajar/${itemId}/${lesson.key}`}>
                    {t('learning.lessonHeading', { number: index + 1, title: lesson.title })}
                  </Link>{' '}
                  <span className={done ? 'done-mark' : 'muted'}>
                    {done ? <span aria-hidden="true">✓ </span> : null}
                    {done ? t('learning.lesson.doneMark') : t('learning.lesson.notDoneMark')}
                  </span>
                </li>
              );
            })}
          </ol>
          {quizzes.length > 0 ? (
            <>
              <h3 id="learning-quizzes">{t('learning.quizzesTitle')}</h3>
              <ul className="quiz-status-list" aria-labelledby="learning-quizzes">
                {quizzes.map((quiz) => {
                  const label = quizLabel(t, quiz.lessonKey, sorted);
                  return (
                    <li key={quiz.id}>
                      <p className="quiz-name">{label}</p>
                      <p className="muted">{t('learning.quiz.facts', { count: quiz.questionCount, passMark: quiz.passMarkPercent })}</p>
                      <QuizStatusText status={progress.quizzes.find((status) => status.quizId === quiz.id)} />
                      <Link to={`/belajar/${itemId}/kuis/${quiz.id}`}>
                        {t('learning.quiz.take')}
                        <span className="visually-hidden">: {label}</span>
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
