import { fieldIssues } from '../accounts/account-rules';
import { adoptionStepRules, hasStepEvidence } from './replication-rules';

const base = { status: 'IN_PROGRESS', owner: '  Sekda  ', evidenceNote: '' };

it('normalises a step update: trimmed text, blank link and dates as null', () => {
  expect(adoptionStepRules.parse({ ...base, evidenceUrl: '  ', blockedReason: ' ' })).toEqual({
    status: 'IN_PROGRESS',
    blockedReason: null,
    owner: 'Sekda',
    evidenceUrl: null,
    evidenceNote: '',
    startedOn: null,
    doneOn: null,
  });
});

it('refuses a link that is not http(s), a date that is not YYYY-MM-DD and BLOCKED without a reason', () => {
  const issues = (input: Record<string, unknown>) => {
    const result = adoptionStepRules.safeParse({ ...base, ...input });
    return result.success ? [] : fieldIssues(result.error, { 'url.invalid': '', 'date.invalid': '', 'reason.required': '' });
  };
  expect(issues({ evidenceUrl: 'ftp://x' })).toEqual([{ field: 'evidenceUrl', message: 'url.invalid' }]);
  expect(issues({ startedOn: '20-11-2026' })).toEqual([{ field: 'startedOn', message: 'date.invalid' }]);
  expect(issues({ doneOn: '2026-02-30' })).toEqual([{ field: 'doneOn', message: 'date.invalid' }]);
  expect(issues({ status: 'BLOCKED' })).toEqual([{ field: 'blockedReason', message: 'reason.required' }]);
  expect(issues({ status: 'BLOCKED', blockedReason: 'Anggaran', evidenceUrl: 'https://x.id/a', doneOn: '2026-11-20' })).toEqual([]);
});

it('a step is done with a link or a note', () => {
  expect(hasStepEvidence({ evidenceUrl: null, evidenceNote: '' })).toBe(false);
  expect(hasStepEvidence({ evidenceUrl: null, evidenceNote: 'SK Bupati' })).toBe(true);
  expect(hasStepEvidence({ evidenceUrl: 'https://x.id', evidenceNote: '' })).toBe(true);
});
