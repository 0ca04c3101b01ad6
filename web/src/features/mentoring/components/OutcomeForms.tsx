import { useMutation } from '@apollo/client/react';
import { actionItemRules, feedbackRules } from '@living-lab/shared';
import { type FormEvent, type Ref, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryItem } from '../../../components/ErrorSummary';
import { SelectField, TextAreaField, TextField } from '../../../components/FormField';
import { PartControls } from '../../../components/PartControls';
import type { MentoringSessionFieldsFragment } from '../../../gql/graphql';
import { type ApiError, issuesByField, toApiError, useErrorMessage } from '../../../lib/errors';
import { GiveSessionFeedbackMutation, RecordSessionOutcomeMutation } from '../api/operations';
import { useFocusOnMount } from './helpers';
import { issuesOf } from './validation';

type Session = MentoringSessionFieldsFragment;
export interface Person {
  id: string;
  fullName: string;
}

interface ActionItemValues {
  uid: string;
  text: string;
  ownerId: string;
  dueDate: string;
}

/** What the mentor records about a session that took place: whether it was held, notes and action items. */
export interface OutcomeValues {
  status: 'HELD' | 'NO_SHOW';
  notes: string;
  items: ActionItemValues[];
}

export const emptyOutcome = (): OutcomeValues => ({ status: 'HELD', notes: '', items: [] });

let lastUid = 0;
const newItem = (ownerId: string): ActionItemValues => ({ uid: `action-item-${++lastUid}`, text: '', ownerId, dueDate: '' });

const itemInputId = (idPrefix: string, index: number, field: string) => `${idPrefix}-item-${index}-${field}`;

/** The input that shows a field's problem: `actionItems.<n>.<field>`, else `<idPrefix>-<field>`. */
export function outcomeInputOf(idPrefix: string, field: string): string {
  const match = /^actionItems\.(\d+)\.(\w+)$/.exec(field);
  if (match) return itemInputId(idPrefix, Number(match[1]), match[2] === 'ownerId' ? 'owner' : match[2]);
  return `${idPrefix}-${field}`;
}

/** Checks the outcome before the server sees it: message keys by field, and the action items to send. */
export function checkOutcome(values: OutcomeValues) {
  const issues: Record<string, string> = {};
  const parsedItems = values.items.map((item, index) => {
    const parsed = actionItemRules.safeParse({ text: item.text, dueDate: item.dueDate || null });
    if (!parsed.success) {
      for (const [field, key] of Object.entries(issuesOf(parsed.error))) issues[`actionItems.${index}.${field}`] = key;
      return null;
    }
    return { text: parsed.data.text, ownerId: item.ownerId, dueDate: parsed.data.dueDate ?? null };
  });
  if (values.notes.length > 4000) issues.notes = 'notes.tooLong';
  return { issues, actionItems: parsedItems.filter((item) => item !== null) };
}

