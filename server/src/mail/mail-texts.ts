import type { MailLocale } from './outgoing-mail';

/**
 * The platform's own words in every e-mail (the renderer uses them) and a few phrases features may
 * reuse in their bodies, so every message greets and signs off the same way in both languages.
 */
export const mailTexts = {
  id: {
    greeting: (name: string) => `Halo ${name},`,
    signature: 'Salam,\nTim Living Lab Pemerintah Digital Jawa Barat',
    ignoreIfNotYou: 'Jika Anda tidak merasa meminta ini, abaikan e-mail ini.',
    /** Shown before the action's URL in the text part and under the HTML button. */
    linkFallback: 'Jika tombol tidak berfungsi, salin tautan ini ke peramban Anda:',
    unsubscribe: 'Berhenti menerima e-mail jenis ini',
    unsubscribeIntro: 'Anda menerima e-mail ini karena memiliki akun di Living Lab.',
    unsubscribed: 'Anda tidak akan lagi menerima e-mail jenis ini dari Living Lab.',
    unsubscribeInvalid: 'Tautan berhenti berlangganan ini tidak valid.',
    platform: 'Living Lab Pemerintah Digital Jawa Barat',
  },
  en: {
    greeting: (name: string) => `Hello ${name},`,
    signature: 'Regards,\nThe West Java Digital Government Living Lab team',
    ignoreIfNotYou: 'If you did not ask for this, you can ignore this e-mail.',
    linkFallback: 'If the button does not work, copy this link into your browser:',
    unsubscribe: 'Stop receiving this kind of e-mail',
    unsubscribeIntro: 'You receive this e-mail because you have a Living Lab account.',
    unsubscribed: 'You will no longer receive this kind of e-mail from Living Lab.',
    unsubscribeInvalid: 'This unsubscribe link is not valid.',
    platform: 'West Java Digital Government Living Lab',
  },
} satisfies Record<MailLocale, Record<string, string | ((value: string) => string)>>;
