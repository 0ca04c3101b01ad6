import { useMutation } from '@apollo/client/react';
import { fieldIssues, RegionsErrorReason, registerRules, UsersErrorReason } from '@living-lab/shared';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryItem } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/FormField';
import { RegionPicker } from '../../../components/RegionPicker';
import { currentLocale } from '../../../i18n/i18n';
import type { CurrentUser } from '../../../lib/auth';
import { type ApiError, errorMessage, issuesByField, toApiError } from '../../../lib/errors';
import { RegisterMutation } from '../api/operations';

/** Field name (as in the shared rules and the server's field issues) -> input id. */
const FIELD_IDS: Record<string, string> = {
  fullName: 'register-fullName',
  email: 'register-email',
  password: 'register-password',
  nip: 'register-nip',
  regionCode: 'register-region',
  agency: 'register-agency',
};
const FIELD_ORDER = Object.keys(FIELD_IDS);

/** Reasons that belong to one field: shown next to it as well as in the summary. */
const REASON_FIELD: Record<string, string> = {
  [UsersErrorReason.EMAIL_TAKEN]: 'email',
  [UsersErrorReason.NIP_TAKEN]: 'nip',
  [RegionsErrorReason.UNKNOWN_REGION]: 'regionCode',
};

export function RegisterForm({ onRegistered }: { onRegistered(token: string, user: CurrentUser): void }) {
  const { t } = useTranslation('auth');
  const [values, setValues] = useState({ fullName: '', email: '', password: '', nip: '', regionCode: '', agency: '' });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [register, { loading }] = useMutation(RegisterMutation);
  const summaryRef = useRef<HTMLDivElement>(null);

  const set = (field: keyof typeof values) => (value: string) => setValues((previous) => ({ ...previous, [field]: value }));
  const focusSummary = () => requestAnimationFrame(() => summaryRef.current?.focus());

  async function submit(event: FormEvent) {
    event.preventDefault();
    setApiError(null);
    const parsed = registerRules.safeParse({ ...values, locale: currentLocale() });
    if (!parsed.success) {
      setFieldErrors(issuesByField(fieldIssues(parsed.error)));
      focusSummary();
      return;
    }
    setFieldErrors({});
    try {
      const { nip, ...rest } = parsed.data;
      const { data } = await register({ variables: { input: { ...rest, nip: nip ?? null } } });
      if (data) onRegistered(data.register.token, data.register.user);
    } catch (error) {
      const info = toApiError(error);
      setFieldErrors(issuesByField(info.fields));
      setApiError(info);
      focusSummary();
    }
  }

  // A reason tied to a field (EMAIL_TAKEN) is shown at that field; validation keys come from the shared rules.
  const reasonField = apiError?.reason ? REASON_FIELD[apiError.reason] : undefined;
  const fieldText = (field: string): string | undefined => {
    if (fieldErrors[field]) return t(`validation.${fieldErrors[field]}`);
    if (apiError && reasonField === field) return errorMessage(t, apiError);
    return undefined;
  };
  const summary: SummaryItem[] = FIELD_ORDER.flatMap((field) => {
    const message = fieldText(field);
    return message ? [{ fieldId: FIELD_IDS[field], message }] : [];
  });
  if (apiError && !reasonField && apiError.fields.length === 0) summary.push({ message: errorMessage(t, apiError) });

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={loading || undefined}>
      <ErrorSummary items={summary} ref={summaryRef} />
      <TextField
        id={FIELD_IDS.fullName}
        label={t('auth.fullName')}
        autoComplete="name"
        value={values.fullName}
        onValueChange={set('fullName')}
        error={fieldText('fullName')}
        required
      />
      <TextField
        id={FIELD_IDS.email}
        label={t('auth.email')}
        type="email"
        inputMode="email"
        autoComplete="email"
        value={values.email}
        onValueChange={set('email')}
        error={fieldText('email')}
        required
      />
      <TextField
        id={FIELD_IDS.password}
        label={t('auth.password')}
        hint={t('auth.passwordHint')}
        type="password"
        autoComplete="new-password"
        value={values.password}
        onValueChange={set('password')}
        error={fieldText('password')}
        required
      />
      <TextField
        id={FIELD_IDS.nip}
        label={t('auth.nip')}
        hint={t('auth.nipHint')}
        inputMode="numeric"
        autoComplete="off"
        value={values.nip}
        onValueChange={set('nip')}
        error={fieldText('nip')}
      />
      <RegionPicker idPrefix="register" value={values.regionCode} onChange={set('regionCode')} error={fieldText('regionCode')} />
      <TextField
        id={FIELD_IDS.agency}
        label={t('auth.agency')}
        hint={t('auth.agencyHint')}
        autoComplete="organization"
        value={values.agency}
        onValueChange={set('agency')}
        error={fieldText('agency')}
        required
      />
      <button type="submit" className="button button-primary" disabled={loading}>
        {t('auth.registerButton')}
      </button>
      {loading ? (
        <p role="status" className="state">
          {t('auth.submitting')}
        </p>
      ) : null}
    </form>
  );
}