/** Held or not, notes, and action items with their owners (the mentor or a mentee member). */
export function OutcomeFields({
  idPrefix,
  mentor,
  members,
  values,
  onChange,
  errorOf,
  firstRef,
}: {
  idPrefix: string;
  mentor: Person;
  members: readonly Person[];
  values: OutcomeValues;
  onChange(update: (previous: OutcomeValues) => OutcomeValues): void;
  errorOf(field: string): string | undefined;
  firstRef?: Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation('mentoring');
  const [announcement, setAnnouncement] = useState('');
  const owners = [mentor, ...members.filter((member) => member.id !== mentor.id)];
  const { items } = values;
  const itemId = (index: number, field: string) => itemInputId(idPrefix, index, field);
  const setItems = (update: (previous: ActionItemValues[]) => ActionItemValues[]) =>
    onChange((previous) => ({ ...previous, items: update(previous.items) }));
  const change = (uid: string, patch: Partial<ActionItemValues>) =>
    setItems((previous) => previous.map((item) => (item.uid === uid ? { ...item, ...patch } : item)));

  function addItem() {
    const item = newItem(members[0]?.id ?? mentor.id);
    setItems((previous) => [...previous, item]);
    setAnnouncement(t('mentoring.outcome.itemAdded', { number: items.length + 1 }));
    requestAnimationFrame(() => document.getElementById(itemId(items.length, 'text'))?.focus());
  }

  function removeItem(index: number) {
    setItems((previous) => previous.filter((_, position) => position !== index));
    setAnnouncement(t('mentoring.outcome.itemRemoved', { number: index + 1 }));
    requestAnimationFrame(() => document.getElementById(`${idPrefix}-add-item`)?.focus());
  }

  return (
    <>
      <fieldset>
        <legend>{t('mentoring.outcome.status')}</legend>
        {(['HELD', 'NO_SHOW'] as const).map((value, index) => (
          <div className="checkbox" key={value}>
            <input
              type="radio"
              id={`${idPrefix}-status-${value}`}
              name={`${idPrefix}-status`}
              value={value}
              checked={values.status === value}
              onChange={() => onChange((previous) => ({ ...previous, status: value }))}
              ref={index === 0 ? firstRef : undefined}
            />
            <label htmlFor={`${idPrefix}-status-${value}`}>{t(`mentoring.outcome.statuses.${value}`)}</label>
          </div>
        ))}
      </fieldset>
      <TextAreaField
        id={`${idPrefix}-notes`}
        label={t('mentoring.outcome.notes')}
        hint={t('mentoring.outcome.notesHint')}
        value={values.notes}
        onValueChange={(notes) => onChange((previous) => ({ ...previous, notes }))}
        error={errorOf('notes')}
      />
      <fieldset>
        <legend>{t('mentoring.outcome.actionItems')}</legend>
        {items.length === 0 ? <p className="muted">{t('mentoring.outcome.noItems')}</p> : null}
        <ol className="part-list">
          {items.map((item, index) => {
            const label = t('mentoring.outcome.itemLabel', { number: index + 1 });
            return (
              <li key={item.uid} className="part">
                <fieldset>
                  <legend>{label}</legend>
                  <TextField
                    id={itemId(index, 'text')}
                    label={t('mentoring.outcome.itemText')}
                    value={item.text}
                    onValueChange={(text) => change(item.uid, { text })}
                    error={errorOf(`actionItems.${index}.text`)}
                    required
                  />
                  <SelectField
                    id={itemId(index, 'owner')}
                    label={t('mentoring.outcome.itemOwner')}
                    value={item.ownerId}
                    onValueChange={(ownerId) => change(item.uid, { ownerId })}
                    error={errorOf(`actionItems.${index}.ownerId`)}
                  >
                    {owners.map((owner) => (
                      <option key={owner.id} value={owner.id}>
                        {owner.id === mentor.id ? t('mentoring.outcome.mentorOwner', { name: owner.fullName }) : owner.fullName}
                      </option>
                    ))}
                  </SelectField>
                  <TextField
                    id={itemId(index, 'dueDate')}
                    label={t('mentoring.outcome.itemDue')}
                    hint={t('common.optional')}
                    type="date"
                    value={item.dueDate}
                    onValueChange={(dueDate) => change(item.uid, { dueDate })}
                    error={errorOf(`actionItems.${index}.dueDate`)}
                  />
                  <PartControls
                    idBase={`${idPrefix}-item-${index}`}
                    index={index}
                    count={items.length}
                    suffix={label.toLowerCase()}
                    onRemove={() => removeItem(index)}
                  />
                </fieldset>
              </li>
            );
          })}
        </ol>
        <button type="button" id={`${idPrefix}-add-item`} className="button button-secondary" onClick={addItem}>
          {t('mentoring.outcome.addItem')}
        </button>
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
      </fieldset>
    </>
  );
}

/** "Catat hasil sesi": the mentor records HELD or NO_SHOW, notes and action items with their owners. */
export function RecordOutcomeForm({
  session,
  mentor,
  members,
  onDone,
  onCancel,
}: {
  session: Session;
  mentor: Person;
  members: readonly Person[];
  onDone(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation('mentoring');
  const errorText = useErrorMessage();
  const idPrefix = `outcome-${session.id}`;
  const [values, setValues] = useState<OutcomeValues>(emptyOutcome);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const firstRef = useFocusOnMount<HTMLInputElement>();
  const [record, { loading }] = useMutation(RecordSessionOutcomeMutation);
  const focusSummary = () => requestAnimationFrame(() => summaryRef.current?.focus());

  const errorOf = (field: string) => (fieldErrors[field] ? t(`validation.${fieldErrors[field]}`) : undefined);
  const summary: SummaryItem[] = Object.entries(fieldErrors).map(([field, key]) => ({
    fieldId: outcomeInputOf(idPrefix, field),
    message: t(`validation.${key}`),
  }));
  if (apiError) summary.push({ message: errorText(apiError) });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setApiError(null);
    const { issues, actionItems } = checkOutcome(values);
    setFieldErrors(issues);
    if (Object.keys(issues).length > 0) {
      focusSummary();
      return;
    }
    try {
      await record({
        variables: {
          input: { sessionId: session.id, status: values.status, notes: values.notes.trim(), actionItems, version: session.version },
        },
      });
      onDone();
    } catch (error) {
      const info = toApiError(error);
      setFieldErrors(issuesByField(info.fields));
      setApiError(info);
      focusSummary();
    }
  }

  return (
    <form className="form inline-panel" onSubmit={submit} noValidate aria-busy={loading || undefined} aria-labelledby={`${idPrefix}-title`}>
      <h4 id={`${idPrefix}-title`}>{t('mentoring.outcome.title')}</h4>
      <ErrorSummary items={summary} ref={summaryRef} />
      <OutcomeFields
        idPrefix={idPrefix}
        mentor={mentor}
        members={members}
        values={values}
        onChange={setValues}
        errorOf={errorOf}
        firstRef={firstRef}
      />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? t('common.saving') : t('mentoring.outcome.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('mentoring.close')}
        </button>
      </div>
    </form>
  );
}

export const RATINGS = [1, 2, 3, 4, 5] as const;

/** "Beri umpan balik": a mentee rates a held session (1-5) and may comment. */
export function FeedbackForm({ session, onDone, onCancel }: { session: Session; onDone(): void; onCancel(): void }) {
  const { t } = useTranslation('mentoring');
  const errorText = useErrorMessage();
  const idPrefix = `feedback-${session.id}`;
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const firstRef = useFocusOnMount<HTMLInputElement>();
  const [give, { loading }] = useMutation(GiveSessionFeedbackMutation, {
    update(cache, { data }) {
      const feedback = data?.giveSessionFeedback;
      if (!feedback) return;
      cache.modify({
        id: cache.identify({ __typename: 'MentoringSession', id: session.id }),
        fields: { feedback: (existing) => [...(Array.isArray(existing) ? existing : []), feedback] },
      });
    },
  });
  const focusSummary = () => requestAnimationFrame(() => summaryRef.current?.focus());
  const errorOf = (field: string) => (fieldErrors[field] ? t(`validation.${fieldErrors[field]}`) : undefined);
  const summary: SummaryItem[] = Object.entries(fieldErrors).map(([field, key]) => ({
    fieldId: field === 'rating' ? `${idPrefix}-rating-1` : `${idPrefix}-comment`,
    message: t(`validation.${key}`),
  }));
  if (apiError) summary.push({ message: errorText(apiError) });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setApiError(null);
    const parsed = feedbackRules.safeParse({ rating, comment });
    if (!parsed.success) {
      setFieldErrors(issuesOf(parsed.error));
      focusSummary();
      return;
    }
    setFieldErrors({});
    try {
      await give({ variables: { input: { sessionId: session.id, rating: parsed.data.rating, comment: parsed.data.comment } } });
      onDone();
    } catch (error) {
      const info = toApiError(error);
      setFieldErrors(issuesByField(info.fields));
      setApiError(info);
      focusSummary();
    }
  }

  const ratingError = errorOf('rating');
  return (
    <form className="form inline-panel" onSubmit={submit} noValidate aria-busy={loading || undefined} aria-labelledby={`${idPrefix}-title`}>
      <h4 id={`${idPrefix}-title`}>{t('mentoring.feedback.title')}</h4>
      <ErrorSummary items={summary} ref={summaryRef} />
      <fieldset
        className={ratingError ? 'rating-group field-invalid' : 'rating-group'}
        aria-describedby={ratingError ? `${idPrefix}-rating-error` : undefined}
      >
        <legend>{t('mentoring.feedback.rating')}</legend>
        {ratingError ? (
          <p className="field-error" id={`${idPrefix}-rating-error`}>
            {ratingError}
          </p>
        ) : null}
        {RATINGS.map((value) => (
          <div className="checkbox" key={value}>
            <input
              type="radio"
              id={`${idPrefix}-rating-${value}`}
              name={`${idPrefix}-rating`}
              value={value}
              checked={rating === value}
              onChange={() => setRating(value)}
              ref={value === 1 ? firstRef : undefined}
            />
            <label htmlFor={`${idPrefix}-rating-${value}`}>{t(`mentoring.feedback.ratings.${value}`)}</label>
          </div>
        ))}
      </fieldset>
      <TextAreaField
        id={`${idPrefix}-comment`}
        label={t('mentoring.feedback.comment')}
        hint={t('common.optional')}
        value={comment}
        onValueChange={setComment}
        error={errorOf('comment')}
        rows={3}
      />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? t('common.saving') : t('mentoring.feedback.send')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('mentoring.close')}
        </button>
      </div>
    </form>
  );
}
