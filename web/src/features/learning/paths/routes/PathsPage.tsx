import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeading } from '../../../../components/PageHeading';
import { ProgressBar } from '../../../../components/ProgressBar';
import { EmptyState, ErrorState, LoadingState } from '../../../../components/States';
import { useCan } from '../../../../lib/use-can';
import { LearningPathsQuery } from '../api/operations';
import '../../learning.css';

/** /jalur: every learning path with the viewer's progress in it. */
export default function PathsPage() {
  const { t } = useTranslation('learning');
  const can = useCan();
  const { data, loading, error, refetch } = useQuery(LearningPathsQuery, { fetchPolicy: 'cache-and-network' });
  const paths = data?.learningPaths;

  return (
    <>
      <PageHeading>{t('paths.title')}</PageHeading>
      <p className="lead">{t('paths.lead')}</p>
      {can('editLearningDesign') ? (
        <p>
          <Link className="button button-primary" to="/jalur/baru">
            {t('paths.create')}
          </Link>
        </p>
      ) : null}
      {!paths && loading ? <LoadingState /> : null}
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {paths && paths.length === 0 ? <EmptyState>{t('paths.empty')}</EmptyState> : null}
      {paths && paths.length > 0 ? (
        <ul className="content-list">
          {paths.map((path) => {
            const done = path.steps.filter((step) => step.completed).length;
            const percent = path.steps.length === 0 ? 0 : Math.floor((done * 100) / path.steps.length);
            return (
              <li key={path.id}>
                <article className="card content-card" aria-labelledby={`path-${path.id}`}>
                  <h2 id={`path-${path.id}`} className="card-title">
                    <Link to={`/jalur/${path.id}`}>{path.title}</Link>
                  </h2>
                  {path.description ? <p>{path.description}</p> : null}
                  <p className="muted">{t('paths.stepsDone', { done, total: path.steps.length })}</p>
                  <ProgressBar percent={percent} label={t('paths.progressOf', { title: path.title })} />
                </article>
              </li>
            );
          })}
        </ul>
      ) : null}
    </>
  );
}
