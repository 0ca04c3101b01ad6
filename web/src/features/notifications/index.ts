/** The notifications feature's public API for the shell. */

export { UnreadNotificationCountQuery } from './api/operations';
export { NotificationBell } from './components/NotificationBell';
