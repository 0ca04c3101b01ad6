import * as core from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as id from '@zxcvbn-ts/language-id';
import { fieldIssues, VALIDATION_MESSAGES_EN } from './account-rules';
import { createPasswordChecker, PASSWORD_WARNINGS, registerRulesWith } from './password-strength';

const check = createPasswordChecker({ core, common, id });

describe('password strength', () => {
  it.each(['1234567890', 'password12', 'sumedang2026', 'bismillah123', 'qwertyuiop', 'jakarta2025'])('refuses %s', (password) => {
    expect(check(password)).toMatch(/^password\./);
  });

  it.each(['kata-sandi-kuat', 'Kuda Biru Melompat Tinggi', 'tebu-manis-7-jembatan'])('accepts %s', (password) => {
    expect(check(password)).toBeNull();
  });

  it('refuses a password made of what the person typed elsewhere', () => {
    const rules = registerRulesWith(check);
    const result = rules.safeParse({
      email: 'wiryawan.prabowo@sumedangkab.go.id',
      password: 'wiryawanprabowo',
      fullName: 'Wiryawan Prabowo',
      regionCode: '32.11',
      agency: 'Diskominfo',
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldIssues(result.error)).toEqual([{ field: 'password', message: expect.stringMatching(/^password\./) }]);
  });

  it('has an English text for every key it can give', () => {
    for (const key of ['weak', ...PASSWORD_WARNINGS]) expect(VALIDATION_MESSAGES_EN).toHaveProperty([`password.${key}`]);
  });
});
