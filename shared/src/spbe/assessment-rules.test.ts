import { fieldIssues } from '../accounts/account-rules';
import { actionPlanRules, assessmentRules, indexPlanRules, provinceTargetRules, publishedScoreRules } from './assessment-rules';
import { evidenceUrl, isoDate } from './evidence-rules';

const issuesOf = (result: { success: boolean; error?: Parameters<typeof fieldIssues>[0] }) =>
  result.success ? [] : fieldIssues(result.error!, { 'field.invalid': '', 'url.invalid': '', 'date.invalid': '' });

describe('evidence rules', () => {
  it('takes http(s) links, trims them, and turns blanks into null', () => {
    expect(evidenceUrl.parse(' https://sumedangkab.go.id/spbe ')).toBe('https://sumedangkab.go.id/spbe');
    expect(evidenceUrl.parse('   ')).toBeNull();
    expect(evidenceUrl.parse(null)).toBeNull();
    expect(evidenceUrl.parse(undefined)).toBeNull();
    for (const bad of ['javascript:alert(1)', 'ftp://x', 'https://a b', `https://${'a'.repeat(2000)}`]) {
      expect(evidenceUrl.safeParse(bad).error?.issues[0].message).toBe('url.invalid');
    }
  });

  it('takes calendar dates as YYYY-MM-DD only', () => {
    expect(isoDate.parse('2026-06-30')).toBe('2026-06-30');
    expect(isoDate.safeParse('2024-02-29').success).toBe(true);
    for (const bad of ['30-06-2026', '2026-6-30', '2026-02-30', '2026-13-01', '']) {
      expect(isoDate.safeParse(bad).error?.issues[0].message).toBe('date.invalid');
    }
  });
});

describe('assessment rules', () => {
  const input = (levels: unknown[], year = 2025) => ({ regionCode: '32.08', year, levels });

  it('normalises notes and evidence', () => {
    const values = assessmentRules.parse(input([{ indicatorCode: 'I01', level: 3, note: '  ok ', evidenceUrl: '' }]));
    expect(values.levels).toEqual([{ indicatorCode: 'I01', level: 3, note: 'ok', evidenceUrl: null }]);
  });

  it('names each bad field', () => {
    const result = assessmentRules.safeParse(
      input(
        [
          { indicatorCode: 'I01', level: 6, note: '' },
          { indicatorCode: 'I02', level: 0, note: '' },
          { indicatorCode: 'I03', level: 2.5, note: '' },
          { indicatorCode: 'I04', level: 3, note: '', evidenceUrl: 'javascript:alert(1)' },
        ],
        2017,
      ),
    );
    expect(issuesOf(result)).toEqual([
      { field: 'year', message: 'field.invalid' },
      { field: 'levels.0.level', message: 'field.invalid' },
      { field: 'levels.1.level', message: 'field.invalid' },
      { field: 'levels.2.level', message: 'field.invalid' },
      { field: 'levels.3.evidenceUrl', message: 'url.invalid' },
    ]);
  });

  it('takes years up to next year', () => {
    const next = new Date().getFullYear() + 1;
    expect(assessmentRules.safeParse(input([], next)).success).toBe(true);
    expect(issuesOf(assessmentRules.safeParse(input([], next + 1)))).toEqual([{ field: 'year', message: 'field.invalid' }]);
  });
});

describe('action plan rules', () => {
  const item = (values: Record<string, unknown>) => ({
    indicatorCode: 'I42',
    fromLevel: 3,
    toLevel: 4,
    owner: 'Kepala Diskominfo',
    ...values,
  });
  const issues = (...items: unknown[]) => issuesOf(actionPlanRules.safeParse({ assessmentId: 'a', target: 3.5, items }));

  it('takes raises that go up within 1-5, with an owner and an optional date', () => {
    const values = actionPlanRules.parse({
      assessmentId: 'a',
      target: 3.5,
      items: [item({ owner: ' Kadis ', dueDate: '2026-06-30' }), item({})],
    });
    expect(values.items.map((i) => [i.owner, i.dueDate])).toEqual([
      ['Kadis', '2026-06-30'],
      ['Kepala Diskominfo', null],
    ]);
  });

  it('names each bad field', () => {
    expect(issues(item({ fromLevel: 4, toLevel: 3 }), item({ fromLevel: 0 }), item({ toLevel: 6 }))).toEqual([
      { field: 'items.0.toLevel', message: 'field.invalid' },
      { field: 'items.1.toLevel', message: 'field.invalid' },
      { field: 'items.2.toLevel', message: 'field.invalid' },
    ]);
    expect(issues(item({ owner: '  ' }), item({ owner: 'x'.repeat(201) }), item({ dueDate: '30/06/2026' }))).toEqual([
      { field: 'items.0.owner', message: 'field.invalid' },
      { field: 'items.1.owner', message: 'field.invalid' },
      { field: 'items.2.dueDate', message: 'date.invalid' },
    ]);
  });
});

describe('targets and published values', () => {
  it('are indices from 1.0 to 5.0', () => {
    expect(indexPlanRules.parse({ target: null })).toEqual({ target: null });
    expect(indexPlanRules.safeParse({ target: 5.01 }).success).toBe(false);
    expect(provinceTargetRules.safeParse({ target: 1 }).success).toBe(true);
    expect(issuesOf(provinceTargetRules.safeParse({ target: 0.9 }))).toEqual([{ field: 'target', message: 'field.invalid' }]);
  });

  it('a published value says where it was published', () => {
    const values = publishedScoreRules.parse({ regionCode: '32.11', year: 2024, index: 4.51, source: ` ${'s'.repeat(400)} ` });
    expect(values.source).toHaveLength(300);
    expect(issuesOf(publishedScoreRules.safeParse({ regionCode: '32.11', year: 2024, index: 5.5, source: ' ' }))).toEqual([
      { field: 'index', message: 'field.invalid' },
      { field: 'source', message: 'field.invalid' },
    ]);
  });
});
