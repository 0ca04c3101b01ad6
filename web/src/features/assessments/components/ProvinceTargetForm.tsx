import { useMutation } from '@apollo/client/react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryItem } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/FormField';
import { errorMessage, isConflict, issuesByField, toApiError } from '../../../lib/errors';
import { formatIndex, parseIndex } from '../../../lib/spbe-format';
import { SetSpbeTargetMutation } from '../api/operations';
import '../assessments.css';

/** The version of the seeded target: the first save of a page edits it. */
const SEEDED_VERSION = 1;

interface Props {
  provinceCode: string;
  /** The target the overview shows now. */
  current: number;
  /** Refetches the overview so gaps and the table follow the new target. */
  onSaved(): Promise<unknown>;
}

/** ADMIN only: sets the province's SPBE target (optimistic locking on the target's version). */
export function ProvinceTargetForm({ provinceCode, current, onSaved }: Props) {
  const { t, i18n } = useTranslation('assessments');
  const [value, setValue] = useState(() => formatIndex(current, i18n.language));
  // The version the last successful save returned; before any save, the seeded one.
  const [version, setVersion] = useState<number | null>(null);
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [fieldError, setFieldError] = useState('');
  const [notice, setNotice] = useState('');
  const [save, saving] = useMutation(SetSpbeTargetMutation);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (errors.length > 0) summaryRef.current?.focus();
  }, [errors]);

  const fail = (message: string, onField = false) => {
    setFieldError(onField ? message : '');
    setErrors([{ fieldId: onField ? 'spbe-target-value' : undefined, message }]);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice('');
    const target = parseIndex(value, i18n.language);
    if (target === null) {
      fail(t('targetForm.invalidTarget'), true);
      return;
    }
    setErrors([]);
    setFieldError('');
    const send = (sentVersion: number | null) => save({ variables: { provinceCode, target, version: sentVersion } });
    try {
      let result: Awaited<ReturnType<typeof send>>;
      try {
        result = await send(version ?? SEEDED_VERSION);
      } catch (failure) {
        // A province without a stored target yet (only the seeded one has version 1): create it.
        if (version !== null || !isConflict(toApiError(failure))) throw failure;
        result = await send(null);
      }
      const saved = result.data?.setSpbeTarget;
      if (!saved) throw new Error('No target returned');
      setVersion(saved.version);
      setValue(formatIndex(saved.target, i18n.language));
      setNotice(t('targetForm.saved', { target: formatIndex(saved.target, i18n.language) }));
      await onSaved();
    } catch (failure) {
      const info = toApiError(failure);
      if (isConflict(info) || info.code === 'CONFLICT') {
        fail(t('targetForm.conflict'));
        return;
      }
      const byField = issuesByField(info.fields);
      if (byField.target) fail(t(`validation.${byField.target}`), true);
      else fail(errorMessage(t, info));
    }
  };

  return (
    <section className="card spbe-section" aria-labelledby="spbe-target-form-title">
      <h2 id="spbe-target-form-title">{t('targetForm.title')}</h2>
      <form
        onSubmit={(event) => void onSubmit(event)}
        noValidate
        aria-labelledby="spbe-target-form-title"
        aria-busy={saving.loading || undefined}
      >
        <ErrorSummary ref={summaryRef} items={errors} />
        <TextField
          id="spbe-target-value"
          label={t('targetForm.target')}
          hint={t('targetForm.targetHint')}
          error={fieldError || undefined}
          inputMode="decimal"
          autoComplete="off"
          required
          value={value}
          onValueChange={(next) => {
            setValue(next);
            setNotice('');
          }}
        />
        <button type="submit" className="button" disabled={saving.loading}>
          {t('targetForm.save')}
        </button>
        <p role="status" className={notice ? 'notice notice-success' : 'visually-hidden'}>
          {notice}
        </p>
      </form>
    </section>
  );
}
