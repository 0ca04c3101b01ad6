import { createPasswordChecker, type PasswordChecker } from '@living-lab/shared';
import * as core from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as id from '@zxcvbn-ts/language-id';

let checker: PasswordChecker | undefined;

/** zxcvbn-ts with the common and Indonesian dictionaries, built once (about 100 ms) on first use. */
export function passwordChecker(): PasswordChecker {
  checker ??= createPasswordChecker({ core, common, id });
  return checker;
}
