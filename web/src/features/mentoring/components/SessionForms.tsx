import { useMutation } from '@apollo/client/react';
import {
  DEFAULT_TIME_ZONE,
  MAX_SESSION_MINUTES,
  PAST_SESSION_MAX_DAYS,
  pastSessionRules,
  reasonRules,
  sessionRules,
} from '@living-lab/shared';
import { type FormEvent, type Ref, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryItem } from '../../../components/ErrorSummary';
import { TextAreaField, TextField } from '../../../components/FormField';
import type { MentoringSessionFieldsFragment } from '../../../gql/graphql';
import { useAuth } from '../../../lib/auth';
import { utcToZoned, zoneAbbreviation, zonedToUtcIso } from '../../../lib/dates';
import { type ApiError, issuesByField, toApiError, useErrorMessage } from '../../../lib/errors';
import { CancelSessionMutation, LogPastSessionMutation, RescheduleSessionMutation, ScheduleSessionMutation } from '../api/operations';
import { useFocusOnMount } from './helpers';
import { checkOutcome, emptyOutcome, OutcomeFields, type OutcomeValues, outcomeInputOf, type Person } from './OutcomeForms';
import { issuesOf } from './validation';

type Session = MentoringSessionFieldsFragment;

/** Which input shows a field's problem (the server names the instant `startsAt`). */
const INPUT_OF: Record<string, string> = {
  startsAt: 'date',
  date: 'date',
  time: 'time',
  durationMinutes: 'duration',
  onlineUrl: 'onlineUrl',
  place: 'place',
  agenda: 'agenda',
  reason: 'reason',
};

function useFormState(idPrefix: string) {
  const { t } = useTranslation('mentoring');
  const errorText = useErrorMessage();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const focusSummary = () => requestAnimationFrame(() => summaryRef.current?.focus());
  const inputId = (field: string) => (INPUT_OF[field] ? `${idPrefix}-${INPUT_OF[field]}` : outcomeInputOf(idPrefix, field));
  const errorOf = (input: string) => {
    const field = Object.keys(fieldErrors).find((key) => (INPUT_OF[key] ?? key) === input);
    return field ? t(`validation.${fieldErrors[field]}`) : undefined;
  };
  const summary: SummaryItem[] = Object.entries(fieldErrors).map(([field, key]) => ({
    fieldId: inputId(field),
    message: t(`validation.${key}`),
  }));
  if (apiError) summary.push({ message: errorText(apiError) });
  return {
    summaryRef,
    summary,
    errorOf,
    fail(issues: Record<string, string>) {
      setApiError(null);
      setFieldErrors(issues);
      focusSummary();
    },
    clear() {
      setApiError(null);
      setFieldErrors({});
    },
    refused(error: unknown) {
      const info = toApiError(error);
      setFieldErrors(issuesByField(info.fields));
      setApiError(info);
      focusSummary();
    },
  };
}

/** The signed-in user's time zone: session dates and times are typed and shown in it. */
function useTimeZone(): string {
  return useAuth().user?.timeZone ?? DEFAULT_TIME_ZONE;
}

/** Date and time (in the user's zone) and duration, checked here before the server sees them. */
function checkWhen(values: { date: string; time: string; duration: string }, timeZone: string) {
  const issues: Record<string, string> = {};
  const startsAt = zonedToUtcIso(values.date, values.time, timeZone);
  if (!startsAt) issues[values.date ? 'time' : 'date'] = 'date.invalid';
  const minutes = /^\d+$/.test(values.duration.trim()) ? Number(values.duration) : Number.NaN;
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_SESSION_MINUTES) issues.durationMinutes = 'duration.invalid';
  return { issues, startsAt, minutes };
}

