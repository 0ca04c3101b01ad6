import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { CoordinatedRegionSelect, useFirstCoordinatedRegion } from '../../../components/CoordinatedRegionSelect';
import { CsvExportButton } from '../../../components/CsvExportButton';
import { PageHeading } from '../../../components/PageHeading';
import { ProgressBar } from '../../../components/ProgressBar';
import { CoordinationTabs } from '../../../components/SectionTabs';
import { EmptyState, ErrorState, LoadingState } from '../../../components/States';
import { useCan } from '../../../lib/use-can';
import { PairingBoardQuery } from '../api/operations';
import { REGION_PARAM } from '../components/helpers';
import { PairList } from '../components/PairList';
import '../mentoring.css';

/** /koordinasi/mentoring: mentors' load, learners without a mentor and the pairs of a region. */
export default function PairingBoardPage() {
  const { t } = useTranslation('mentoring');
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const firstRegion = useFirstCoordinatedRegion();
  const chosen = params.get(REGION_PARAM) ?? firstRegion;

  if (!can('coordinateRegions')) {
    return (
      <>
        <PageHeading>{t('mentoring.board.title')}</PageHeading>
        <p className="notice notice-error" role="alert">
          {t('common.coordinatorsOnly')}
        </p>
      </>
    );
  }

  return (
    <>
      <PageHeading>{t('mentoring.board.title')}</PageHeading>
      <CoordinationTabs />
      <p className="lead">{t('mentoring.board.lead')}</p>
      <div className="card coordination-region">
        <CoordinatedRegionSelect
          idPrefix="board"
          value={chosen}
          onChange={(code) => setParams(code ? new URLSearchParams({ [REGION_PARAM]: code }) : new URLSearchParams())}
        />
        {chosen ? (
          <>
            <CsvExportButton
              path="/exports/mentoring-sessions.csv"
              params={{ region: chosen }}
              fileName={`sesi-mentoring-${chosen}.csv`}
              label={t('mentoring.board.downloadSessions')}
            />
            <CsvExportButton
              path="/exports/mentoring-action-items.csv"
              params={{ region: chosen }}
              fileName={`tindak-lanjut-${chosen}.csv`}
              label={t('mentoring.board.downloadActionItems')}
            />
          </>
        ) : null}
      </div>
      <p>
        <Link
          className="button button-primary"
          to={chosen ? `/koordinasi/mentoring/baru?${REGION_PARAM}=${encodeURIComponent(chosen)}` : '/koordinasi/mentoring/baru'}
        >
          {t('mentoring.board.create')}
        </Link>
      </p>
      {chosen ? <Board regionCode={chosen} /> : null}
    </>
  );
}

function Board({ regionCode }: { regionCode: string }) {
  const { t } = useTranslation('mentoring');
  const { data, loading, error, refetch } = useQuery(PairingBoardQuery, { variables: { regionCode }, fetchPolicy: 'cache-and-network' });
  if (!data) return loading ? <LoadingState /> : <ErrorState error={error} onRetry={() => void refetch()} />;
  const board = data.pairingBoard;
  const held = new Map(board.activity.map((activity) => [activity.pairId, activity.sessionsHeldThisMonth]));
  const pairs = [...data.regionMentoringPairs].sort((a, b) => (a.status === b.status ? 0 : a.status === 'ACTIVE' ? -1 : 1));

  return (
    <div className="board">
      <p className={board.regionWithoutTeamPair ? 'notice notice-info' : 'notice notice-success'}>
        {board.regionWithoutTeamPair ? t('mentoring.board.noTeamPair') : t('mentoring.board.hasTeamPair')}
      </p>
      <section aria-labelledby="board-mentors" className="card">
        <h2 id="board-mentors">{t('mentoring.board.mentors')}</h2>
        {board.mentors.length === 0 ? (
          <EmptyState>{t('mentoring.board.noMentors')}</EmptyState>
        ) : (
          <ul className="plain-list mentor-loads">
            {board.mentors.map((load) => {
              const percent = load.capacity > 0 ? (load.activePairs / load.capacity) * 100 : 100;
              const text = t('mentoring.load', { active: load.activePairs, capacity: load.capacity });
              return (
                <li key={load.mentor.id} className="mentor-load">
                  <p className="mentor-load-name">
                    {load.mentor.fullName} <span className="muted">({load.mentor.agency})</span> — {text}
                    {load.activePairs >= load.capacity ? (
                      <>
                        {' '}
                        <span className="badge badge-warning">{t('mentoring.atCapacity')}</span>
                      </>
                    ) : null}
                  </p>
                  <ProgressBar percent={percent} label={t('mentoring.board.loadOf', { name: load.mentor.fullName })} valueText={text} />
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="board-learners" className="card">
        <h2 id="board-learners">{t('mentoring.board.withoutMentor')}</h2>
        {board.learnersWithoutMentor.length === 0 ? (
          <EmptyState>{t('mentoring.board.everyoneHasMentor')}</EmptyState>
        ) : (
          <ul className="plain-list">
            {board.learnersWithoutMentor.map((learner) => (
              <li key={learner.id}>
                {learner.fullName} <span className="muted">({learner.agency})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="board-pairs">
        <h2 id="board-pairs">{t('mentoring.board.pairs')}</h2>
        {pairs.length === 0 ? <EmptyState>{t('mentoring.board.noPairs')}</EmptyState> : <PairList pairs={pairs} heldThisMonth={held} />}
      </section>
    </div>
  );
}
