import { useQuery } from '@apollo/client/react';
import { ROLES, type Role } from '@living-lab/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../../components/FormField';
import { PageHeading } from '../../../../components/PageHeading';
import { Pager } from '../../../../components/Pager';
import { EmptyState, ErrorState, LoadingState } from '../../../../components/States';
import { useCan } from '../../../../lib/use-can';
import { UsersQuery } from '../api/operations';
import { UserCard } from '../components/UserCard';
import '../../users.css';

export const PAGE_SIZE = 10;

export default function AdminUsersPage() {
  const { t } = useTranslation('users');
  const can = useCan();

  return (
    <>
      <PageHeading>{t('admin.title')}</PageHeading>
      {can('manageUsers') ? (
        <UserAdministration />
      ) : (
        <p className="notice notice-error" role="alert">
          {t('admin.noAccess')}
        </p>
      )}
    </>
  );
}

function UserAdministration() {
  const { t } = useTranslation('users');
  const [searchText, setSearchText] = useState('');
  const [roleText, setRoleText] = useState('');
  const [filters, setFilters] = useState<{ search?: string; role?: Role }>({});
  const [offset, setOffset] = useState(0);
  const { data, previousData, loading, error, refetch } = useQuery(UsersQuery, {
    variables: { ...filters, limit: PAGE_SIZE, offset },
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.users;

  function search(event: FormEvent) {
    event.preventDefault();
    setOffset(0);
    setFilters({
      search: searchText.trim() || undefined,
      role: (ROLES as readonly string[]).includes(roleText) ? (roleText as Role) : undefined,
    });
  }

  const total = page?.totalCount ?? 0;

  return (
    <>
      <p className="lead">{t('admin.lead')}</p>
      {/* biome-ignore lint/a11y/useSemanticElements: older browsers (and jsdom) do not know <search> yet */}
      <div role="search">
        <form className="filters" onSubmit={search}>
          <TextField
            id="admin-search"
            label={t('admin.search')}
            hint={t('admin.searchHint')}
            type="search"
            value={searchText}
            onValueChange={setSearchText}
          />
          <SelectField id="admin-role" label={t('admin.roleFilter')} value={roleText} onValueChange={setRoleText}>
            <option value="">{t('admin.allRoles')}</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="button button-primary">
            {t('admin.searchButton')}
          </button>
        </form>
      </div>
      <div aria-busy={loading || undefined} className="user-results">
        <p role="status" className="status-text">
          {loading ? t('common.loading') : page ? t('admin.total', { count: total }) : ''}
        </p>
        {loading && !page ? <LoadingState /> : null}
        {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
        {page && page.items.length === 0 ? <EmptyState>{t('admin.empty')}</EmptyState> : null}
        {page && page.items.length > 0 ? (
          <>
            <p className="muted">{t('admin.showing', { from: offset + 1, to: offset + page.items.length, total })}</p>
            <ul className="user-list">
              {page.items.map((item) => (
                <li key={item.id}>
                  <UserCard user={item} onReload={() => refetch()} />
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <Pager
          page={Math.floor(offset / PAGE_SIZE) + 1}
          pageSize={PAGE_SIZE}
          total={total}
          label={t('admin.pagination')}
          onPage={(next) => setOffset((next - 1) * PAGE_SIZE)}
        />
      </div>
    </>
  );
}
