import type { z } from 'zod';
import { fieldIssues } from '../accounts/account-rules';
import { wibDay } from '../wib';
import { endPairRules, MENTORING_MESSAGES_EN, menteeRules, newPairRules, outcomeRules, pastSessionRules } from './mentoring-rules';

const messages = { ...MENTORING_MESSAGES_EN, 'field.invalid': 'This value is not valid.' };
const issues = (result: z.ZodSafeParseResult<unknown>) => (result.success ? [] : fieldIssues(result.error, messages));

describe('mentoring rules', () => {
  it('a new pair may not be over already (WIB days)', () => {
    const pair = { goals: 'Tujuan', startDate: '2020-01-01', capacityOverrideReason: null };
    expect(issues(newPairRules.safeParse({ ...pair, endDate: '2020-02-01' }))).toEqual([{ field: 'endDate', message: 'date.invalid' }]);
    expect(newPairRules.safeParse({ ...pair, endDate: wibDay() }).success).toBe(true);
    expect(wibDay(new Date('2026-01-05T17:30:00.000Z'))).toBe('2026-01-06');
  });

  it('a learner pair names the learner; a team pair names at least one member, deduplicated', () => {
    expect(issues(menteeRules.safeParse({ menteeKind: 'LEARNER', menteeUserId: null }))).toEqual([
      { field: 'menteeUserId', message: 'field.invalid' },
    ]);
    expect(issues(menteeRules.safeParse({ menteeKind: 'REGION_TEAM', memberIds: [] }))).toEqual([
      { field: 'memberIds', message: 'field.invalid' },
    ]);
    expect(menteeRules.parse({ menteeKind: 'REGION_TEAM', memberIds: ['a', 'b', 'a'] })).toEqual({
      menteeKind: 'REGION_TEAM',
      memberIds: ['a', 'b'],
    });
  });

  it('a pair ends as COMPLETED or CANCELLED; a session is recorded as HELD or NO_SHOW', () => {
    expect(issues(endPairRules.safeParse({ status: 'ACTIVE', reason: 'Selesai' }))).toEqual([
      { field: 'status', message: 'field.invalid' },
    ]);
    expect(endPairRules.parse({ status: 'COMPLETED', reason: ' Selesai ' })).toEqual({ status: 'COMPLETED', reason: 'Selesai' });
    expect(issues(outcomeRules.safeParse({ status: 'CANCELLED', notes: '' }))).toEqual([{ field: 'status', message: 'field.invalid' }]);
    expect(outcomeRules.parse({ status: 'HELD', notes: '  catatan ' })).toEqual({ status: 'HELD', notes: 'catatan' });
  });
});

describe('logging a past session', () => {
  const now = new Date('2026-03-31T03:00:00.000Z');
  const base = { durationMinutes: 60, agenda: 'Rapat Tim Koordinasi', status: 'HELD', notes: '' };
  const startsAt = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000);

  it('took place in the last 30 days, with an outcome', () => {
    expect(pastSessionRules(now).safeParse({ ...base, startsAt: startsAt(1) }).success).toBe(true);
    expect(pastSessionRules(now).safeParse({ ...base, startsAt: startsAt(30) }).success).toBe(true);
    expect(issues(pastSessionRules(now).safeParse({ ...base, startsAt: startsAt(30.01) }))).toEqual([
      { field: 'startsAt', message: 'startsAt.tooOld' },
    ]);
    expect(issues(pastSessionRules(now).safeParse({ ...base, startsAt: startsAt(-0.01) }))).toEqual([
      { field: 'startsAt', message: 'startsAt.future' },
    ]);
    expect(issues(pastSessionRules(now).safeParse({ ...base, startsAt: new Date('nope') }))).toEqual([
      { field: 'startsAt', message: 'date.invalid' },
    ]);
    expect(issues(pastSessionRules(now).safeParse({ ...base, startsAt: startsAt(1), status: 'SCHEDULED', agenda: ' ' }))).toEqual([
      { field: 'agenda', message: 'agenda.required' },
      { field: 'status', message: 'field.invalid' },
    ]);
  });
});
