/** The admin e-mail Outbox. */
export enum MailErrorReason {
  MAIL_NOT_FOUND = 'MAIL_NOT_FOUND',
  /** Only a FAILED message can be queued again; params.status: its status now. */
  MAIL_NOT_RETRYABLE = 'MAIL_NOT_RETRYABLE',
}
