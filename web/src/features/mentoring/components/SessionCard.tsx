import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MentoringPairFieldsFragment, MentoringSessionFieldsFragment } from '../../../gql/graphql';
import { useAuth } from '../../../lib/auth';
import { utcToWib } from '../../../lib/dates';
import { downloadText } from '../../../lib/download';
import { useFormat } from '../../../lib/use-format';
import { usePairRoles } from '../access';
import { ActionItemList } from './ActionItemList';
import { FeedbackForm, RecordOutcomeForm } from './OutcomeForms';
import { CancelSessionForm, RescheduleSessionForm } from './SessionForms';

type Pair = MentoringPairFieldsFragment;
type Session = MentoringSessionFieldsFragment;
type Panel = 'reschedule' | 'cancel' | 'outcome' | 'feedback' | null;

/** The .ics file of a session, named after its day in WIB: sesi-2026-12-01.ics. */
export function downloadSessionIcs(session: Pick<Session, 'ics' | 'startsAt'>): Blob {
  return downloadText(`sesi-${utcToWib(session.startsAt).date}.ics`, session.ics, 'text/calendar');
}

/** One session of a pair with what the viewer may do with it. */
export function SessionCard({
  pair,
  session,
  now,
  announce,
}: {
  pair: Pair;
  session: Session;
  now: number;
  /** Tells the page's status region what happened (a recorded session moves to another list, so this card may unmount). */
  announce(message: string): void;
}) {
  const { t } = useTranslation('mentoring');
  const format = useFormat();
  const { user } = useAuth();
  const roles = usePairRoles(pair);
  const [panel, setPanel] = useState<Panel>(null);
  const when = format.dateTime(session.startsAt);
  const started = new Date(session.startsAt).getTime() <= now;
  const scheduled = session.status === 'SCHEDULED';
  const active = pair.status === 'ACTIVE';
  const titleId = `session-${session.id}-title`;
  const hidden = <span className="visually-hidden"> {t('mentoring.session.of', { date: when })}</span>;
  const toggleId = (name: Exclude<Panel, null>) => `session-${session.id}-${name}`;

  const open = (name: Exclude<Panel, null>) => {
    announce('');
    setPanel((current) => (current === name ? null : name));
  };
  const close = (name: Exclude<Panel, null>, message = '') => {
    setPanel(null);
    if (message) announce(message);
    // The toggle may be gone (a recorded session has no "Catat hasil sesi"): then the session's heading takes focus.
    setTimeout(() => (document.getElementById(toggleId(name)) ?? document.getElementById(titleId))?.focus(), 50);
  };

  const toggle = (name: Exclude<Panel, null>, label: string) => (
    <button
      type="button"
      id={toggleId(name)}
      className="button button-secondary button-small"
      aria-expanded={panel === name}
      onClick={() => open(name)}
    >
      {label}
      {hidden}
    </button>
  );

  const myFeedback = roles.isMentee && !roles.isMentor ? session.feedback : [];
  return (
    <article className="card session-card" aria-labelledby={titleId}>
      <h3 id={titleId} tabIndex={-1} className="card-title">
        {t('mentoring.session.title', { date: when })}
      </h3>
      <p>
        <span className={`badge session-status-${session.status.toLowerCase()}`}>{t(`mentoring.sessionStatus.${session.status}`)}</span>{' '}
        <span className="muted">{t('mentoring.session.minutes', { count: session.durationMinutes })}</span>
      </p>
      <dl className="details">
        <dt>{t('mentoring.session.agenda')}</dt>
        <dd className="preserve-lines">{session.agenda}</dd>
        {session.onlineUrl ? (
          <>
            <dt>{t('mentoring.session.onlineUrl')}</dt>
            <dd>
              <a href={session.onlineUrl} target="_blank" rel="noopener noreferrer" className="break-anywhere">
                {session.onlineUrl}
              </a>
            </dd>
          </>
        ) : null}
        {session.place ? (
          <>
            <dt>{t('mentoring.session.place')}</dt>
            <dd>{session.place}</dd>
          </>
        ) : null}
        {session.cancelReason ? (
          <>
            <dt>{t('mentoring.session.cancelReasonShown')}</dt>
            <dd>{session.cancelReason}</dd>
          </>
        ) : null}
        {session.notes ? (
          <>
            <dt>{t('mentoring.outcome.notes')}</dt>
            <dd className="preserve-lines">{session.notes}</dd>
          </>
        ) : null}
      </dl>
      {session.actionItems.length > 0 ? (
        <section aria-labelledby={`${titleId}-items`}>
          <h4 id={`${titleId}-items`}>{t('mentoring.outcome.actionItems')}</h4>
          <ActionItemList
            idPrefix={`session-${session.id}-item`}
            items={session.actionItems}
            canToggle={(item) => roles.canManage || item.owner.id === user?.id}
          />
        </section>
      ) : null}
      {session.feedback.length > 0 ? (
        <section aria-labelledby={`${titleId}-feedback`}>
          <h4 id={`${titleId}-feedback`}>{myFeedback.length > 0 ? t('mentoring.feedback.mine') : t('mentoring.feedback.received')}</h4>
          <ul className="plain-list">
            {session.feedback.map((feedback) => (
              <li key={`${feedback.sessionId}-${feedback.createdAt}`}>
                <strong>{t('mentoring.feedback.ratingValue', { rating: feedback.rating })}</strong>
                {feedback.comment ? <span> — {feedback.comment}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="actions">
        <button type="button" className="button button-secondary button-small" onClick={() => downloadSessionIcs(session)}>
          {t('mentoring.session.downloadIcs')}
          {hidden}
        </button>
        {roles.canManage && scheduled && active ? toggle('reschedule', t('mentoring.session.reschedule')) : null}
        {roles.canManage && scheduled && active ? toggle('cancel', t('mentoring.session.cancel')) : null}
        {roles.isMentor && scheduled && started ? toggle('outcome', t('mentoring.outcome.open')) : null}
        {roles.isMentee && session.status === 'HELD' && myFeedback.length === 0 && !roles.isMentor
          ? toggle('feedback', t('mentoring.feedback.open'))
          : null}
      </div>
      {roles.isMentor && scheduled && !started ? <p className="muted">{t('mentoring.outcome.notYet')}</p> : null}
      {panel === 'reschedule' ? (
        <RescheduleSessionForm
          session={session}
          onDone={() => close('reschedule', t('mentoring.session.rescheduled'))}
          onCancel={() => close('reschedule')}
        />
      ) : null}
      {panel === 'cancel' ? (
        <CancelSessionForm
          session={session}
          onDone={() => close('cancel', t('mentoring.session.cancelled'))}
          onCancel={() => close('cancel')}
        />
      ) : null}
      {panel === 'outcome' ? (
        <RecordOutcomeForm
          session={session}
          mentor={pair.mentor}
          members={pair.members}
          onDone={() => close('outcome', t('mentoring.outcome.saved'))}
          onCancel={() => close('outcome')}
        />
      ) : null}
      {panel === 'feedback' ? (
        <FeedbackForm
          session={session}
          onDone={() => close('feedback', t('mentoring.feedback.saved'))}
          onCancel={() => close('feedback')}
        />
      ) : null}
    </article>
  );
}
