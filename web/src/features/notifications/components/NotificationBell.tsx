import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router-dom';
import { UnreadNotificationCountQuery } from '../api/operations';
import '../notifications.css';

/** Refreshed every minute: one indexed count on the server, cheap on a slow connection. */
const POLL_MS = 60_000;

/** The shell's bell: a link to the notifications with the unread count, read out by screen readers. */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const { data, refetch } = useQuery(UnreadNotificationCountQuery, { pollInterval: POLL_MS, fetchPolicy: 'cache-and-network' });
  // Also refreshed on every page change, so what happened meanwhile shows as soon as the user moves on.
  const { pathname } = useLocation();
  const shownFor = useRef(pathname);
  useEffect(() => {
    if (shownFor.current === pathname) return;
    shownFor.current = pathname;
    void refetch();
  }, [pathname, refetch]);
  const unread = data?.myUnreadNotificationCount ?? 0;
  return (
    <NavLink
      to="/pemberitahuan"
      className="notification-bell button button-secondary button-small"
      aria-label={t('bell.label', { count: unread })}
    >
      <svg
        aria-hidden="true"
        focusable="false"
        width="18"
        height="18"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 ? (
        <span className="notification-count" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </NavLink>
  );
}
