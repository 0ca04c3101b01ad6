import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeading } from '../../../components/PageHeading';
import { EmptyState, ErrorState, LoadingState } from '../../../components/States';
import type { MentoringPairFieldsFragment } from '../../../gql/graphql';
import { useCan } from '../../../lib/use-can';
import { useFormat } from '../../../lib/use-format';
import { usePairRoles } from '../access';
import { MyMentoringPairsQuery, MyOpenActionItemsQuery } from '../api/operations';
import { ActionItemList } from '../components/ActionItemList';
import { CalendarFeedSection } from '../components/CalendarFeedSection';
import { sessionEnd, useNow } from '../components/helpers';
import { PairList } from '../components/PairList';
import { SessionCard } from '../components/SessionCard';
import '../mentoring.css';

type Pair = MentoringPairFieldsFragment;

/** /mentoring: my sessions (as mentor or mentee), open action items, pairs and calendar feed. */
export default function MentoringPage() {
  const { t } = useTranslation('mentoring');
  const can = useCan();
  const now = useNow();
  const [status, setStatus] = useState('');
  const pairs = useQuery(MyMentoringPairsQuery, { fetchPolicy: 'cache-and-network' });
  const items = useQuery(MyOpenActionItemsQuery, { fetchPolicy: 'cache-and-network' });
  const myPairs = pairs.data?.myMentoringPairs ?? [];
  const pairOfSession = new Map<string, Pair>();
  for (const pair of myPairs) for (const session of pair.sessions) pairOfSession.set(session.id, pair);
  const sessions = myPairs.flatMap((pair) => pair.sessions.map((session) => ({ pair, session })));
  const isUpcoming = (session: Pair['sessions'][number]) => session.status === 'SCHEDULED' && sessionEnd(session) > now;
  const upcoming = sessions
    .filter(({ session }) => isUpcoming(session))
    .sort((a, b) => a.session.startsAt.localeCompare(b.session.startsAt));
  const past = sessions.filter(({ session }) => !isUpcoming(session)).sort((a, b) => b.session.startsAt.localeCompare(a.session.startsAt));

  return (
    <>
      <PageHeading>{t('mentoring.title')}</PageHeading>
      <p className="lead">{t('mentoring.lead')}</p>
      {can('coordinateRegions') ? (
        <p>
          <Link to="/koordinasi/mentoring">{t('mentoring.toBoard')}</Link>
        </p>
      ) : null}
      <p role="status" className="status-text">
        {status}
      </p>
      {pairs.loading && !pairs.data ? <LoadingState /> : null}
      {pairs.error && !pairs.data ? <ErrorState error={pairs.error} onRetry={() => void pairs.refetch()} /> : null}
      {pairs.data ? (
        <>
          <section aria-labelledby="agenda-upcoming">
            <h2 id="agenda-upcoming">{t('mentoring.upcomingTitle')}</h2>
            {upcoming.length === 0 ? <EmptyState>{t('mentoring.noUpcoming')}</EmptyState> : null}
            {upcoming.map(({ pair, session }) => (
              <PairedSession key={session.id} pair={pair} session={session} now={now} announce={setStatus} />
            ))}
          </section>
          <section aria-labelledby="agenda-items">
            <h2 id="agenda-items">{t('mentoring.actionItems.title')}</h2>
            {items.loading && !items.data ? <LoadingState /> : null}
            {items.error && !items.data ? <ErrorState error={items.error} onRetry={() => void items.refetch()} /> : null}
            {items.data && items.data.myOpenActionItems.length === 0 ? <EmptyState>{t('mentoring.actionItems.empty')}</EmptyState> : null}
            {items.data && items.data.myOpenActionItems.length > 0 ? (
              <ActionItemList
                idPrefix={'open-item'}
                items={items.data.myOpenActionItems}
                canToggle={() => true}
                extra={(item) => {
                  const pair = pairOfSession.get(item.sessionId);
                  return pair ? (
                    <p>
                      <Link to={`/mentoring/pasangan/${pair.id}`}>
                        {t('mentoring.openPair')}
                        <span className="visually-hidden">: {item.text}</span>
                      </Link>
                    </p>
                  ) : null;
                }}
              />
            ) : null}
          </section>
          <section aria-labelledby="agenda-pairs">
            <h2 id="agenda-pairs">{t('mentoring.myPairs')}</h2>
            {myPairs.length === 0 ? <EmptyState>{t('mentoring.noPairs')}</EmptyState> : <PairList pairs={myPairs} />}
          </section>
          <section aria-labelledby="agenda-past">
            <h2 id="agenda-past">{t('mentoring.pastTitle')}</h2>
            {past.length === 0 ? <EmptyState>{t('mentoring.noPast')}</EmptyState> : null}
            {past.map(({ pair, session }) => (
              <PairedSession key={session.id} pair={pair} session={session} now={now} announce={setStatus} />
            ))}
          </section>
        </>
      ) : null}
      <CalendarFeedSection />
    </>
  );
}

/** A session on the agenda, with the pair it belongs to. */
function PairedSession({
  pair,
  session,
  now,
  announce,
}: {
  pair: Pair;
  session: Pair['sessions'][number];
  now: number;
  announce(message: string): void;
}) {
  const { t } = useTranslation('mentoring');
  const format = useFormat();
  const roles = usePairRoles(pair);
  const other = roles.isMentor ? pair.members.map((member) => member.fullName).join(', ') : pair.mentor.fullName;
  return (
    <div className="agenda-entry">
      <p className="agenda-pair">
        {roles.isMentor ? t('mentoring.withMentees', { names: other }) : t('mentoring.withMentor', { name: other })} ·{' '}
        <Link to={`/mentoring/pasangan/${pair.id}`}>
          {t('mentoring.openPair')}
          <span className="visually-hidden"> {t('mentoring.session.of', { date: format.dateTime(session.startsAt) })}</span>
        </Link>
      </p>
      <SessionCard pair={pair} session={session} now={now} announce={announce} />
    </div>
  );
}
