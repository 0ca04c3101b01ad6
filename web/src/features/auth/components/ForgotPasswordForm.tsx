import { useMutation } from '@apollo/client/react';
import { CommonErrorReason, fieldIssues, forgotPasswordRules } from '@living-lab/shared';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryItem } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/FormField';
import { type ApiError, errorMessage, issuesByField, toApiError } from '../../../lib/errors';
import { RequestPasswordResetMutation } from '../api/operations';

/**
 * "Lupa kata sandi": asks for a reset link. The server answers the same whether or not the address
 * has an account, so the page says "if it has one, a link is on its way" and nothing more.
 */
export function ForgotPasswordForm() {
  const { t } = useTranslation('auth');
  const [email, setEmail] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [request, { loading }] = useMutation(RequestPasswordResetMutation);
  const summaryRef = useRef<HTMLDivElement>(null);
  const focusSummary = () => requestAnimationFrame(() => summaryRef.current?.focus());

  async function submit(event: FormEvent) {
    event.preventDefault();
    setApiError(null);
    setSentTo(null);
    const parsed = forgotPasswordRules.safeParse({ email });
    if (!parsed.success) {
      setFieldErrors(issuesByField(fieldIssues(parsed.error)));
      focusSummary();
      return;
    }
    setFieldErrors({});
    try {
      await request({ variables: { input: { email: parsed.data.email } } });
      setSentTo(parsed.data.email);
    } catch (error) {
      const info = toApiError(error);
      setFieldErrors(issuesByField(info.fields));
      setApiError(info);
      focusSummary();
    }
  }

  const fieldText = (field: string) => (fieldErrors[field] ? t(`validation.${fieldErrors[field]}`) : undefined);
  const summary: SummaryItem[] = [
    ...(fieldErrors.email ? [{ fieldId: 'forgot-email', message: t(`validation.${fieldErrors.email}`) }] : []),
    ...(apiError && !(apiError.fields.length > 0 && apiError.reason === CommonErrorReason.INVALID_INPUT)
      ? [{ message: errorMessage(t, apiError) }]
      : []),
  ];

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={loading || undefined}>
      <ErrorSummary items={summary} ref={summaryRef} />
      <TextField
        id="forgot-email"
        label={t('auth.email')}
        hint={t('recovery.forgotEmailHint')}
        type="email"
        autoComplete="email"
        inputMode="email"
        value={email}
        onValueChange={setEmail}
        error={fieldText('email')}
        required
      />
      <button type="submit" className="button button-primary" disabled={loading}>
        {t('recovery.forgotButton')}
      </button>
      <p role="status" className="state">
        {loading ? t('auth.submitting') : sentTo ? t('recovery.forgotSent', { email: sentTo }) : ''}
      </p>
    </form>
  );
}
