import { useMutation } from '@apollo/client/react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryItem } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/FormField';
import { errorMessage, toApiError } from '../../../lib/errors';
import { formatIndex, parseIndex } from '../../../lib/spbe-format';
import { RecordPublishedSpbeScoreMutation } from '../api/operations';

type Field = 'year' | 'index' | 'source';
const FIELD_IDS: Record<Field, string> = { year: 'spbe-score-year', index: 'spbe-score-index', source: 'spbe-score-source' };
const FIELDS = Object.keys(FIELD_IDS) as Field[];

interface Props {
  regionCode: string;
  /** Refetches the region summary so the trend table and chart show the new value. */
  onSaved(): Promise<unknown>;
}

/** Coordinators of the region and admins record an officially published index value. */
export function PublishedScoreForm({ regionCode, onSaved }: Props) {
  const { t, i18n } = useTranslation('assessments');
  const [values, setValues] = useState<Record<Field, string>>({ year: String(new Date().getFullYear() - 1), index: '', source: '' });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState('');
  const [notice, setNotice] = useState('');
  const [record, recording] = useMutation(RecordPublishedSpbeScoreMutation);
  const summaryRef = useRef<HTMLDivElement>(null);

  const items: SummaryItem[] = [
    ...(problem ? [{ message: problem }] : []),
    ...FIELDS.filter((field) => fieldErrors[field]).map((field) => ({ fieldId: FIELD_IDS[field], message: fieldErrors[field] ?? '' })),
  ];
  // Counts failed submits, so that every failure moves focus to the summary.
  const [failures, setFailures] = useState(0);
  useEffect(() => {
    if (failures > 0) summaryRef.current?.focus();
  }, [failures]);

  const set = (field: Field) => (value: string) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    setNotice('');
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice('');
    setProblem('');
    const year = Number(values.year.trim());
    const index = parseIndex(values.index, i18n.language);
    const source = values.source.trim();
    const local: Partial<Record<Field, string>> = {};
    if (!/^\d{4}$/.test(values.year.trim()) || year < 2000 || year > 2100) local.year = t('scoreForm.invalidYear');
    if (index === null) local.index = t('scoreForm.invalidIndex');
    if (!source) local.source = t('scoreForm.sourceRequired');
    setFieldErrors(local);
    if (Object.keys(local).length > 0 || index === null) {
      setFailures((n) => n + 1);
      return;
    }
    try {
      const result = await record({ variables: { input: { regionCode, year, index, source } } });
      const saved = result.data?.recordPublishedSpbeScore;
      if (!saved) throw new Error('No score returned');
      setValues((previous) => ({ ...previous, index: '', source: '' }));
      setNotice(t('scoreForm.saved', { year: saved.year, index: formatIndex(saved.index, i18n.language) }));
      await onSaved();
    } catch (failure) {
      const info = toApiError(failure);
      const server: Partial<Record<Field, string>> = {};
      for (const issue of info.fields)
        if ((FIELDS as string[]).includes(issue.field) && !server[issue.field as Field])
          server[issue.field as Field] = t(`validation.${issue.message}`);
      setFieldErrors(server);
      if (Object.keys(server).length === 0 || info.code !== 'BAD_USER_INPUT') setProblem(errorMessage(t, info));
      setFailures((n) => n + 1);
    }
  };

  return (
    <section className="card spbe-section" aria-labelledby="spbe-score-form-title">
      <h2 id="spbe-score-form-title">{t('scoreForm.title')}</h2>
      <form
        onSubmit={(event) => void onSubmit(event)}
        noValidate
        aria-labelledby="spbe-score-form-title"
        aria-busy={recording.loading || undefined}
      >
        <ErrorSummary ref={summaryRef} items={items} />
        <TextField
          id={FIELD_IDS.year}
          label={t('scoreForm.year')}
          error={fieldErrors.year}
          type="number"
          inputMode="numeric"
          min={2000}
          max={2100}
          step={1}
          required
          value={values.year}
          onValueChange={set('year')}
        />
        <TextField
          id={FIELD_IDS.index}
          label={t('scoreForm.index')}
          hint={t('scoreForm.indexHint')}
          error={fieldErrors.index}
          inputMode="decimal"
          autoComplete="off"
          required
          value={values.index}
          onValueChange={set('index')}
        />
        <TextField
          id={FIELD_IDS.source}
          label={t('scoreForm.source')}
          hint={t('scoreForm.sourceHint')}
          error={fieldErrors.source}
          maxLength={300}
          required
          value={values.source}
          onValueChange={set('source')}
        />
        <button type="submit" className="button" disabled={recording.loading}>
          {t('scoreForm.save')}
        </button>
        <p role="status" className={notice ? 'notice notice-success' : 'visually-hidden'}>
          {notice}
        </p>
      </form>
    </section>
  );
}
