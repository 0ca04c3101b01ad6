import { z } from 'zod';
import { LOCALES } from '../locales';

/**
 * Validation rules for accounts, used by the server (authoritative) and the web forms (early
 * feedback). Each issue's message is a stable key; the web translates it, the server turns it into
 * English text with VALIDATION_MESSAGES_EN.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
export const NAME_MAX_LENGTH = 120;
export const AGENCY_MAX_LENGTH = 160;

/** NIP (Nomor Induk Pegawai) is 18 digits. */
const NIP_PATTERN = /^\d{18}$/;
/** Kemendagri code of a province (32) or kabupaten/kota (32.11). */
export const REGION_CODE_PATTERN = /^\d{2}(\.\d{2})?$/;

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { message: 'email.tooLong' })
  .pipe(z.email({ message: 'email.invalid' }));

const fullName = z.string().trim().min(1, { message: 'fullName.required' }).max(NAME_MAX_LENGTH, { message: 'fullName.tooLong' });

const password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { message: 'password.tooShort' })
  .max(PASSWORD_MAX_LENGTH, { message: 'password.tooLong' });

const nip = z
  .string()
  .trim()
  .transform((value) => value.replace(/\s+/g, ''))
  .pipe(z.string().regex(NIP_PATTERN, { message: 'nip.invalid' }))
  .nullish()
  .or(z.literal('').transform(() => null));

const regionCode = z.string().trim().regex(REGION_CODE_PATTERN, { message: 'regionCode.invalid' });

const agency = z.string().trim().min(1, { message: 'agency.required' }).max(AGENCY_MAX_LENGTH, { message: 'agency.tooLong' });

const locale = z.enum(LOCALES, { message: 'locale.invalid' });

export const registerRules = z.object({ email, password, fullName, nip, regionCode, agency, locale: locale.optional() });
export type RegisterValues = z.infer<typeof registerRules>;

export const loginRules = z.object({
  email,
  password: z.string().min(1, { message: 'password.required' }).max(PASSWORD_MAX_LENGTH, { message: 'password.tooLong' }),
});

/** "Lupa kata sandi": only the address; the answer is the same whether it has an account. */
export const forgotPasswordRules = z.object({ email, locale: locale.optional() });
export type ForgotPasswordValues = z.infer<typeof forgotPasswordRules>;

/** The token of a reset or verification link: 32 random bytes, base64url (43 characters). */
const linkToken = z.string().regex(/^[\w-]{43}$/, { message: 'token.invalid' });

/** A new password from a reset link; its strength is checked with `passwordRulesWith`. */
export const resetPasswordRules = z.object({ token: linkToken, newPassword: password });
export type ResetPasswordValues = z.infer<typeof resetPasswordRules>;

export const verifyEmailRules = z.object({ token: linkToken });

/** Changing the password in the profile: the current one, and a new one as at registration. */
export const changePasswordRules = z.object({
  currentPassword: z.string().min(1, { message: 'currentPassword.required' }).max(PASSWORD_MAX_LENGTH, { message: 'password.tooLong' }),
  newPassword: password,
});
export type ChangePasswordValues = z.infer<typeof changePasswordRules>;

export const profileRules = z.object({
  fullName,
  nip,
  // The region is not changed here (a move is asked for); null for an account still waiting to join one.
  regionCode: regionCode.nullable(),
  agency,
  locale,
  timeZone: z.string().refine((zone) => isTimeZone(zone), { message: 'timeZone.invalid' }),
});
export type ProfileValues = z.infer<typeof profileRules>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** English text for every message key above: the server's error messages. */
export const VALIDATION_MESSAGES_EN = {
  'email.invalid': 'Enter a valid email address.',
  'email.tooLong': 'The email address is too long.',
  'fullName.required': 'Enter your full name.',
  'fullName.tooLong': `The name may have at most ${NAME_MAX_LENGTH} characters.`,
  'password.required': 'Enter your password.',
  'password.tooShort': `The password needs at least ${PASSWORD_MIN_LENGTH} characters.`,
  'password.tooLong': `The password may have at most ${PASSWORD_MAX_LENGTH} characters.`,
  'password.weak': 'This password is easy to guess. Add more words or characters that do not belong together.',
  'password.straightRow': 'Keys next to each other on the keyboard are easy to guess.',
  'password.keyPattern': 'Short keyboard patterns are easy to guess.',
  'password.simpleRepeat': 'Repeated characters such as "aaa" are easy to guess.',
  'password.extendedRepeat': 'Repeated patterns such as "abcabcabc" are easy to guess.',
  'password.sequences': 'Sequences such as "abc" or "123" are easy to guess.',
  'password.recentYears': 'Recent years are easy to guess.',
  'password.dates': 'Dates are easy to guess.',
  'password.topTen': 'This is one of the ten most used passwords.',
  'password.topHundred': 'This is one of the hundred most used passwords.',
  'password.common': 'This is a commonly used password.',
  'password.similarToCommon': 'This is similar to a commonly used password.',
  'password.wordByItself': 'A single word is easy to guess.',
  'password.namesByThemselves': 'Names on their own are easy to guess.',
  'password.commonNames': 'Common names are easy to guess.',
  'password.userInputs': 'The password should not contain your name, email, NIP or agency.',
  'password.pwned': 'This password has appeared in a data breach.',
  'nip.invalid': 'A NIP has 18 digits.',
  'regionCode.invalid': 'Choose a region from the list.',
  'regionCode.unknown': 'This region does not exist.',
  'regionCode.alreadyYours': 'You already belong to this region.',
  'regionCode.needsRequest': 'Your region changes when a coordinator of the new region approves your request to move.',
  'agency.required': 'Enter your agency (OPD).',
  'agency.tooLong': `The agency name may have at most ${AGENCY_MAX_LENGTH} characters.`,
  'locale.invalid': 'Choose Bahasa Indonesia or English.',
  'timeZone.invalid': 'Choose a valid time zone.',
  'field.invalid': 'This value is not valid.',
  'token.invalid': 'This link is not valid. Ask for a new one.',
  'currentPassword.required': 'Enter your current password.',
  'currentPassword.wrong': 'This is not your current password.',
} as const;
export type ValidationMessageKey = keyof typeof VALIDATION_MESSAGES_EN;

export interface FieldIssue {
  /** Path of the field, e.g. `email` or `lessons.2.title`. */
  field: string;
  /** Message key, e.g. `email.invalid`; translated by the web, turned into English by the server. */
  message: string;
}

/**
 * Flattens a zod error into one issue per field (the first problem of each field). Messages that are
 * not keys of `messages` (zod's own, for a wrong type or a missing field) become the field's
 * `.invalid` or `.required` key when there is one, else `field.invalid`.
 */
export function fieldIssues(error: z.ZodError, messages: Readonly<Record<string, string>> = VALIDATION_MESSAGES_EN): FieldIssue[] {
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  for (const issue of error.issues) {
    const field = issue.path.join('.') || '_';
    if (seen.has(field)) continue;
    seen.add(field);
    issues.push({ field, message: issue.message in messages ? issue.message : fallbackKey(field, messages) });
  }
  return issues;
}

function fallbackKey(field: string, messages: Readonly<Record<string, string>>): string {
  const name = field
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .join('.');
  return [`${name}.invalid`, `${name}.required`].find((key) => key in messages) ?? 'field.invalid';
}
