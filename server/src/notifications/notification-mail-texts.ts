import { NotificationKind, type Role } from '@living-lab/shared';
import type { MailLocale } from '../mail';

type Params = Record<string, string | number>;

/** The e-mail of one notification: a subject and its lines, from the kind's parameters. */
interface KindText {
  subject: (p: Params, f: Formatters) => string;
  lines: (p: Params, f: Formatters) => string[];
  action: string;
}

/** Dates and labels in the recipient's language and time zone. */
export interface Formatters {
  dateTime: (iso: string | number | undefined) => string;
  day: (iso: string | number | undefined) => string;
  role: (role: string | number | undefined) => string;
  verdict: (verdict: string | number | undefined) => string;
}

const ROLE_LABELS: Record<MailLocale, Record<Role, string>> = {
  id: { LEARNER: 'Peserta', MENTOR: 'Mentor', COORDINATOR: 'Koordinator', ADMIN: 'Admin' },
  en: { LEARNER: 'Learner', MENTOR: 'Mentor', COORDINATOR: 'Coordinator', ADMIN: 'Admin' },
};

const VERDICT_LABELS: Record<MailLocale, Record<string, string>> = {
  id: { ACCEPTED: 'diterima', TO_REVISE: 'perlu diperbaiki', REJECTED: 'ditolak' },
  en: { ACCEPTED: 'accepted', TO_REVISE: 'to be revised', REJECTED: 'rejected' },
};

export function formattersFor(locale: MailLocale, timeZone: string): Formatters {
  const tag = locale === 'id' ? 'id-ID' : 'en-GB';
  const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: 'full', timeStyle: 'short', timeZone });
  // "WIB" in both languages (Intl writes GMT+7 in English); another zone by its name.
  const zone = timeZone === 'Asia/Jakarta' ? 'WIB' : timeZone;
  // An ISO day (YYYY-MM-DD) is a calendar day: format it at noon UTC so no zone moves it.
  const day = new Intl.DateTimeFormat(tag, { dateStyle: 'full', timeZone: 'UTC' });
  return {
    dateTime: (iso) => (iso === undefined ? '' : `${dateTime.format(new Date(iso))} ${zone}`),
    day: (iso) => (iso === undefined ? '' : day.format(new Date(`${String(iso).slice(0, 10)}T12:00:00Z`))),
    role: (role) => ROLE_LABELS[locale][role as Role] ?? String(role ?? ''),
    verdict: (verdict) => VERDICT_LABELS[locale][String(verdict)] ?? String(verdict ?? ''),
  };
}

const t = (value: string | number | undefined) => String(value ?? '');