function WhenFields({
  idPrefix,
  values,
  set,
  errorOf,
  firstRef,
}: {
  idPrefix: string;
  values: { date: string; time: string; duration: string };
  set(field: 'date' | 'time' | 'duration'): (value: string) => void;
  errorOf(input: string): string | undefined;
  firstRef?: Ref<HTMLInputElement>;
}) {
  const { t, i18n } = useTranslation('mentoring');
  const zone = zoneAbbreviation(useTimeZone(), i18n.language);
  return (
    <div className="field-row">
      <TextField
        id={`${idPrefix}-date`}
        label={t('mentoring.session.date', { zone })}
        hint={t('mentoring.session.dateHint', { zone })}
        type="date"
        value={values.date}
        onValueChange={set('date')}
        error={errorOf('date')}
        ref={firstRef}
        required
      />
      <TextField
        id={`${idPrefix}-time`}
        label={t('mentoring.session.time', { zone })}
        hint={t('mentoring.session.timeHint')}
        type="time"
        value={values.time}
        onValueChange={set('time')}
        error={errorOf('time')}
        required
      />
      <TextField
        id={`${idPrefix}-duration`}
        label={t('mentoring.session.duration')}
        hint={t('mentoring.session.durationHint', { max: MAX_SESSION_MINUTES })}
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_SESSION_MINUTES}
        value={values.duration}
        onValueChange={set('duration')}
        error={errorOf('duration')}
        required
      />
    </div>
  );
}

