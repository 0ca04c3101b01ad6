/**
 * A message the platform sends. The mail feature renders `body` into a multipart text + HTML
 * e-mail in `locale` (the recipient's language), so callers give texts already translated.
 */
export interface OutgoingMail {
  /** Recipient's address. */
  to: string;
  /** The recipient's account, when there is one: links the message to the user in the Outbox and for unsubscribing. */
  toUserId?: string;
  /** The recipient's language: the HTML `lang`, the footer and unsubscribe texts. */
  locale: MailLocale;
  /** What kind of message this is, `<feature>.<name>`, e.g. 'auth.password-reset', 'notifications.digest'. */
  kind: string;
  /**
   * Essential messages (password reset, security notices) are always sent. Non-essential ones
   * need `toUserId`; they carry an unsubscribe link plus `List-Unsubscribe` and RFC 8058
   * one-click headers, and are not sent (recorded as skipped) to a user who unsubscribed from `kind`.
   */
  essential: boolean;
  subject: string;
  body: MailBody;
  /** E.g. an .ics invitation: `{ filename: 'sesi.ics', content, contentType: 'text/calendar; charset=utf-8; method=REQUEST' }`. */
  attachments?: MailAttachment[];
  /**
   * The same key twice = one message (the second `send` is a no-op), e.g.
   * `reminder:${sessionId}:${userId}`. Without a key every call sends a message.
   */
  idempotencyKey?: string;
}

export type MailLocale = 'id' | 'en';

/** Plain texts (no HTML, no Markdown); the renderer escapes them. */
export interface MailBody {
  /** First line, e.g. "Halo Siti,". */
  greeting?: string;
  paragraphs: string[];
  /** One call to action: a button in HTML, "label: url" in the text part. Absolute URL (see `mailLinks`). */
  action?: { label: string; url: string };
  /** Small print above the platform's own footer, e.g. "Abaikan e-mail ini jika Anda tidak memintanya." */
  footer?: string;
}

export interface MailAttachment {
  filename: string;
  content: string | Buffer;
  contentType: string;
}