const ID: Record<NotificationKind, KindText> = {
  [NotificationKind.REVISION_SUBMITTED]: {
    subject: (p) => `Revisi menunggu tinjauan: ${t(p.title)}`,
    lines: (p) => [`Revisi "${t(p.title)}" diajukan dan menunggu tinjauan Anda.`],
    action: 'Tinjau revisi',
  },
  [NotificationKind.REVISION_CHANGES_REQUESTED]: {
    subject: (p) => `Perlu perubahan: ${t(p.title)}`,
    lines: (p) => [`Peninjau meminta perubahan pada revisi "${t(p.title)}".`],
    action: 'Lihat catatan peninjau',
  },
  [NotificationKind.REVISION_PUBLISHED]: {
    subject: (p) => `Terbit: ${t(p.title)}`,
    lines: (p) => [`Revisi "${t(p.title)}" disetujui dan kini terbit untuk peserta.`],
    action: 'Lihat konten',
  },
  [NotificationKind.PAIR_CREATED]: {
    subject: (p) => `Pasangan mentoring baru dengan ${t(p.mentorName)}`,
    lines: (p) => [`Pasangan mentoring dengan mentor ${t(p.mentorName)} telah dibuat.`],
    action: 'Lihat pasangan',
  },
  [NotificationKind.PAIR_ENDED]: {
    subject: (p) => `Pasangan mentoring dengan ${t(p.mentorName)} berakhir`,
    lines: (p) => [`Pasangan mentoring dengan mentor ${t(p.mentorName)} telah diakhiri.`],
    action: 'Lihat pasangan',
  },
  [NotificationKind.SESSION_SCHEDULED]: {
    subject: (p, f) => `Sesi mentoring dijadwalkan: ${f.dateTime(p.startsAt)}`,
    lines: (p, f) => [`Sesi "${t(p.agenda)}" dijadwalkan pada ${f.dateTime(p.startsAt)}.`, 'Undangan kalender terlampir.'],
    action: 'Lihat sesi',
  },
  [NotificationKind.SESSION_RESCHEDULED]: {
    subject: (p, f) => `Sesi mentoring dipindah ke ${f.dateTime(p.startsAt)}`,
    lines: (p, f) => [`Sesi "${t(p.agenda)}" dipindah ke ${f.dateTime(p.startsAt)}.`, 'Undangan kalender terlampir.'],
    action: 'Lihat sesi',
  },
  [NotificationKind.SESSION_CANCELLED]: {
    subject: (p) => `Sesi mentoring dibatalkan: ${t(p.agenda)}`,
    lines: (p, f) => [`Sesi "${t(p.agenda)}" pada ${f.dateTime(p.startsAt)} dibatalkan.`],
    action: 'Lihat sesi',
  },
  [NotificationKind.SESSION_REMINDER_24H]: {
    subject: (p, f) => `Besok: sesi mentoring ${f.dateTime(p.startsAt)}`,
    lines: (p, f) => [`Pengingat: sesi "${t(p.agenda)}" dimulai ${f.dateTime(p.startsAt)}.`],
    action: 'Lihat sesi',
  },
  [NotificationKind.SESSION_REMINDER_1H]: {
    subject: (p) => `Satu jam lagi: ${t(p.agenda)}`,
    lines: (p, f) => [`Pengingat: sesi "${t(p.agenda)}" dimulai ${f.dateTime(p.startsAt)}.`],
    action: 'Lihat sesi',
  },
  [NotificationKind.SESSION_OUTCOME_RECORDED]: {
    subject: (p) => `Hasil sesi dicatat: ${t(p.agenda)}`,
    lines: (p) => [`Hasil sesi "${t(p.agenda)}" telah dicatat.`],
    action: 'Lihat hasil',
  },
  [NotificationKind.ACTION_ITEM_ASSIGNED]: {
    subject: (p) => `Tindak lanjut untuk Anda: ${t(p.title)}`,
    lines: (p, f) => [`Anda diberi tindak lanjut "${t(p.title)}"${p.dueOn ? `, tenggat ${f.day(p.dueOn)}` : ''}.`],
    action: 'Lihat tindak lanjut',
  },
  [NotificationKind.ACTION_ITEM_DUE_TOMORROW]: {
    subject: (p) => `Tenggat besok: ${t(p.title)}`,
    lines: (p, f) => [`Tindak lanjut "${t(p.title)}" bertenggat besok, ${f.day(p.dueOn)}.`],
    action: 'Lihat tindak lanjut',
  },
  [NotificationKind.ACTION_ITEM_OVERDUE]: {
    subject: (p) => `Lewat tenggat: ${t(p.title)}`,
    lines: (p, f) => [`Tindak lanjut "${t(p.title)}" melewati tenggat ${f.day(p.dueOn)}.`],
    action: 'Lihat tindak lanjut',
  },
  [NotificationKind.FEEDBACK_RECEIVED]: {
    subject: (p) => `Umpan balik baru: ${t(p.agenda)}`,
    lines: (p) => [`Mentee memberi umpan balik untuk sesi "${t(p.agenda)}".`],
    action: 'Lihat umpan balik',
  },
  [NotificationKind.ASSESSMENT_FINALISED]: {
    subject: (p) => `Penilaian mandiri ${t(p.regionName)} ${t(p.year)} difinalkan`,
    lines: (p) => [`Penilaian mandiri ${t(p.regionName)} tahun ${t(p.year)} telah difinalkan.`],
    action: 'Lihat penilaian',
  },
  [NotificationKind.ASSESSMENT_REOPENED]: {
    subject: (p) => `Penilaian mandiri ${t(p.regionName)} ${t(p.year)} dibuka kembali`,
    lines: (p) => [`Penilaian mandiri ${t(p.regionName)} tahun ${t(p.year)} dibuka kembali untuk diubah.`],
    action: 'Lihat penilaian',
  },
  [NotificationKind.EVIDENCE_VERDICT]: {
    subject: (p) => `Putusan bukti: ${t(p.indicator)}`,
    lines: (p, f) => [`Bukti indikator ${t(p.indicator)} untuk ${t(p.regionName)}: ${f.verdict(p.verdict)}.`],
    action: 'Lihat penilaian',
  },
  [NotificationKind.CERTIFICATE_ISSUED]: {
    subject: (p) => `Sertifikat terbit: ${t(p.title)}`,
    lines: (p) => [`Selamat! Sertifikat Anda untuk "${t(p.title)}" telah terbit.`],
    action: 'Lihat sertifikat',
  },
  [NotificationKind.ROLE_GRANTED]: {
    subject: (p, f) => `Peran baru: ${f.role(p.role)}`,
    lines: (p, f) => [`Anda kini memiliki peran ${f.role(p.role)} di Living Lab.`],
    action: 'Buka Living Lab',
  },
  [NotificationKind.QUESTION_ASKED]: {
    subject: (p) => `Pertanyaan baru: ${t(p.title)}`,
    lines: (p) => [`Seorang peserta bertanya tentang "${t(p.title)}".`],
    action: 'Jawab pertanyaan',
  },
  [NotificationKind.QUESTION_ANSWERED]: {
    subject: (p) => `Pertanyaan Anda dijawab: ${t(p.title)}`,
    lines: (p) => [`Pertanyaan Anda tentang "${t(p.title)}" mendapat jawaban.`],
    action: 'Lihat jawaban',
  },
  [NotificationKind.REGION_MOVE_REQUESTED]: {
    // Without fromRegionName it is a new account asking to join its first region.
    subject: (p) =>
      p.fromRegionName ? `Permintaan pindah wilayah ke ${t(p.toRegionName)}` : `Permintaan bergabung ke ${t(p.toRegionName)}`,
    lines: (p) => [
      p.fromRegionName
        ? `${t(p.userName)} meminta pindah dari ${t(p.fromRegionName)} ke ${t(p.toRegionName)} dan menunggu keputusan Anda.`
        : `${t(p.userName)} baru mendaftar dan meminta bergabung ke ${t(p.toRegionName)}; ia menunggu keputusan Anda.`,
    ],
    action: 'Tinjau permintaan',
  },
  [NotificationKind.REGION_MOVE_APPROVED]: {
    subject: (p) => `Pindah wilayah disetujui: ${t(p.toRegionName)}`,
    lines: (p) => [
      p.fromRegionName
        ? `Permintaan Anda pindah dari ${t(p.fromRegionName)} ke ${t(p.toRegionName)} disetujui. Wilayah Anda kini ${t(p.toRegionName)}.`
        : `Permintaan Anda bergabung ke ${t(p.toRegionName)} disetujui. Wilayah Anda kini ${t(p.toRegionName)}.`,
    ],
    action: 'Lihat profil',
  },
  [NotificationKind.REGION_MOVE_REJECTED]: {
    subject: (p) => `Pindah wilayah ditolak: ${t(p.toRegionName)}`,
    lines: (p) => [`Permintaan Anda ${p.fromRegionName ? 'pindah' : 'bergabung'} ke ${t(p.toRegionName)} ditolak. Alasan: ${t(p.reason)}`],
    action: 'Lihat profil',
  },
};

