import { useMutation } from '@apollo/client/react';
import { reasonRules } from '@living-lab/shared';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryItem } from '../../../components/ErrorSummary';
import { TextAreaField } from '../../../components/FormField';
import type { MentoringPairFieldsFragment } from '../../../gql/graphql';
import { type ApiError, issuesByField, toApiError, useErrorMessage } from '../../../lib/errors';
import { EndMentoringPairMutation } from '../api/operations';
import { useFocusOnMount } from './helpers';
import { issuesOf } from './validation';

/** A coordinator ends a pair as completed or cancelled, with a reason; its future sessions are cancelled. */
export function EndPairForm({ pair, onDone, onCancel }: { pair: MentoringPairFieldsFragment; onDone(): void; onCancel(): void }) {
  const { t } = useTranslation('mentoring');
  const errorText = useErrorMessage();
  const [status, setStatus] = useState<'COMPLETED' | 'CANCELLED'>('COMPLETED');
  const [reason, setReason] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const firstRef = useFocusOnMount<HTMLInputElement>();
  const [end, { loading }] = useMutation(EndMentoringPairMutation);
  const focusSummary = () => requestAnimationFrame(() => summaryRef.current?.focus());
  const summary: SummaryItem[] = Object.entries(fieldErrors).map(([, key]) => ({
    fieldId: 'end-pair-reason',
    message: t(`validation.${key}`),
  }));
  if (apiError) summary.push({ message: errorText(apiError) });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setApiError(null);
    const parsed = reasonRules.safeParse({ reason });
    if (!parsed.success) {
      setFieldErrors(issuesOf(parsed.error));
      focusSummary();
      return;
    }
    setFieldErrors({});
    try {
      await end({ variables: { input: { pairId: pair.id, status, reason: parsed.data.reason, version: pair.version } } });
      onDone();
    } catch (error) {
      const info = toApiError(error);
      setFieldErrors(issuesByField(info.fields));
      setApiError(info);
      focusSummary();
    }
  }

  return (
    <form className="form inline-panel" onSubmit={submit} noValidate aria-busy={loading || undefined} aria-labelledby="end-pair-title">
      <h3 id="end-pair-title">{t('mentoring.end.title')}</h3>
      <p>{t('mentoring.end.explain')}</p>
      <ErrorSummary items={summary} ref={summaryRef} />
      <fieldset>
        <legend>{t('mentoring.end.status')}</legend>
        {(['COMPLETED', 'CANCELLED'] as const).map((value, index) => (
          <div className="checkbox" key={value}>
            <input
              type="radio"
              id={`end-pair-${value}`}
              name="end-pair-status"
              checked={status === value}
              onChange={() => setStatus(value)}
              ref={index === 0 ? firstRef : undefined}
            />
            <label htmlFor={`end-pair-${value}`}>{t(`mentoring.pairStatus.${value}`)}</label>
          </div>
        ))}
      </fieldset>
      <TextAreaField
        id="end-pair-reason"
        label={t('mentoring.end.reason')}
        value={reason}
        onValueChange={setReason}
        error={fieldErrors.reason ? t(`validation.${fieldErrors.reason}`) : undefined}
        rows={3}
        required
      />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={loading}>
          {t('mentoring.end.confirm')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('mentoring.close')}
        </button>
      </div>
    </form>
  );
}
