import { useMutation } from '@apollo/client/react';
import { CommonErrorReason, fieldIssues, loginRules } from '@living-lab/shared';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryItem } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/FormField';
import type { CurrentUser } from '../../../lib/auth';
import { type ApiError, errorMessage, issuesByField, toApiError } from '../../../lib/errors';
import { LoginMutation } from '../api/operations';

const FIELD_IDS: Record<string, string> = { email: 'login-email', password: 'login-password' };

export function LoginForm({ onSignedIn }: { onSignedIn(token: string, user: CurrentUser): void }) {
  const { t } = useTranslation('auth');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [login, { loading }] = useMutation(LoginMutation);
  const summaryRef = useRef<HTMLDivElement>(null);

  const focusSummary = () => requestAnimationFrame(() => summaryRef.current?.focus());

  async function submit(event: FormEvent) {
    event.preventDefault();
    setApiError(null);
    const parsed = loginRules.safeParse({ email, password });
    if (!parsed.success) {
      setFieldErrors(issuesByField(fieldIssues(parsed.error)));
      focusSummary();
      return;
    }
    setFieldErrors({});
    try {
      const { data } = await login({ variables: { input: parsed.data } });
      if (data) onSignedIn(data.login.token, data.login.user);
    } catch (error) {
      const info = toApiError(error);
      setFieldErrors(issuesByField(info.fields));
      setApiError(info);
      focusSummary();
    }
  }

  const fieldText = (field: string) => (fieldErrors[field] ? t(`validation.${fieldErrors[field]}`) : undefined);
  const summary: SummaryItem[] = [
    ...Object.keys(fieldErrors).map((field) => ({ fieldId: FIELD_IDS[field], message: t(`validation.${fieldErrors[field]}`) })),
    ...(apiError && !(apiError.fields.length > 0 && apiError.reason === CommonErrorReason.INVALID_INPUT)
      ? [{ message: errorMessage(t, apiError) }]
      : []),
  ];

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={loading || undefined}>
      <ErrorSummary items={summary} ref={summaryRef} />
      <TextField
        id="login-email"
        label={t('auth.email')}
        type="email"
        autoComplete="email"
        inputMode="email"
        value={email}
        onValueChange={setEmail}
        error={fieldText('email')}
        required
      />
      <TextField
        id="login-password"
        label={t('auth.password')}
        type="password"
        autoComplete="current-password"
        value={password}
        onValueChange={setPassword}
        error={fieldText('password')}
        required
      />
      <button type="submit" className="button button-primary" disabled={loading}>
        {t('auth.loginButton')}
      </button>
      {loading ? (
        <p role="status" className="state">
          {t('auth.submitting')}
        </p>
      ) : null}
    </form>
  );
}