const EN: Record<NotificationKind, KindText> = {
  [NotificationKind.REVISION_SUBMITTED]: {
    subject: (p) => `Revision awaiting review: ${t(p.title)}`,
    lines: (p) => [`The revision "${t(p.title)}" was submitted and awaits your review.`],
    action: 'Review the revision',
  },
  [NotificationKind.REVISION_CHANGES_REQUESTED]: {
    subject: (p) => `Changes requested: ${t(p.title)}`,
    lines: (p) => [`A reviewer asked for changes to the revision "${t(p.title)}".`],
    action: "Read the reviewer's notes",
  },
  [NotificationKind.REVISION_PUBLISHED]: {
    subject: (p) => `Published: ${t(p.title)}`,
    lines: (p) => [`The revision "${t(p.title)}" was approved and is now published for learners.`],
    action: 'View the content',
  },
  [NotificationKind.PAIR_CREATED]: {
    subject: (p) => `New mentoring pair with ${t(p.mentorName)}`,
    lines: (p) => [`A mentoring pair with the mentor ${t(p.mentorName)} was created.`],
    action: 'View the pair',
  },
  [NotificationKind.PAIR_ENDED]: {
    subject: (p) => `Mentoring pair with ${t(p.mentorName)} ended`,
    lines: (p) => [`The mentoring pair with the mentor ${t(p.mentorName)} was ended.`],
    action: 'View the pair',
  },
  [NotificationKind.SESSION_SCHEDULED]: {
    subject: (p, f) => `Mentoring session booked: ${f.dateTime(p.startsAt)}`,
    lines: (p, f) => [`The session "${t(p.agenda)}" is booked for ${f.dateTime(p.startsAt)}.`, 'The calendar invitation is attached.'],
    action: 'View the session',
  },
  [NotificationKind.SESSION_RESCHEDULED]: {
    subject: (p, f) => `Mentoring session moved to ${f.dateTime(p.startsAt)}`,
    lines: (p, f) => [`The session "${t(p.agenda)}" was moved to ${f.dateTime(p.startsAt)}.`, 'The calendar invitation is attached.'],
    action: 'View the session',
  },
  [NotificationKind.SESSION_CANCELLED]: {
    subject: (p) => `Mentoring session cancelled: ${t(p.agenda)}`,
    lines: (p, f) => [`The session "${t(p.agenda)}" on ${f.dateTime(p.startsAt)} was cancelled.`],
    action: 'View the session',
  },
  [NotificationKind.SESSION_REMINDER_24H]: {
    subject: (p, f) => `Tomorrow: mentoring session ${f.dateTime(p.startsAt)}`,
    lines: (p, f) => [`Reminder: the session "${t(p.agenda)}" starts ${f.dateTime(p.startsAt)}.`],
    action: 'View the session',
  },
  [NotificationKind.SESSION_REMINDER_1H]: {
    subject: (p) => `In one hour: ${t(p.agenda)}`,
    lines: (p, f) => [`Reminder: the session "${t(p.agenda)}" starts ${f.dateTime(p.startsAt)}.`],
    action: 'View the session',
  },
  [NotificationKind.SESSION_OUTCOME_RECORDED]: {
    subject: (p) => `Session outcome recorded: ${t(p.agenda)}`,
    lines: (p) => [`The outcome of the session "${t(p.agenda)}" was recorded.`],
    action: 'View the outcome',
  },
  [NotificationKind.ACTION_ITEM_ASSIGNED]: {
    subject: (p) => `Action item for you: ${t(p.title)}`,
    lines: (p, f) => [`You were given the action item "${t(p.title)}"${p.dueOn ? `, due ${f.day(p.dueOn)}` : ''}.`],
    action: 'View the action item',
  },
  [NotificationKind.ACTION_ITEM_DUE_TOMORROW]: {
    subject: (p) => `Due tomorrow: ${t(p.title)}`,
    lines: (p, f) => [`The action item "${t(p.title)}" is due tomorrow, ${f.day(p.dueOn)}.`],
    action: 'View the action item',
  },
  [NotificationKind.ACTION_ITEM_OVERDUE]: {
    subject: (p) => `Overdue: ${t(p.title)}`,
    lines: (p, f) => [`The action item "${t(p.title)}" was due ${f.day(p.dueOn)}.`],
    action: 'View the action item',
  },
  [NotificationKind.FEEDBACK_RECEIVED]: {
    subject: (p) => `New feedback: ${t(p.agenda)}`,
    lines: (p) => [`A mentee left feedback on the session "${t(p.agenda)}".`],
    action: 'Read the feedback',
  },
  [NotificationKind.ASSESSMENT_FINALISED]: {
    subject: (p) => `Self-assessment ${t(p.regionName)} ${t(p.year)} finalised`,
    lines: (p) => [`The ${t(p.year)} self-assessment of ${t(p.regionName)} was finalised.`],
    action: 'View the assessment',
  },
  [NotificationKind.ASSESSMENT_REOPENED]: {
    subject: (p) => `Self-assessment ${t(p.regionName)} ${t(p.year)} reopened`,
    lines: (p) => [`The ${t(p.year)} self-assessment of ${t(p.regionName)} was reopened for editing.`],
    action: 'View the assessment',
  },
  [NotificationKind.EVIDENCE_VERDICT]: {
    subject: (p) => `Evidence verdict: ${t(p.indicator)}`,
    lines: (p, f) => [`Evidence for indicator ${t(p.indicator)} of ${t(p.regionName)}: ${f.verdict(p.verdict)}.`],
    action: 'View the assessment',
  },
  [NotificationKind.CERTIFICATE_ISSUED]: {
    subject: (p) => `Certificate issued: ${t(p.title)}`,
    lines: (p) => [`Congratulations! Your certificate for "${t(p.title)}" was issued.`],
    action: 'View the certificate',
  },
  [NotificationKind.ROLE_GRANTED]: {
    subject: (p, f) => `New role: ${f.role(p.role)}`,
    lines: (p, f) => [`You now hold the role ${f.role(p.role)} on Living Lab.`],
    action: 'Open Living Lab',
  },
  [NotificationKind.QUESTION_ASKED]: {
    subject: (p) => `New question: ${t(p.title)}`,
    lines: (p) => [`A learner asked a question about "${t(p.title)}".`],
    action: 'Answer the question',
  },
  [NotificationKind.QUESTION_ANSWERED]: {
    subject: (p) => `Your question was answered: ${t(p.title)}`,
    lines: (p) => [`Your question about "${t(p.title)}" has an answer.`],
    action: 'Read the answer',
  },
  [NotificationKind.REGION_MOVE_REQUESTED]: {
    subject: (p) => (p.fromRegionName ? `Request to move to ${t(p.toRegionName)}` : `Request to join ${t(p.toRegionName)}`),
    lines: (p) => [
      p.fromRegionName
        ? `${t(p.userName)} asks to move from ${t(p.fromRegionName)} to ${t(p.toRegionName)} and waits for your decision.`
        : `${t(p.userName)} has just registered and asks to join ${t(p.toRegionName)}; they wait for your decision.`,
    ],
    action: 'Review the request',
  },
  [NotificationKind.REGION_MOVE_APPROVED]: {
    subject: (p) => `Move approved: ${t(p.toRegionName)}`,
    lines: (p) => [
      p.fromRegionName
        ? `Your request to move from ${t(p.fromRegionName)} to ${t(p.toRegionName)} was approved. Your region is now ${t(p.toRegionName)}.`
        : `Your request to join ${t(p.toRegionName)} was approved. Your region is now ${t(p.toRegionName)}.`,
    ],
    action: 'Open your profile',
  },
  [NotificationKind.REGION_MOVE_REJECTED]: {
    subject: (p) => `Move rejected: ${t(p.toRegionName)}`,
    lines: (p) => [`Your request to ${p.fromRegionName ? 'move to' : 'join'} ${t(p.toRegionName)} was rejected. Reason: ${t(p.reason)}`],
    action: 'Open your profile',
  },
};

export const NOTIFICATION_MAIL_TEXTS: Record<MailLocale, Record<NotificationKind, KindText>> = { id: ID, en: EN };

/** Texts of the daily digest. */
export const DIGEST_TEXTS = {
  id: {
    subject: (count: number) => `Ringkasan harian Living Lab: ${count} pemberitahuan`,
    intro: (count: number) => `Berikut ${count} pemberitahuan Anda sejak ringkasan terakhir:`,
    action: 'Buka semua pemberitahuan',
  },
  en: {
    subject: (count: number) => `Your Living Lab daily digest: ${count} notifications`,
    intro: (count: number) => `Here are your ${count} notifications since the last digest:`,
    action: 'Open all notifications',
  },
} satisfies Record<MailLocale, unknown>;

/** Subject, lines and action label of one notification's e-mail. */
export function renderNotificationMail(
  locale: MailLocale,
  timeZone: string,
  kind: NotificationKind,
  params: Params,
): { subject: string; lines: string[]; action: string } {
  const text = NOTIFICATION_MAIL_TEXTS[locale][kind];
  const f = formattersFor(locale, timeZone);
  return { subject: text.subject(params, f), lines: text.lines(params, f), action: text.action };
}
