import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeading } from '../../../components/PageHeading';
import { EmptyState, ErrorState, LoadingState } from '../../../components/States';
import { useFormat } from '../../../lib/use-format';
import {
  MarkAllNotificationsReadMutation,
  MarkNotificationReadMutation,
  MyNotificationsQuery,
  UnreadNotificationCountQuery,
} from '../api/operations';
import { notificationText } from '../components/notification-text';
import '../notifications.css';

const PAGE_SIZE = 20;

/** /pemberitahuan: the signed-in user's notifications, newest first, a page at a time. */
export default function NotificationsPage() {
  const { t } = useTranslation('notifications');
  const format = useFormat();
  const [page, setPage] = useState(0);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [status, setStatus] = useState('');
  const variables = { offset: page * PAGE_SIZE, limit: PAGE_SIZE, unreadOnly };
  const { data, loading, error, refetch } = useQuery(MyNotificationsQuery, { variables, fetchPolicy: 'cache-and-network' });
  const refreshCount = [{ query: UnreadNotificationCountQuery }];
  const [markRead] = useMutation(MarkNotificationReadMutation, { refetchQueries: refreshCount });
  const [markAll, markingAll] = useMutation(MarkAllNotificationsReadMutation, {
    refetchQueries: [...refreshCount, { query: MyNotificationsQuery, variables }],
    awaitRefetchQueries: true,
  });
  const list = data?.myNotifications;
  const pages = Math.max(1, Math.ceil((list?.totalCount ?? 0) / PAGE_SIZE));
  // Role names are common texts (the notifications namespace falls back to common).
  const roleLabel = (role: string) => t(`roles.${role}`, { defaultValue: role });

  return (
    <>
      <PageHeading>{t('list.title')}</PageHeading>
      <p className="lead">{t('list.lead')}</p>
      <div className="notification-toolbar">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={unreadOnly}
            onChange={(event) => {
              setUnreadOnly(event.target.checked);
              setPage(0);
            }}
          />{' '}
          {t('list.unreadOnly')}
        </label>
        <button
          type="button"
          className="button button-secondary"
          disabled={markingAll.loading}
          onClick={() =>
            void markAll().then((result) => setStatus(t('list.markedAll', { count: result.data?.markAllNotificationsRead ?? 0 })))
          }
        >
          {t('list.markAll')}
        </button>
        <Link className="link-standalone" to="/pemberitahuan/pengaturan">
          {t('list.settings')}
        </Link>
      </div>
      <p role="status" aria-live="polite" className="muted">
        {status}
      </p>
      {!list && loading ? <LoadingState /> : null}
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {markingAll.error ? <ErrorState error={markingAll.error} /> : null}
      {list && list.items.length === 0 ? <EmptyState>{unreadOnly ? t('list.emptyUnread') : t('list.empty')}</EmptyState> : null}
      {list && list.items.length > 0 ? (
        <ul className="notification-list">
          {list.items.map((notification) => {
            const text = notificationText(t, notification.kind, notification.params, format, roleLabel);
            return (
              <li key={notification.id} className={notification.read ? 'notification' : 'notification notification-unread'}>
                <p className="notification-text">
                  {notification.read ? null : <span className="visually-hidden">{t('list.unread')}: </span>}
                  <Link
                    to={notification.link}
                    onClick={() => {
                      if (!notification.read) void markRead({ variables: { id: notification.id } });
                    }}
                  >
                    {text}
                  </Link>
                </p>
                <p className="notification-meta muted">
                  <time dateTime={notification.createdAt}>{format.dateTime(notification.createdAt)}</time>
                  {notification.read ? null : (
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      aria-label={`${t('list.markRead')}: ${text}`}
                      onClick={() => void markRead({ variables: { id: notification.id } })}
                    >
                      {t('list.markRead')}
                    </button>
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      ) : null}
      {list && pages > 1 ? (
        <nav aria-label={t('list.pagination')} className="notification-pager">
          <button type="button" className="button button-secondary" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {t('list.previous')}
          </button>
          <span>{t('list.page', { page: page + 1, pages })}</span>
          <button type="button" className="button button-secondary" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
            {t('list.next')}
          </button>
        </nav>
      ) : null}
    </>
  );
}
