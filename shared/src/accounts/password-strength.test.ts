import * as core from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as id from '@zxcvbn-ts/language-id';
import { changePasswordRules, fieldIssues, resetPasswordRules, VALIDATION_MESSAGES_EN } from './account-rules';
import { createPasswordChecker, newPasswordRulesWith, PASSWORD_WARNINGS, registerRulesWith } from './password-strength';

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

describe('new password rules (reset and change)', () => {
  const token = 'A'.repeat(43);

  it('score the new password against what the account holds', () => {
    const rules = newPasswordRulesWith(resetPasswordRules, check, ['eka', 'saputra']);
    const result = rules.safeParse({ token, newPassword: 'ekasaputra' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldIssues(result.error)).toEqual([{ field: 'newPassword', message: 'password.userInputs' }]);
    expect(rules.safeParse({ token, newPassword: 'tebu-manis-7-jembatan' }).success).toBe(true);
  });

  it('need a well-formed link token and the current password', () => {
    const reset = resetPasswordRules.safeParse({ token: 'short', newPassword: 'tebu-manis-7-jembatan' });
    expect(reset.success || fieldIssues(reset.error)).toEqual([{ field: 'token', message: 'token.invalid' }]);
    const change = changePasswordRules.safeParse({ currentPassword: '', newPassword: 'tebu-manis-7-jembatan' });
    expect(change.success || fieldIssues(change.error)).toEqual([{ field: 'currentPassword', message: 'currentPassword.required' }]);
  });
});
