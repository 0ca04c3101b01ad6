import { useMutation } from '@apollo/client/react';
import { ROLES, type Role } from '@living-lab/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUserFieldsFragment } from '../../../../gql/graphql';
import { toApiError } from '../../../../lib/errors';
import { SetUserRolesMutation } from '../api/operations';
import type { Feedback } from './feedback';

interface UserRolesEditorProps {
  /** The user as loaded; the change is based on its version. */
  user: AdminUserFieldsFragment;
  onFeedback(feedback: Feedback): void;
}

export function UserRolesEditor({ user, onFeedback }: UserRolesEditorProps) {
  const { t } = useTranslation('users');
  const [selected, setSelected] = useState<Set<Role>>(() => new Set<Role>([...(user.roles as Role[]), 'LEARNER']));
  const [save, { loading }] = useMutation(SetUserRolesMutation);
  const idBase = `roles-${user.id}`;

  function toggle(role: Role, on: boolean) {
    setSelected((previous) => {
      const next = new Set(previous);
      if (on) next.add(role);
      else next.delete(role);
      next.add('LEARNER');
      return next;
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    onFeedback(null);
    try {
      await save({ variables: { input: { userId: user.id, roles: ROLES.filter((role) => selected.has(role)), version: user.version } } });
      onFeedback({ kind: 'success', text: t('admin.rolesSaved', { name: user.fullName }) });
    } catch (error) {
      onFeedback({ kind: 'error', error: toApiError(error) });
    }
  }

  return (
    <form onSubmit={submit} className="inline-form" aria-busy={loading || undefined}>
      <fieldset>
        <legend>{t('admin.rolesLegend')}</legend>
        <p className="field-hint" id={`${idBase}-hint`}>
          {t('admin.learnerAlways')}
        </p>
        <div className="checkbox-row">
          {ROLES.map((role) => (
            <div className="checkbox" key={role}>
              <input
                type="checkbox"
                id={`${idBase}-${role}`}
                checked={selected.has(role)}
                disabled={role === 'LEARNER'}
                aria-describedby={role === 'LEARNER' ? `${idBase}-hint` : undefined}
                onChange={(event) => toggle(role, event.target.checked)}
              />
              <label htmlFor={`${idBase}-${role}`}>{t(`roles.${role}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="button button-primary" disabled={loading}>
        {t('admin.saveRoles')}
      </button>
    </form>
  );
}
