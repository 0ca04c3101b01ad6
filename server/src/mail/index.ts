export { MailModule } from './mail.module';
export { MailService } from './mail.service';
export { MailLinks } from './mail-links';
export { mailTexts } from './mail-texts';
export type { MailAttachment, MailBody, MailLocale, OutgoingMail } from './outgoing-mail';
