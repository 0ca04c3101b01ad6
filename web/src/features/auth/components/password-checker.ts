import { createPasswordChecker, type PasswordChecker } from '@living-lab/shared';

let loading: Promise<PasswordChecker> | undefined;

/**
 * The shared password-strength checker with zxcvbn-ts and its dictionaries (about 1 MB), loaded on
 * first use only: they stay out of the main bundle and reach only the pages with a password field.
 */
export function loadPasswordChecker(): Promise<PasswordChecker> {
  loading ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-id')]).then(
    ([core, common, id]) => createPasswordChecker({ core, common, id }),
  );
  return loading;
}
