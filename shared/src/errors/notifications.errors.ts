/** In-app notifications and their e-mail preferences. */
export enum NotificationsErrorReason {
  NOTIFICATION_NOT_FOUND = 'NOTIFICATION_NOT_FOUND',
  UNKNOWN_NOTIFICATION_KIND = 'UNKNOWN_NOTIFICATION_KIND',
  UNKNOWN_EMAIL_DELIVERY = 'UNKNOWN_EMAIL_DELIVERY',
}
