import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUserFieldsFragment } from '../../../../gql/graphql';
import { useAuth } from '../../../../lib/auth';
import { toApiError } from '../../../../lib/errors';
import { useFormat } from '../../../../lib/use-format';
import { SendPasswordResetLinkMutation, SetUserActiveMutation } from '../api/operations';
import type { Feedback } from './feedback';

interface AccountControlsProps {
  user: AdminUserFieldsFragment;
  onFeedback(feedback: Feedback): void;
}

/**
 * The account's state (address confirmed or not, deactivated) and an admin's controls: deactivate
 * (asked to confirm first: the person is signed out everywhere at once) or reactivate, and mail a
 * password reset link.
 */
export function AccountControls({ user, onFeedback }: AccountControlsProps) {
  const { t } = useTranslation('users');
  const format = useFormat();
  const { user: viewer } = useAuth();
  const [confirming, setConfirming] = useState(false);
  const [setActive, { loading: switching }] = useMutation(SetUserActiveMutation);
  const [sendReset, { loading: sending }] = useMutation(SendPasswordResetLinkMutation);
  const deactivated = Boolean(user.deactivatedAt);
  const isSelf = viewer?.id === user.id;

  async function changeActive(active: boolean) {
    onFeedback(null);
    setConfirming(false);
    try {
      await setActive({ variables: { input: { userId: user.id, active } } });
      onFeedback({ kind: 'success', text: t(active ? 'account.reactivated' : 'account.deactivatedDone', { name: user.fullName }) });
    } catch (error) {
      onFeedback({ kind: 'error', error: toApiError(error) });
    }
  }

  async function mailResetLink() {
    onFeedback(null);
    try {
      await sendReset({ variables: { input: { userId: user.id } } });
      onFeedback({ kind: 'success', text: t('account.resetSent', { email: user.email }) });
    } catch (error) {
      onFeedback({ kind: 'error', error: toApiError(error) });
    }
  }

  return (
    <div className="account-controls">
      <p className="account-state">
        {user.emailVerifiedAt ? (
          <span className="badge">{t('account.verified')}</span>
        ) : (
          <span className="badge badge-warning">{t('account.unverified')}</span>
        )}
        {deactivated ? (
          <span className="badge badge-danger">
            {t('account.deactivatedSince', { when: format.dateTime(user.deactivatedAt as string) })}
          </span>
        ) : null}
      </p>
      {user.emailVerifiedAt ? null : <p className="field-hint">{t('account.unverifiedHint')}</p>}
      <div className="button-row">
        {deactivated ? (
          <button type="button" className="button button-secondary" disabled={switching} onClick={() => void changeActive(true)}>
            {t('account.reactivate')}
          </button>
        ) : isSelf ? null : confirming ? (
          <>
            <span id={`deactivate-${user.id}-question`}>{t('account.confirmDeactivate', { name: user.fullName })}</span>
            <button
              type="button"
              className="button button-danger"
              disabled={switching}
              aria-describedby={`deactivate-${user.id}-question`}
              onClick={() => void changeActive(false)}
            >
              {t('account.confirmYes')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>
              {t('account.cancel')}
            </button>
          </>
        ) : (
          <button type="button" className="button button-secondary" onClick={() => setConfirming(true)}>
            {t('account.deactivate')}
          </button>
        )}
        {deactivated ? null : (
          <button type="button" className="button button-secondary" disabled={sending} onClick={() => void mailResetLink()}>
            {t('account.sendReset')}
          </button>
        )}
      </div>
    </div>
  );
}
