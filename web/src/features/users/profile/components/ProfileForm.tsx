import { useMutation } from '@apollo/client/react';
import { fieldIssues, LOCALES, type Locale, profileRules } from '@living-lab/shared';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryItem } from '../../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../../components/FormField';
import type { CurrentUser } from '../../../../lib/auth';
import { INDONESIAN_TIME_ZONES } from '../../../../lib/dates';
import { type ApiError, errorMessage, isConflict, issuesByField, toApiError } from '../../../../lib/errors';
import { UpdateMyProfileMutation } from '../api/operations';

const FIELD_IDS: Record<string, string> = {
  fullName: 'profile-fullName',
  nip: 'profile-nip',
  regionCode: 'profile-region',
  agency: 'profile-agency',
  locale: 'profile-locale',
  timeZone: 'profile-timeZone',
};

interface ProfileFormProps {
  /** The profile as loaded; its version is sent with the change. */
  user: CurrentUser;
  onSaved(user: CurrentUser): void;
  onReload(): void;
}

export function ProfileForm({ user, onSaved, onReload }: ProfileFormProps) {
  const { t } = useTranslation('users');
  const [values, setValues] = useState({
    fullName: user.fullName,
    nip: user.nip ?? '',
    regionCode: user.regionCode,
    agency: user.agency,
    locale: user.locale as string,
    timeZone: user.timeZone,
  });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [update, { loading }] = useMutation(UpdateMyProfileMutation);
  const summaryRef = useRef<HTMLDivElement>(null);
  const set = (field: keyof typeof values) => (value: string) => setValues((previous) => ({ ...previous, [field]: value }));
  const focusSummary = () => requestAnimationFrame(() => summaryRef.current?.focus());

  async function submit(event: FormEvent) {
    event.preventDefault();
    setApiError(null);
    const parsed = profileRules.safeParse(values);
    if (!parsed.success) {
      setFieldErrors(issuesByField(fieldIssues(parsed.error)));
      focusSummary();
      return;
    }
    setFieldErrors({});
    try {
      const { nip, ...rest } = parsed.data;
      const { data } = await update({ variables: { input: { ...rest, nip: nip ?? null, version: user.version } } });
      if (data) onSaved(data.updateMyProfile);
    } catch (error) {
      const info = toApiError(error);
      setFieldErrors(issuesByField(info.fields));
      setApiError(info);
      if (!isConflict(info)) focusSummary();
    }
  }

  const fieldText = (field: string) => (fieldErrors[field] ? t(`validation.${fieldErrors[field]}`) : undefined);
  const summary: SummaryItem[] = Object.keys(FIELD_IDS).flatMap((field) =>
    fieldErrors[field] ? [{ fieldId: FIELD_IDS[field], message: t(`validation.${fieldErrors[field]}`) }] : [],
  );
  const conflict = isConflict(apiError);
  if (apiError && !conflict && apiError.fields.length === 0) summary.push({ message: errorMessage(t, apiError) });

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={loading || undefined}>
      {conflict ? (
        <div className="notice notice-error" role="alert">
          <p>{t('profile.conflict')}</p>
          <button type="button" className="button button-secondary" onClick={onReload}>
            {t('profile.reload')}
          </button>
        </div>
      ) : null}
      <ErrorSummary items={summary} ref={summaryRef} />
      <TextField
        id={FIELD_IDS.fullName}
        label={t('profile.fullName')}
        autoComplete="name"
        value={values.fullName}
        onValueChange={set('fullName')}
        error={fieldText('fullName')}
        required
      />
      <TextField
        id={FIELD_IDS.nip}
        label={t('profile.nipField')}
        hint={t('profile.nipHint')}
        inputMode="numeric"
        value={values.nip}
        onValueChange={set('nip')}
        error={fieldText('nip')}
      />
      <TextField
        id={FIELD_IDS.agency}
        label={t('profile.agency')}
        autoComplete="organization"
        value={values.agency}
        onValueChange={set('agency')}
        error={fieldText('agency')}
        required
      />
      <SelectField
        id={FIELD_IDS.locale}
        label={t('profile.locale')}
        value={values.locale}
        onValueChange={set('locale')}
        error={fieldText('locale')}
      >
        {LOCALES.map((locale: Locale) => (
          <option key={locale} value={locale} lang={locale}>
            {t(`language.${locale}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={FIELD_IDS.timeZone}
        label={t('profile.timeZone')}
        value={values.timeZone}
        onValueChange={set('timeZone')}
        error={fieldText('timeZone')}
      >
        {(INDONESIAN_TIME_ZONES as readonly string[]).includes(values.timeZone) ? null : (
          <option value={values.timeZone}>{values.timeZone}</option>
        )}
        {INDONESIAN_TIME_ZONES.map((zone) => (
          <option key={zone} value={zone}>
            {t(`timeZones.${zone}`)}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="button button-primary" disabled={loading}>
        {loading ? t('common.saving') : t('profile.save')}
      </button>
    </form>
  );
}
