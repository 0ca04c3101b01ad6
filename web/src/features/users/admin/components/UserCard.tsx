import { can } from '@living-lab/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUserFieldsFragment } from '../../../../gql/graphql';
import { errorMessage, isConflict } from '../../../../lib/errors';
import { regionLabel } from '../../../../lib/regions';
import { AccountControls } from './AccountControls';
import { CoordinatorRegionsEditor } from './CoordinatorRegionsEditor';
import type { Feedback } from './feedback';
import { UserRolesEditor } from './UserRolesEditor';

interface UserCardProps {
  user: AdminUserFieldsFragment;
  /** Loads the list again, e.g. after a conflict. */
  onReload(): Promise<unknown>;
}

export function UserCard({ user, onReload }: UserCardProps) {
  const { t } = useTranslation('users');
  const [feedback, setFeedback] = useState<Feedback>(null);
  const headingId = `user-${user.id}-name`;
  const conflict = feedback?.kind === 'error' && isConflict(feedback.error);

  return (
    <article className="card user-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{user.fullName}</h2>
      <p className="user-meta">
        <span>{user.email}</span>
        <span>{regionLabel(user.region, t)}</span>
        <span>{user.agency}</span>
      </p>
      <AccountControls user={user} onFeedback={setFeedback} />
      {/* Editors restart from the server's values whenever the user's version changes. */}
      <UserRolesEditor key={`roles-${user.version}`} user={user} onFeedback={setFeedback} />
      {can(user.roles, 'beGivenRegions') ? (
        <CoordinatorRegionsEditor key={`regions-${user.version}`} user={user} onFeedback={setFeedback} />
      ) : null}
      <p role="status" className="status-text">
        {feedback?.kind === 'success' ? feedback.text : ''}
      </p>
      {feedback?.kind === 'error' ? (
        <div className="notice notice-error" role="alert">
          <p>{conflict ? t('admin.conflict') : errorMessage(t, feedback.error)}</p>
          {conflict ? (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                void onReload().then(() => setFeedback(null));
              }}
            >
              {t('admin.reload')}
            </button>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
