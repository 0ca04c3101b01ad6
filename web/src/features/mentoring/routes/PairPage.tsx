import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageHeading } from '../../../components/PageHeading';
import { EmptyState, ErrorState, LoadingState } from '../../../components/States';
import type { MentoringPairFieldsFragment } from '../../../gql/graphql';
import { regionLabel } from '../../../lib/regions';
import { useFormat } from '../../../lib/use-format';
import { usePairRoles } from '../access';
import { MentoringPairQuery } from '../api/operations';
import { EndPairForm } from '../components/EndPairForm';
import { menteeNames, sessionEnd, useNow } from '../components/helpers';
import { SessionCard } from '../components/SessionCard';
import { LogPastSessionForm, ScheduleSessionForm } from '../components/SessionForms';
import '../mentoring.css';

/** /mentoring/pasangan/:id: a pair with its sessions, for its mentor, mentees and coordinators. */
export default function PairPage() {
  const { t } = useTranslation('mentoring');
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(MentoringPairQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const pair = data?.mentoringPair;
  if (!pair) {
    return (
      <>
        <PageHeading>{t('mentoring.pair.loadingTitle')}</PageHeading>
        {loading ? <LoadingState /> : <ErrorState error={error} onRetry={() => void refetch()} />}
      </>
    );
  }
  return <PairView pair={pair} />;
}

function PairView({ pair }: { pair: MentoringPairFieldsFragment }) {
  const { t } = useTranslation('mentoring');
  const format = useFormat();
  const roles = usePairRoles(pair);
  const now = useNow();
  const [scheduling, setScheduling] = useState(false);
  const [loggingPast, setLoggingPast] = useState(false);
  const [ending, setEnding] = useState(false);
  const [status, setStatus] = useState('');
  const active = pair.status === 'ACTIVE';
  const mentees = menteeNames(pair);
  const sessions = [...pair.sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const upcoming = sessions.filter((session) => session.status === 'SCHEDULED' && sessionEnd(session) > now);
  const past = sessions.filter((session) => !upcoming.includes(session)).reverse();

  const focus = (elementId: string) => requestAnimationFrame(() => document.getElementById(elementId)?.focus());

  return (
    <>
      <p className="breadcrumb">
        <Link to="/mentoring">{t('mentoring.backToAgenda')}</Link>
        {roles.isCoordinator ? (
          <>
            {' · '}
            <Link to={`/koordinasi/mentoring?wilayah=${encodeURIComponent(pair.region.code)}`}>{t('mentoring.backToBoard')}</Link>
          </>
        ) : null}
      </p>
      <PageHeading title={t('mentoring.pair.title', { mentor: pair.mentor.fullName, mentees })}>
        {t('mentoring.pair.title', { mentor: pair.mentor.fullName, mentees })}
      </PageHeading>
      <p>
        <span className={`badge pair-status-${pair.status.toLowerCase()}`}>{t(`mentoring.pairStatus.${pair.status}`)}</span>
      </p>
      <dl className="details card">
        <dt>{t('mentoring.pair.mentor')}</dt>
        <dd>
          {pair.mentor.fullName} <span className="muted">({pair.mentor.agency})</span>
        </dd>
        <dt>{pair.menteeKind === 'REGION_TEAM' ? t('mentoring.pair.team') : t('mentoring.pair.mentee')}</dt>
        <dd>
          <ul className="plain-list">
            {pair.members.map((member) => (
              <li key={member.id}>
                {member.fullName} <span className="muted">({member.agency})</span>
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('mentoring.pair.region')}</dt>
        <dd>{regionLabel(pair.region, t)}</dd>
        <dt>{t('mentoring.pair.focus')}</dt>
        <dd>
          {pair.playbook ? (
            <p>
              {t('mentoring.pair.playbook')}:{' '}
              <Link to={`/konten/${pair.playbook.id}`}>{pair.playbook.publishedRevision?.title ?? t('mentoring.unpublishedModule')}</Link>
            </p>
          ) : null}
          {pair.indicators.length > 0 ? (
            <ul className="chips">
              {pair.indicators.map((indicator) => (
                <li key={indicator.code} className="chip">
                  <span className="chip-code">{indicator.code}</span> {indicator.name}
                </li>
              ))}
            </ul>
          ) : null}
          {!pair.playbook && pair.indicators.length === 0 ? <span className="muted">{t('mentoring.pair.noFocus')}</span> : null}
        </dd>
        <dt>{t('mentoring.pair.goals')}</dt>
        <dd className="preserve-lines">{pair.goals}</dd>
        <dt>{t('mentoring.pair.dates')}</dt>
        <dd>{t('mentoring.pair.dateRange', { start: format.day(pair.startDate), end: format.day(pair.endDate) })}</dd>
        {pair.capacityOverrideReason ? (
          <>
            <dt>{t('mentoring.pair.overrideReason')}</dt>
            <dd>{pair.capacityOverrideReason}</dd>
          </>
        ) : null}
        {pair.endReason ? (
          <>
            <dt>{t('mentoring.pair.endReason')}</dt>
            <dd>{pair.endReason}</dd>
          </>
        ) : null}
      </dl>
      <p role="status" className="status-text">
        {status}
      </p>
      {roles.canManage && active ? (
        <section aria-labelledby="pair-schedule" className="stack">
          <h2 id="pair-schedule" className="visually-hidden">
            {t('mentoring.session.scheduleTitle')}
          </h2>
          {scheduling ? (
            <ScheduleSessionForm
              pairId={pair.id}
              onDone={(session) => {
                setScheduling(false);
                setStatus(t('mentoring.session.scheduled', { date: format.dateTime(session.startsAt) }));
                focus(`session-${session.id}-title`);
              }}
              onCancel={() => {
                setScheduling(false);
                focus('open-schedule');
              }}
            />
          ) : (
            <button
              type="button"
              id="open-schedule"
              className="button button-primary"
              onClick={() => {
                setStatus('');
                setScheduling(true);
              }}
            >
              {t('mentoring.session.scheduleTitle')}
            </button>
          )}
        </section>
      ) : null}
      {roles.isMentor && active ? (
        <section aria-labelledby="pair-log-past" className="stack">
          <h2 id="pair-log-past" className="visually-hidden">
            {t('mentoring.logPast.title')}
          </h2>
          {loggingPast ? (
            <LogPastSessionForm
              pairId={pair.id}
              mentor={pair.mentor}
              members={pair.members}
              onDone={(session) => {
                setLoggingPast(false);
                setStatus(t('mentoring.logPast.saved', { date: format.dateTime(session.startsAt) }));
                focus(`session-${session.id}-title`);
              }}
              onCancel={() => {
                setLoggingPast(false);
                focus('open-log-past');
              }}
            />
          ) : (
            <button
              type="button"
              id="open-log-past"
              className="button button-secondary"
              onClick={() => {
                setStatus('');
                setLoggingPast(true);
              }}
            >
              {t('mentoring.logPast.title')}
            </button>
          )}
        </section>
      ) : null}
      <section aria-labelledby="pair-upcoming">
        <h2 id="pair-upcoming">{t('mentoring.upcomingTitle')}</h2>
        {upcoming.length === 0 ? <EmptyState>{t('mentoring.noUpcoming')}</EmptyState> : null}
        {upcoming.map((session) => (
          <SessionCard key={session.id} pair={pair} session={session} now={now} announce={setStatus} />
        ))}
      </section>
      <section aria-labelledby="pair-past">
        <h2 id="pair-past">{t('mentoring.pastTitle')}</h2>
        {past.length === 0 ? <EmptyState>{t('mentoring.noPast')}</EmptyState> : null}
        {past.map((session) => (
          <SessionCard key={session.id} pair={pair} session={session} now={now} announce={setStatus} />
        ))}
      </section>
      {roles.isCoordinator && active ? (
        <section aria-labelledby="pair-end-heading">
          <h2 id="pair-end-heading">{t('mentoring.end.heading')}</h2>
          {ending ? (
            <EndPairForm
              pair={pair}
              onDone={() => {
                setEnding(false);
                setStatus(t('mentoring.end.done'));
              }}
              onCancel={() => {
                setEnding(false);
                focus('open-end-pair');
              }}
            />
          ) : (
            <button type="button" id="open-end-pair" className="button button-secondary" onClick={() => setEnding(true)}>
              {t('mentoring.end.open')}
            </button>
          )}
        </section>
      ) : null}
    </>
  );
}
