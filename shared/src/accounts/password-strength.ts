import type { ZxcvbnFactory, ZxcvbnResult } from '@zxcvbn-ts/core';
import type { z } from 'zod';
import { registerRules } from './account-rules';

/**
 * Password strength, the same on the server and in the web forms: zxcvbn-ts with its common and
 * Indonesian dictionaries plus a few passwords Indonesians use that those lack. The zxcvbn packages
 * are heavy (about 1 MB of dictionaries), so this module imports only their types: the server passes
 * them in at start, the web loads them with a dynamic import on the pages with a password field.
 */
export const PASSWORD_MIN_SCORE = 3;
/** Only the first characters are scored: the cost of scoring grows quickly with the length. */
export const PASSWORD_SCORED_LENGTH = 64;

/** zxcvbn's warnings, each a validation message key `password.<warning>`; `password.weak` when it gives none. */
export const PASSWORD_WARNINGS = [
  'straightRow',
  'keyPattern',
  'simpleRepeat',
  'extendedRepeat',
  'sequences',
  'recentYears',
  'dates',
  'topTen',
  'topHundred',
  'common',
  'similarToCommon',
  'wordByItself',
  'namesByThemselves',
  'commonNames',
  'userInputs',
  'pwned',
] as const;

/** Words and passwords common in Indonesia that the dictionaries do not hold (regions, religion, local favourites). */
export const INDONESIAN_PASSWORDS = [
  'sumedang',
  'bandung',
  'jakarta',
  'surabaya',
  'semarang',
  'yogyakarta',
  'jogja',
  'medan',
  'makassar',
  'indonesia',
  'merdeka',
  'garuda',
  'pancasila',
  'bismillah',
  'alhamdulillah',
  'insyaallah',
  'sayang',
  'cinta',
  'rahasia',
  'katasandi',
  'sandi',
  'kemendagri',
  'diskominfo',
  'kominfo',
  'pemda',
  'pemkab',
  'pemkot',
  'bupati',
  'spbe',
  'asn',
  'pns',
  'nip',
  'opd',
  'dinas',
  'admin',
  'masuk',
  'rahasiaku',
  'indonesiaraya',
];

/** The modules the checker needs: `@zxcvbn-ts/core`, `@zxcvbn-ts/language-common` and `@zxcvbn-ts/language-id`. */
export interface ZxcvbnModules {
  core: { ZxcvbnFactory: typeof ZxcvbnFactory };
  common: { dictionary: Record<string, string[]>; adjacencyGraphs: object };
  id: { dictionary: Record<string, string[]> };
}

/** `(password, userInputs) => message key or null` for a password scoring at least PASSWORD_MIN_SCORE. */
export type PasswordChecker = (password: string, userInputs?: readonly string[]) => string | null;

export function createPasswordChecker({ core, common, id }: ZxcvbnModules): PasswordChecker {
  const factory = new core.ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...id.dictionary, 'passwords-id': INDONESIAN_PASSWORDS },
    graphs: common.adjacencyGraphs as never,
  });
  return (password, userInputs = []) => {
    // zxcvbn's cost grows with the length (a crafted 100 characters take about a second); 64 are plenty to judge.
    const result: ZxcvbnResult = factory.check(password.slice(0, PASSWORD_SCORED_LENGTH), [...userInputs]);
    if (result.score >= PASSWORD_MIN_SCORE) return null;
    const warning = result.feedback.warning as string | null;
    return warning && (PASSWORD_WARNINGS as readonly string[]).includes(warning) ? `password.${warning}` : 'password.weak';
  };
}

/** What the person typed elsewhere in the form: a password made of it is weak. */
export function passwordUserInputs(values: { email?: string; fullName?: string; nip?: string | null; agency?: string }): string[] {
  const [local, domain] = (values.email ?? '').split('@');
  return [local, domain, ...(values.fullName ?? '').split(/\s+/), values.nip, values.agency].filter(
    (value): value is string => typeof value === 'string' && value.length > 0,
  );
}

/** `registerRules` plus the strength of the password (a `password.<warning>` issue). */
export function registerRulesWith(checker: PasswordChecker) {
  return registerRules.superRefine((values, context) => {
    const issue = checker(values.password, passwordUserInputs(values));
    if (issue) context.addIssue({ code: 'custom', path: ['password'], message: issue });
  });
}

/** Any rules with a `newPassword` field, plus its strength against what the account holds (`userInputs`). */
export function newPasswordRulesWith<Schema extends z.ZodType<{ newPassword: string }>>(
  rules: Schema,
  checker: PasswordChecker,
  userInputs: readonly string[],
) {
  return rules.superRefine((values, context) => {
    const issue = checker(values.newPassword, userInputs);
    if (issue) context.addIssue({ code: 'custom', path: ['newPassword'], message: issue });
  });
}
