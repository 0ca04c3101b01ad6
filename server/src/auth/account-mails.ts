import type { Locale } from '@living-lab/shared';
import type { MailBody } from '../mail';

/** Texts of the account mails in both languages: the message goes out in the recipient's language. */
interface AccountMail {
  subject: string;
  body: MailBody;
}

interface Recipient {
  fullName: string;
  locale: Locale;
  timeZone: string;
}

const greeting = (to: Recipient) => (to.locale === 'en' ? `Hello ${to.fullName},` : `Halo ${to.fullName},`);

/** A reset link, asked for by the owner ("Lupa kata sandi") or sent by an admin. */
export function passwordResetMail(to: Recipient, url: string, { byAdmin }: { byAdmin: boolean }): AccountMail {
  if (to.locale === 'en') {
    return {
      subject: 'Reset your Living Lab password',
      body: {
        greeting: greeting(to),
        paragraphs: [
          byAdmin
            ? 'A Living Lab administrator sent you a link to choose a new password.'
            : 'Someone (hopefully you) asked to reset the password of your Living Lab account.',
          'The link works once, for 30 minutes. A newer link replaces this one.',
        ],
        action: { label: 'Choose a new password', url },
        footer: 'If you did not ask for this, ignore this e-mail: your password stays as it is.',
      },
    };
  }
  return {
    subject: 'Atur ulang kata sandi Living Lab',
    body: {
      greeting: greeting(to),
      paragraphs: [
        byAdmin
          ? 'Administrator Living Lab mengirimkan tautan untuk membuat kata sandi baru.'
          : 'Seseorang (semoga Anda) meminta pengaturan ulang kata sandi akun Living Lab Anda.',
        'Tautan ini hanya berlaku sekali, selama 30 menit. Tautan yang lebih baru menggantikan tautan ini.',
      ],
      action: { label: 'Buat kata sandi baru', url },
      footer: 'Jika Anda tidak memintanya, abaikan e-mail ini: kata sandi Anda tidak berubah.',
    },
  };
}

export function emailVerificationMail(to: Recipient, url: string): AccountMail {
  if (to.locale === 'en') {
    return {
      subject: 'Confirm your e-mail address for Living Lab',
      body: {
        greeting: greeting(to),
        paragraphs: [
          'Confirm that this address is yours. You can learn right away; a mentor, coordinator or admin role can only be given to a confirmed account.',
          'The link works for 7 days.',
        ],
        action: { label: 'Confirm my address', url },
        footer: 'If you did not create a Living Lab account, ignore this e-mail.',
      },
    };
  }
  return {
    subject: 'Konfirmasi alamat e-mail Living Lab Anda',
    body: {
      greeting: greeting(to),
      paragraphs: [
        'Konfirmasikan bahwa alamat ini milik Anda. Anda sudah dapat belajar; peran mentor, koordinator, atau admin hanya dapat diberikan kepada akun yang sudah dikonfirmasi.',
        'Tautan ini berlaku selama 7 hari.',
      ],
      action: { label: 'Konfirmasi alamat saya', url },
      footer: 'Jika Anda tidak membuat akun Living Lab, abaikan e-mail ini.',
    },
  };
}

/** A security notice after a change in the profile: if it was not the owner, they know to reset. */
export function passwordChangedMail(to: Recipient, at: Date, resetUrl: string): AccountMail {
  const when = new Intl.DateTimeFormat(to.locale === 'en' ? 'en-GB' : 'id-ID', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: to.timeZone,
    timeZoneName: 'short',
  }).format(at);
  if (to.locale === 'en') {
    return {
      subject: 'Your Living Lab password was changed',
      body: {
        greeting: greeting(to),
        paragraphs: [`The password of your account was changed on ${when}. Every other device was signed out.`],
        action: { label: 'Not you? Reset the password', url: resetUrl },
      },
    };
  }
  return {
    subject: 'Kata sandi Living Lab Anda diubah',
    body: {
      greeting: greeting(to),
      paragraphs: [`Kata sandi akun Anda diubah pada ${when}. Semua perangkat lain telah dikeluarkan.`],
      action: { label: 'Bukan Anda? Atur ulang kata sandi', url: resetUrl },
    },
  };
}

/** Someone registered with an address that has an account: its owner is told (the form answered as for anyone). */
export function registrationAttemptMail(to: Recipient, resetUrl: string): AccountMail {
  if (to.locale === 'en') {
    return {
      subject: 'Someone tried to register with your address on Living Lab',
      body: {
        greeting: greeting(to),
        paragraphs: [
          'Someone tried to create a Living Lab account with this e-mail address, which already has one. No second account was created and nothing changed in yours.',
          'If it was you, sign in with your account. If you forgot your password, choose a new one.',
        ],
        action: { label: 'Choose a new password', url: resetUrl },
        footer: 'If it was not you, you can ignore this e-mail.',
      },
    };
  }
  return {
    subject: 'Ada yang mencoba mendaftar dengan alamat Anda di Living Lab',
    body: {
      greeting: greeting(to),
      paragraphs: [
        'Seseorang mencoba membuat akun Living Lab dengan alamat e-mail ini, yang sudah memiliki akun. Tidak ada akun kedua yang dibuat dan akun Anda tidak berubah.',
        'Jika itu Anda, masuklah dengan akun Anda. Jika Anda lupa kata sandi, buat kata sandi baru.',
      ],
      action: { label: 'Buat kata sandi baru', url: resetUrl },
      footer: 'Jika itu bukan Anda, abaikan e-mail ini.',
    },
  };
}
