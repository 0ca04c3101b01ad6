import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../../lib/use-format';
import { MyOpenActionItemsQuery, MyUpcomingSessionsQuery } from '../api/operations';
import { ActionItemList } from './ActionItemList';
import '../mentoring.css';

const SHOWN = 5;

/** Home page cards: the next sessions and open action items, each shown only when there are some. */
export function HomeMentoringCards() {
  const { t } = useTranslation('mentoring');
  const format = useFormat();
  const sessions = useQuery(MyUpcomingSessionsQuery, { fetchPolicy: 'cache-and-network' });
  const items = useQuery(MyOpenActionItemsQuery, { fetchPolicy: 'cache-and-network' });
  const upcoming = sessions.data?.myUpcomingSessions ?? [];
  const open = items.data?.myOpenActionItems ?? [];
  if (upcoming.length === 0 && open.length === 0) return null;
  return (
    <div className="home-grid">
      {upcoming.length > 0 ? (
        <section aria-labelledby="home-sessions" className="card">
          <h2 id="home-sessions">{t('mentoring.home.sessions')}</h2>
          <ul className="plain-list">
            {upcoming.slice(0, SHOWN).map((session) => (
              <li key={session.id}>
                <Link to={`/mentoring/pasangan/${session.pairId}`}>{format.dateTime(session.startsAt)}</Link>
                <p className="muted">
                  {session.agenda.length > 120 ? `${session.agenda.slice(0, 120)}…` : session.agenda} ·{' '}
                  {t('mentoring.withMentor', { name: session.pair.mentor.fullName })}
                </p>
              </li>
            ))}
          </ul>
          <p>
            <Link to="/mentoring">{t('mentoring.home.toAgenda')}</Link>
          </p>
        </section>
      ) : null}
      {open.length > 0 ? (
        <section aria-labelledby="home-action-items" className="card">
          <h2 id="home-action-items">{t('mentoring.home.actionItems')}</h2>
          <ActionItemList idPrefix={'home-item'} items={open.slice(0, SHOWN)} canToggle={() => true} />
          <p>
            <Link to="/mentoring">{t('mentoring.home.toAgenda')}</Link>
          </p>
        </section>
      ) : null}
    </div>
  );
}
