import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../../lib/use-format';
import { menteeNames } from './helpers';

interface PairRow {
  id: string;
  status: string;
  menteeKind: string;
  startDate: string;
  endDate: string;
  mentor: { fullName: string };
  members: ReadonlyArray<{ fullName: string }>;
}

/** Pairs as cards: who mentors whom, status, dates and (for coordinators) sessions held this month. */
export function PairList({ pairs, heldThisMonth }: { pairs: readonly PairRow[]; heldThisMonth?: ReadonlyMap<string, number> }) {
  const { t } = useTranslation('mentoring');
  const format = useFormat();
  return (
    <ul className="plain-list pair-list">
      {pairs.map((pair) => {
        const title = t('mentoring.pair.title', { mentor: pair.mentor.fullName, mentees: menteeNames(pair) });
        return (
          <li key={pair.id} className="card">
            <h3 className="item-title">
              <Link to={`/mentoring/pasangan/${pair.id}`}>{title}</Link>
            </h3>
            <p>
              <span className={`badge pair-status-${pair.status.toLowerCase()}`}>{t(`mentoring.pairStatus.${pair.status}`)}</span>{' '}
              <span className="muted">{t(`mentoring.menteeKinds.${pair.menteeKind}`)}</span>
            </p>
            <p className="muted">{t('mentoring.pair.dateRange', { start: format.day(pair.startDate), end: format.day(pair.endDate) })}</p>
            {heldThisMonth ? <p>{t('mentoring.board.heldThisMonth', { count: heldThisMonth.get(pair.id) ?? 0 })}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}
