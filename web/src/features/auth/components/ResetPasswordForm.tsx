import { useMutation } from '@apollo/client/react';
import { AuthErrorReason, fieldIssues, newPasswordRulesWith, resetPasswordRules } from '@living-lab/shared';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorSummary, type SummaryItem } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/FormField';
import { type ApiError, errorMessage, issuesByField, toApiError } from '../../../lib/errors';
import { ResetPasswordMutation } from '../api/operations';
import { loadPasswordChecker } from './password-checker';

/** The link's problems: the page then offers to ask for a new link. */
const LINK_REASONS: readonly string[] = [AuthErrorReason.TOKEN_INVALID, AuthErrorReason.TOKEN_EXPIRED, AuthErrorReason.TOKEN_USED];

/** A new password from a reset link, checked with the same rules as at registration. */
export function ResetPasswordForm({ token, onReset }: { token: string; onReset(email: string): void }) {
  const { t } = useTranslation('auth');
  const [newPassword, setNewPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [checking, setChecking] = useState(false);
  const [reset, { loading: saving }] = useMutation(ResetPasswordMutation);
  const loading = saving || checking;
  const summaryRef = useRef<HTMLDivElement>(null);
  const focusSummary = () => requestAnimationFrame(() => summaryRef.current?.focus());
  useEffect(() => {
    loadPasswordChecker().catch(() => undefined);
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setApiError(null);
    setChecking(true);
    // Without the checker (offline), the server still checks the strength.
    const checker = await loadPasswordChecker().catch(() => null);
    setChecking(false);
    const rules = checker ? newPasswordRulesWith(resetPasswordRules, checker, []) : resetPasswordRules;
    const parsed = rules.safeParse({ token, newPassword });
    if (!parsed.success) {
      setFieldErrors(issuesByField(fieldIssues(parsed.error)));
      focusSummary();
      return;
    }
    setFieldErrors({});
    try {
      const { data } = await reset({ variables: { input: parsed.data } });
      if (data) onReset(data.resetPassword.email);
    } catch (error) {
      const info = toApiError(error);
      setFieldErrors(issuesByField(info.fields));
      setApiError(info);
      focusSummary();
    }
  }

  const linkProblem = Boolean(fieldErrors.token) || (apiError?.reason !== undefined && LINK_REASONS.includes(apiError.reason));
  const summary: SummaryItem[] = [
    ...(fieldErrors.newPassword ? [{ fieldId: 'reset-password', message: t(`validation.${fieldErrors.newPassword}`) }] : []),
    ...(fieldErrors.token && !apiError ? [{ message: t(`validation.${fieldErrors.token}`) }] : []),
    ...(apiError?.fields.every((issue) => issue.field !== 'newPassword') ? [{ message: errorMessage(t, apiError) }] : []),
  ];

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={loading || undefined}>
      <ErrorSummary items={summary} ref={summaryRef} />
      {linkProblem ? (
        <p>
          <Link to="/lupa-kata-sandi">{t('recovery.askNewLink')}</Link>
        </p>
      ) : null}
      <TextField
        id="reset-password"
        label={t('recovery.newPassword')}
        hint={t('auth.passwordHint')}
        type="password"
        autoComplete="new-password"
        value={newPassword}
        onValueChange={setNewPassword}
        error={fieldErrors.newPassword ? t(`validation.${fieldErrors.newPassword}`) : undefined}
        required
      />
      <button type="submit" className="button button-primary" disabled={loading}>
        {t('recovery.resetButton')}
      </button>
      {loading ? (
        <p role="status" className="state">
          {checking ? t('auth.checkingPassword') : t('auth.submitting')}
        </p>
      ) : null}
    </form>
  );
}