/** "Jadwalkan sesi": the mentor or a coordinator plans a session of the pair. */
export function ScheduleSessionForm({ pairId, onDone, onCancel }: { pairId: string; onDone(session: Session): void; onCancel?(): void }) {
  const { t } = useTranslation('mentoring');
  const idPrefix = 'schedule';
  const timeZone = useTimeZone();
  const [values, setValues] = useState({ date: '', time: '', duration: '60', onlineUrl: '', place: '', agenda: '' });
  const form = useFormState(idPrefix);
  const firstRef = useFocusOnMount<HTMLInputElement>();
  const [schedule, { loading }] = useMutation(ScheduleSessionMutation, {
    update(cache, { data }) {
      const session = data?.scheduleSession;
      if (!session) return;
      cache.modify({
        id: cache.identify({ __typename: 'MentoringPair', id: pairId }),
        fields: {
          sessions: (existing: readonly { __ref: string }[] = [], { toReference }) => {
            const reference = toReference(session);
            return reference && !existing.some((item) => item.__ref === reference.__ref) ? [...existing, reference] : existing;
          },
        },
      });
    },
  });
  const set = (field: keyof typeof values) => (value: string) => setValues((previous) => ({ ...previous, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const when = checkWhen(values, timeZone);
    const parsed = sessionRules.safeParse({
      durationMinutes: when.minutes,
      onlineUrl: values.onlineUrl.trim() || null,
      place: values.place.trim() || null,
      agenda: values.agenda,
    });
    const issues = { ...(parsed.success ? {} : issuesOf(parsed.error)), ...when.issues };
    if (Object.keys(issues).length > 0 || !when.startsAt || !parsed.success) {
      form.fail(issues);
      return;
    }
    form.clear();
    try {
      const { data } = await schedule({
        variables: {
          input: {
            pairId,
            startsAt: when.startsAt,
            durationMinutes: when.minutes,
            onlineUrl: parsed.data.onlineUrl ?? null,
            place: parsed.data.place ?? null,
            agenda: parsed.data.agenda,
          },
        },
      });
      if (data) onDone(data.scheduleSession);
    } catch (error) {
      form.refused(error);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={loading || undefined} aria-labelledby="schedule-title">
      <h3 id="schedule-title">{t('mentoring.session.scheduleTitle')}</h3>
      <ErrorSummary items={form.summary} ref={form.summaryRef} />
      <WhenFields idPrefix={idPrefix} values={values} set={set} errorOf={form.errorOf} firstRef={firstRef} />
      <fieldset>
        <legend>{t('mentoring.session.where')}</legend>
        <p className="field-hint">{t('mentoring.session.whereHint')}</p>
        <TextField
          id={`${idPrefix}-onlineUrl`}
          label={t('mentoring.session.onlineUrl')}
          type="url"
          inputMode="url"
          value={values.onlineUrl}
          onValueChange={set('onlineUrl')}
          error={form.errorOf('onlineUrl')}
        />
        <TextField
          id={`${idPrefix}-place`}
          label={t('mentoring.session.place')}
          value={values.place}
          onValueChange={set('place')}
          error={form.errorOf('place')}
        />
      </fieldset>
      <TextAreaField
        id={`${idPrefix}-agenda`}
        label={t('mentoring.session.agenda')}
        value={values.agenda}
        onValueChange={set('agenda')}
        error={form.errorOf('agenda')}
        required
      />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? t('common.saving') : t('mentoring.session.schedule')}
        </button>
        {onCancel ? (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('mentoring.close')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/**
 * "Catat sesi yang sudah berlangsung": the pair's mentor logs a session that took place in the last
 * 30 days and was never scheduled here, with its outcome, in one step.
 */
export function LogPastSessionForm({
  pairId,
  mentor,
  members,
  onDone,
  onCancel,
}: {
  pairId: string;
  mentor: Person;
  members: readonly Person[];
  onDone(session: Session): void;
  onCancel(): void;
}) {
  const { t } = useTranslation('mentoring');
  const idPrefix = 'log-past';
  const timeZone = useTimeZone();
  const [values, setValues] = useState({ date: '', time: '', duration: '60', agenda: '' });
  const [outcome, setOutcome] = useState<OutcomeValues>(emptyOutcome);
  const form = useFormState(idPrefix);
  const firstRef = useFocusOnMount<HTMLInputElement>();
  const [logPast, { loading }] = useMutation(LogPastSessionMutation, {
    update(cache, { data }) {
      const session = data?.logPastSession;
      if (!session) return;
      cache.modify({
        id: cache.identify({ __typename: 'MentoringPair', id: pairId }),
        fields: {
          sessions: (existing: readonly { __ref: string }[] = [], { toReference }) => {
            const reference = toReference(session);
            return reference && !existing.some((item) => item.__ref === reference.__ref) ? [...existing, reference] : existing;
          },
        },
      });
    },
  });
  const set = (field: keyof typeof values) => (value: string) => setValues((previous) => ({ ...previous, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const when = checkWhen(values, timeZone);
    const checked = checkOutcome(outcome);
    const parsed = pastSessionRules().safeParse({
      startsAt: when.startsAt ? new Date(when.startsAt) : new Date(),
      durationMinutes: when.minutes,
      agenda: values.agenda,
      status: outcome.status,
      notes: outcome.notes,
    });
    const issues = { ...(parsed.success ? {} : issuesOf(parsed.error)), ...checked.issues, ...when.issues };
    if (Object.keys(issues).length > 0 || !when.startsAt || !parsed.success) {
      form.fail(issues);
      return;
    }
    form.clear();
    try {
      const { data } = await logPast({
        variables: {
          input: {
            pairId,
            startsAt: when.startsAt,
            durationMinutes: when.minutes,
            agenda: parsed.data.agenda,
            status: outcome.status,
            notes: parsed.data.notes,
            actionItems: checked.actionItems,
          },
        },
      });
      if (data) onDone(data.logPastSession);
    } catch (error) {
      form.refused(error);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={loading || undefined} aria-labelledby={`${idPrefix}-title`}>
      <h3 id={`${idPrefix}-title`}>{t('mentoring.logPast.title')}</h3>
      <p className="field-hint">{t('mentoring.logPast.lead', { days: PAST_SESSION_MAX_DAYS })}</p>
      <ErrorSummary items={form.summary} ref={form.summaryRef} />
      <WhenFields idPrefix={idPrefix} values={values} set={set} errorOf={form.errorOf} firstRef={firstRef} />
      <TextAreaField
        id={`${idPrefix}-agenda`}
        label={t('mentoring.session.agenda')}
        value={values.agenda}
        onValueChange={set('agenda')}
        error={form.errorOf('agenda')}
        required
      />
      <OutcomeFields idPrefix={idPrefix} mentor={mentor} members={members} values={outcome} onChange={setOutcome} errorOf={form.errorOf} />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? t('common.saving') : t('mentoring.logPast.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('mentoring.close')}
        </button>
      </div>
    </form>
  );
}

/** "Ubah jadwal": a new start and duration for a scheduled session. */
export function RescheduleSessionForm({ session, onDone, onCancel }: { session: Session; onDone(): void; onCancel(): void }) {
  const { t } = useTranslation('mentoring');
  const idPrefix = `reschedule-${session.id}`;
  const timeZone = useTimeZone();
  const start = utcToZoned(session.startsAt, timeZone);
  const [values, setValues] = useState({ date: start.date, time: start.time, duration: String(session.durationMinutes) });
  const form = useFormState(idPrefix);
  const firstRef = useFocusOnMount<HTMLInputElement>();
  const [reschedule, { loading }] = useMutation(RescheduleSessionMutation);
  const set = (field: keyof typeof values) => (value: string) => setValues((previous) => ({ ...previous, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const when = checkWhen(values, timeZone);
    if (Object.keys(when.issues).length > 0 || !when.startsAt) {
      form.fail(when.issues);
      return;
    }
    form.clear();
    try {
      await reschedule({
        variables: { input: { sessionId: session.id, startsAt: when.startsAt, durationMinutes: when.minutes, version: session.version } },
      });
      onDone();
    } catch (error) {
      form.refused(error);
    }
  }

  return (
    <form className="form inline-panel" onSubmit={submit} noValidate aria-busy={loading || undefined} aria-labelledby={`${idPrefix}-title`}>
      <h4 id={`${idPrefix}-title`}>{t('mentoring.session.rescheduleTitle')}</h4>
      <ErrorSummary items={form.summary} ref={form.summaryRef} />
      <WhenFields idPrefix={idPrefix} values={values} set={set} errorOf={form.errorOf} firstRef={firstRef} />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? t('common.saving') : t('mentoring.session.saveReschedule')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('mentoring.close')}
        </button>
      </div>
    </form>
  );
}

/** "Batalkan sesi", with the reason the participants will see. */
export function CancelSessionForm({ session, onDone, onCancel }: { session: Session; onDone(): void; onCancel(): void }) {
  const { t } = useTranslation('mentoring');
  const idPrefix = `cancel-${session.id}`;
  const [reason, setReason] = useState('');
  const form = useFormState(idPrefix);
  const firstRef = useFocusOnMount<HTMLTextAreaElement>();
  const [cancel, { loading }] = useMutation(CancelSessionMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = reasonRules.safeParse({ reason });
    if (!parsed.success) {
      form.fail(issuesOf(parsed.error));
      return;
    }
    form.clear();
    try {
      await cancel({ variables: { input: { sessionId: session.id, reason: parsed.data.reason, version: session.version } } });
      onDone();
    } catch (error) {
      form.refused(error);
    }
  }

  return (
    <form className="form inline-panel" onSubmit={submit} noValidate aria-busy={loading || undefined} aria-labelledby={`${idPrefix}-title`}>
      <h4 id={`${idPrefix}-title`}>{t('mentoring.session.cancelTitle')}</h4>
      <ErrorSummary items={form.summary} ref={form.summaryRef} />
      <TextAreaField
        id={`${idPrefix}-reason`}
        label={t('mentoring.session.cancelReason')}
        value={reason}
        onValueChange={setReason}
        error={form.errorOf('reason')}
        ref={firstRef}
        rows={3}
        required
      />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={loading}>
          {t('mentoring.session.confirmCancel')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('mentoring.close')}
        </button>
      </div>
    </form>
  );
}
