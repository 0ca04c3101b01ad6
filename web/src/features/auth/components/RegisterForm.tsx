import { useMutation } from '@apollo/client/react';
import { AuthErrorReason, fieldIssues, RegionsErrorReason, registerRules, registerRulesWith } from '@living-lab/shared';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryItem } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/FormField';
import { RegionPicker } from '../../../components/RegionPicker';
import { currentLocale } from '../../../i18n/i18n';
import type { CurrentUser } from '../../../lib/auth';
import { type ApiError, errorMessage, issuesByField, toApiError } from '../../../lib/errors';
import { LoginMutation, RegisterMutation } from '../api/operations';
import { loadPasswordChecker } from './password-checker';

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
  [RegionsErrorReason.UNKNOWN_REGION]: 'regionCode',
};

export function RegisterForm({ onRegistered }: { onRegistered(token: string, user: CurrentUser): void }) {
  const { t } = useTranslation('auth');
  const [values, setValues] = useState({ fullName: '', email: '', password: '', nip: '', regionCode: '', agency: '' });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [register, { loading: registering }] = useMutation(RegisterMutation);
  const [signIn, { loading: signingIn }] = useMutation(LoginMutation);
  const [checking, setChecking] = useState(false);
  const [received, setReceived] = useState(false);
  const loading = registering || signingIn || checking;
  // Fetch the password checker while the person fills in the form.
  useEffect(() => {
    loadPasswordChecker().catch(() => undefined);
  }, []);
  const summaryRef = useRef<HTMLDivElement>(null);

  const set = (field: keyof typeof values) => (value: string) => setValues((previous) => ({ ...previous, [field]: value }));
  const focusSummary = () => requestAnimationFrame(() => summaryRef.current?.focus());

  async function submit(event: FormEvent) {
    event.preventDefault();
    setApiError(null);
    setReceived(false);
    setChecking(true);
    // Without the checker (offline), the server still checks the strength.
    const checker = await loadPasswordChecker().catch(() => null);
    setChecking(false);
    const parsed = (checker ? registerRulesWith(checker) : registerRules).safeParse({ ...values, locale: currentLocale() });
    if (!parsed.success) {
      setFieldErrors(issuesByField(fieldIssues(parsed.error)));
      focusSummary();
      return;
    }
    setFieldErrors({});
    try {
      const { nip, ...rest } = parsed.data;
      // The answer is the same whether or not the email already had an account; a new one signs in next.
      await register({ variables: { input: { ...rest, nip: nip ?? null } } });
    } catch (error) {
      const info = toApiError(error);
      setFieldErrors(issuesByField(info.fields));
      setApiError(info);
      focusSummary();
      return;
    }
    try {
      const { data } = await signIn({ variables: { input: { email: parsed.data.email, password: parsed.data.password } } });
      if (data) onRegistered(data.login.token, data.login.user);
    } catch (error) {
      const info = toApiError(error);
      // The email had an account (with another password): the same "received" text as for anyone, nothing more.
      if (info.reason === AuthErrorReason.INVALID_CREDENTIALS) setReceived(true);
      else setApiError(info);
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
          {checking ? t('auth.checkingPassword') : t('auth.submitting')}
        </p>
      ) : null}
      {received ? (
        <p role="status" className="state">
          {t('auth.checkEmail')}
        </p>
      ) : null}
    </form>
  );
}
