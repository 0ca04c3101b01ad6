import { useMutation } from '@apollo/client/react';
import { changePasswordRules, fieldIssues, newPasswordRulesWith, passwordUserInputs } from '@living-lab/shared';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryItem } from '../../../../components/ErrorSummary';
import { TextField } from '../../../../components/FormField';
import { type CurrentUser, useAuth } from '../../../../lib/auth';
import { type ApiError, errorMessage, issuesByField, toApiError } from '../../../../lib/errors';
import { loadPasswordChecker } from '../../../auth';
import { ChangePasswordMutation } from '../api/operations';

const FIELD_IDS: Record<string, string> = { currentPassword: 'password-current', newPassword: 'password-new' };

/**
 * Changes the password (the current one is needed). The server ends every other session and gives
 * this one a new token, which is stored at once so the page stays signed in.
 */
export function ChangePasswordForm({ user }: { user: CurrentUser }) {
  const { t } = useTranslation('users');
  const { login } = useAuth();
  const [values, setValues] = useState({ currentPassword: '', newPassword: '' });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [changed, setChanged] = useState(false);
  const [checking, setChecking] = useState(false);
  const [change, { loading: saving }] = useMutation(ChangePasswordMutation);
  const loading = saving || checking;
  const summaryRef = useRef<HTMLDivElement>(null);
  const set = (field: keyof typeof values) => (value: string) => setValues((previous) => ({ ...previous, [field]: value }));
  const focusSummary = () => requestAnimationFrame(() => summaryRef.current?.focus());

  async function submit(event: FormEvent) {
    event.preventDefault();
    setApiError(null);
    setChanged(false);
    setChecking(true);
    const checker = await loadPasswordChecker().catch(() => null);
    setChecking(false);
    const rules = checker ? newPasswordRulesWith(changePasswordRules, checker, passwordUserInputs(user)) : changePasswordRules;
    const parsed = rules.safeParse(values);
    if (!parsed.success) {
      setFieldErrors(issuesByField(fieldIssues(parsed.error)));
      focusSummary();
      return;
    }
    setFieldErrors({});
    try {
      const { data } = await change({ variables: { input: parsed.data } });
      if (!data) return;
      login(data.changePassword.token, data.changePassword.user);
      setValues({ currentPassword: '', newPassword: '' });
      setChanged(true);
    } catch (error) {
      const info = toApiError(error);
      setFieldErrors(issuesByField(info.fields));
      setApiError(info);
      focusSummary();
    }
  }

  const fieldText = (field: string) => (fieldErrors[field] ? t(`validation.${fieldErrors[field]}`) : undefined);
  const summary: SummaryItem[] = Object.keys(FIELD_IDS).flatMap((field) =>
    fieldErrors[field] ? [{ fieldId: FIELD_IDS[field], message: t(`validation.${fieldErrors[field]}`) }] : [],
  );
  if (apiError && apiError.fields.length === 0) summary.push({ message: errorMessage(t, apiError) });

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={loading || undefined}>
      <ErrorSummary items={summary} ref={summaryRef} />
      {/* A hidden username lets password managers file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={user.email} readOnly hidden />
      <TextField
        id={FIELD_IDS.currentPassword}
        label={t('password.current')}
        type="password"
        autoComplete="current-password"
        value={values.currentPassword}
        onValueChange={set('currentPassword')}
        error={fieldText('currentPassword')}
        required
      />
      <TextField
        id={FIELD_IDS.newPassword}
        label={t('password.new')}
        hint={t('password.newHint')}
        type="password"
        autoComplete="new-password"
        value={values.newPassword}
        onValueChange={set('newPassword')}
        error={fieldText('newPassword')}
        required
      />
      <button type="submit" className="button button-primary" disabled={loading}>
        {loading ? t('common.saving') : t('password.save')}
      </button>
      <p role="status" className="status-text">
        {changed ? t('password.changed') : ''}
      </p>
    </form>
  );
}
