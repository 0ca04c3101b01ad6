import { contentIssues, draftRules, submissionRules } from './content-rules';

const titleOnly = { title: 'Dukcapil daring', level: 'BEGINNER', language: 'id' };
const complete = {
  ...titleOnly,
  summary: 'Layanan kependudukan daring.',
  estimatedMinutes: 20,
  indicatorCodes: ['I19'],
  caseStudy: {
    context: 'a',
    problem: 'b',
    whatWasDone: 'c',
    results: 'd',
    lessonsLearned: 'e',
    sources: [{ title: 'Siaran pers', kind: 'siaran pers', year: 2024, url: null }],
  },
};

describe('draftRules', () => {
  it('accept a case study with only a title, filling the optional fields', () => {
    expect(contentIssues(draftRules, 'CASE_STUDY', titleOnly)).toEqual([]);
    expect(draftRules.common.parse(titleOnly)).toEqual({
      ...titleOnly,
      summary: '',
      estimatedMinutes: 0,
      indicatorCodes: [],
      indicators: [],
    });
  });

  it('accept a module without lessons and a playbook without steps or service', () => {
    expect(contentIssues(draftRules, 'MODULE', titleOnly)).toEqual([]);
    expect(contentIssues(draftRules, 'PLAYBOOK', { ...titleOnly, playbook: { serviceName: '', prerequisites: '', steps: [] } })).toEqual(
      [],
    );
  });

  it('still refuse what cannot be stored: no title, sizes over the limits, malformed values', () => {
    expect(
      contentIssues(draftRules, 'CASE_STUDY', {
        ...titleOnly,
        title: ' ',
        summary: 'x'.repeat(1001),
        estimatedMinutes: 1.5,
        indicatorCodes: ['11'],
        caseStudy: {
          ...complete.caseStudy,
          context: 'é'.repeat(110 * 1024),
          sources: [{ title: '', kind: '', year: 0, url: 'javascript:alert(1)' }],
        },
      }),
    ).toEqual([
      { field: 'title', message: 'title.required' },
      { field: 'summary', message: 'summary.tooLong' },
      { field: 'estimatedMinutes', message: 'estimatedMinutes.invalid' },
      { field: 'indicatorCodes.0', message: 'indicatorCodes.unknown' },
      { field: 'caseStudy.context', message: 'body.tooLarge' },
      { field: 'caseStudy.sources.0.url', message: 'url.invalid' },
    ]);
    expect(contentIssues(draftRules, 'MODULE', { ...titleOnly, lessons: [{ position: 2, title: '', body: '' }] })).toEqual([
      { field: 'lessons', message: 'lessons.outOfOrder' },
    ]);
  });
});

describe('indicator tags of either framework', () => {
  it('keep each tag once, sorted by framework and code', () => {
    const parsed = draftRules.common.parse({
      ...titleOnly,
      indicators: [
        { frameworkCode: 'PERMENPANRB-8-2026', code: 'I05' },
        { frameworkCode: 'PERMENPANRB-59-2020', code: 'I23' },
        { frameworkCode: 'PERMENPANRB-8-2026', code: 'I05' },
      ],
    });
    expect(parsed.indicators).toEqual([
      { frameworkCode: 'PERMENPANRB-59-2020', code: 'I23' },
      { frameworkCode: 'PERMENPANRB-8-2026', code: 'I05' },
    ]);
  });

  it('refuse a malformed code or an empty framework, naming the tag', () => {
    expect(
      contentIssues(draftRules, 'CASE_STUDY', {
        ...titleOnly,
        indicators: [
          { frameworkCode: 'PERMENPANRB-8-2026', code: '5' },
          { frameworkCode: '', code: 'I05' },
        ],
      }),
    ).toEqual([
      { field: 'indicators.0.code', message: 'indicators.unknown' },
      { field: 'indicators.1.frameworkCode', message: 'indicators.unknown' },
    ]);
  });
});

describe('submissionRules', () => {
  it('list every missing part of a title-only case study', () => {
    expect(contentIssues(submissionRules, 'CASE_STUDY', titleOnly).map((issue) => issue.field)).toEqual([
      'summary',
      'estimatedMinutes',
      'caseStudy.context',
      'caseStudy.problem',
      'caseStudy.whatWasDone',
      'caseStudy.results',
      'caseStudy.lessonsLearned',
    ]);
  });

  it('accept a complete case study, and refuse an estimate of 0 (a draft’s "not given")', () => {
    expect(contentIssues(submissionRules, 'CASE_STUDY', complete)).toEqual([]);
    expect(contentIssues(submissionRules, 'CASE_STUDY', { ...complete, estimatedMinutes: 0 })).toEqual([
      { field: 'estimatedMinutes', message: 'estimatedMinutes.invalid' },
    ]);
  });

  it('require lessons with text and playbook steps', () => {
    expect(contentIssues(submissionRules, 'MODULE', { ...complete, caseStudy: undefined })).toEqual([
      { field: 'lessons', message: 'lessons.required' },
    ]);
    expect(contentIssues(submissionRules, 'PLAYBOOK', complete).map((issue) => issue.field)).toEqual([
      'playbook.serviceName',
      'playbook.steps',
    ]);
  });
});
