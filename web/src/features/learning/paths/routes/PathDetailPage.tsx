import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { PageHeading } from '../../../../components/PageHeading';
import { ProgressBar } from '../../../../components/ProgressBar';
import { ErrorState, LoadingState } from '../../../../components/States';
import type { LearningPathFieldsFragment } from '../../../../gql/graphql';
import { type ApiError, errorMessage, toApiError } from '../../../../lib/errors';
import { useCan } from '../../../../lib/use-can';
import { EnrolInPathMutation, LearningPathQuery } from '../api/operations';
import '../../learning.css';

type Step = LearningPathFieldsFragment['steps'][number];

/** /jalur/:id: the path's modules in order, each completed, open or locked for the viewer. */
export default function PathDetailPage() {
  const { t } = useTranslation('learning');
  const { id = '' } = useParams();
  const can = useCan();
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(LearningPathQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const path = data?.learningPath;
  const savedNotice = (location.state as { saved?: boolean } | null)?.saved;

  if (!path) {
    return (
      <>
        <PageHeading>{loading ? t('common.loading') : t('paths.notFound')}</PageHeading>
        {loading ? <LoadingState /> : null}
        {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
        <p>
          <Link to="/jalur">{t('paths.backToList')}</Link>
        </p>
      </>
    );
  }

  const steps = [...path.steps].sort((a, b) => a.position - b.position);
  const done = steps.filter((step) => step.completed).length;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/jalur">{t('paths.backToList')}</Link>
      </p>
      <PageHeading>{path.title}</PageHeading>
      {savedNotice ? (
        <p role="status" className="status-text">
          {t('paths.saved')}
        </p>
      ) : null}
      {path.description ? <p className="lead">{path.description}</p> : null}
      <ProgressBar
        percent={steps.length ? Math.floor((done * 100) / steps.length) : 0}
        label={t('paths.progressOf', { title: path.title })}
      />
      <p className="muted">{t('paths.stepsDone', { done, total: steps.length })}</p>
      {can('editLearningDesign') ? (
        <p>
          <Link className="button button-secondary" to={`/jalur/${path.id}/sunting`}>
            {t('paths.edit')}
          </Link>
        </p>
      ) : null}
      <h2 id="path-steps">{t('paths.stepsTitle')}</h2>
      <ol className="path-steps" aria-labelledby="path-steps">
        {steps.map((step, index) => (
          <PathStepCard key={step.item.id} pathId={path.id} step={step} number={index + 1} />
        ))}
      </ol>
    </>
  );
}

function PathStepCard({ pathId, step, number }: { pathId: string; step: Step; number: number }) {
  const { t } = useTranslation('learning');
  const navigate = useNavigate();
  const [enrol, { loading }] = useMutation(EnrolInPathMutation);
  const [error, setError] = useState<ApiError | null>(null);
  const title = step.item.publishedRevision?.title ?? t('paths.unpublishedModule');
  const headingId = `path-step-${step.item.id}`;
  const state = step.completed ? 'completed' : step.locked ? 'locked' : 'open';

  async function start() {
    setError(null);
    try {
      await enrol({ variables: { itemId: step.item.id, pathId } });
      navigate(`/konten/${step.item.id}`);
    } catch (caught) {
      setError(toApiError(caught));
    }
  }

  return (
    <li className={`card path-step path-step-${state}`}>
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>
          <span className="step-number">{t('paths.stepNumber', { number })}</span>{' '}
          {step.locked ? title : <Link to={`/konten/${step.item.id}`}>{title}</Link>}
        </h3>
        <p className={`step-state step-state-${state}`}>
          <span aria-hidden="true">{state === 'completed' ? '✓ ' : state === 'locked' ? '🔒 ' : '○ '}</span>
          {t(`paths.state.${state}`)}
        </p>
        {step.item.publishedRevision?.summary ? <p>{step.item.publishedRevision.summary}</p> : null}
        {step.locked ? (
          <p className="unlock-hint">
            {t('paths.unlocksAfter', {
              modules: step.requires.map((module) => module.publishedRevision?.title ?? t('paths.unpublishedModule')).join(', '),
            })}
          </p>
        ) : null}
        {error ? (
          <p className="notice notice-error" role="alert">
            {errorMessage(t, error)}
          </p>
        ) : null}
        {state === 'open' ? (
          <button type="button" className="button button-primary" disabled={loading} onClick={() => void start()}>
            {loading ? t('learning.enrolling') : t('paths.start')}
            <span className="visually-hidden">: {title}</span>
          </button>
        ) : null}
        {state === 'completed' ? (
          <Link className="button button-secondary" to={`/konten/${step.item.id}`}>
            {t('paths.open')}
            <span className="visually-hidden">: {title}</span>
          </Link>
        ) : null}
      </article>
    </li>
  );
}
