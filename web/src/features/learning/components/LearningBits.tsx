import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ModuleProgressFieldsFragment } from '../../../gql/graphql';
import { type ApiError, errorMessage, toApiError } from '../../../lib/errors';
import { useFormat } from '../../../lib/use-format';
import { EnrolMutation, LessonPlayerQuery } from '../api/operations';
import { writeProgress } from './progress-cache';

/** "Ikuti modul": enrols and stores the server's progress; the page then shows the learning state. */
export function EnrolButton({ itemId, onEnrolled }: { itemId: string; onEnrolled?(): void }) {
  const { t } = useTranslation('learning');
  const [enrol, { loading }] = useMutation(EnrolMutation);
  const [error, setError] = useState<ApiError | null>(null);
  const client = useApolloClient();

  async function run() {
    setError(null);
    try {
      await enrol({ variables: { itemId }, update: (cache, { data }) => writeProgress(cache, data?.enrol) });
      // Lessons offline (issue 13): the module's lessons are fetched once now, so this device keeps them
      // (lib/offline/offline-link.ts) even if the connection drops before the learner opens one.
      void client.query({ query: LessonPlayerQuery, variables: { itemId }, fetchPolicy: 'network-only' }).catch(() => undefined);
      onEnrolled?.();
    } catch (caught) {
      setError(toApiError(caught));
    }
  }

  return (
    <>
      {error ? (
        <p className="notice notice-error" role="alert">
          {errorMessage(t, error)}
        </p>
      ) : null}
      <button type="button" className="button button-primary" disabled={loading} onClick={() => void run()}>
        {loading ? t('learning.enrolling') : t('learning.enrol')}
      </button>
    </>
  );
}

type QuizStatus = ModuleProgressFieldsFragment['quizzes'][number];

/** "Lulus", "Belum lulus (skor terbaik 40%, 2 percobaan)" or "Belum dikerjakan". */
export function QuizStatusText({ status }: { status: QuizStatus | undefined }) {
  const { t } = useTranslation('learning');
  if (!status || status.attempts === 0) return <p className="muted">{t('learning.quiz.notTaken')}</p>;
  const best = status.bestScorePercent ?? 0;
  return status.passed ? (
    <p className="quiz-passed">
      <span aria-hidden="true">✓ </span>
      {t('learning.quiz.statusPassed', { best, count: status.attempts })}
    </p>
  ) : (
    <p>{t('learning.quiz.statusFailed', { best, count: status.attempts })}</p>
  );
}

/** When the module is complete: the date and a link to the certificate. */
export function CertificateNotice({ progress }: { progress: ModuleProgressFieldsFragment }) {
  const { t } = useTranslation('learning');
  const format = useFormat();
  if (!progress.completedAt) return null;
  return (
    <div className="notice notice-success">
      <p>{t('learning.moduleCompleted', { date: format.dateTime(progress.completedAt) })}</p>
      {progress.certificate ? (
        <p>
          <Link to={`/sertifikat/${encodeURIComponent(progress.certificate.code)}`}>{t('learning.viewCertificate')}</Link>
        </p>
      ) : null}
    </div>
  );
}
