import { BadUserInputError } from '../common/errors/domain-error';
import { changedFields, draftTags, validateDraft } from './content-draft';

const common = {
  title: 'Pengantar SPBE',
  summary: 'Apa itu SPBE.',
  level: 'BEGINNER' as const,
  estimatedMinutes: 30,
  language: 'id',
  indicatorCodes: ['I19', 'I11', 'I19'],
};

describe('validateDraft', () => {
  it('keys new lessons, keeps existing keys and normalises indicator codes', () => {
    const key = '2f1f3b8e-8a43-4c47-9b1e-0c1d2e3f4a5b';
    const draft = validateDraft('MODULE', {
      ...common,
      lessons: [
        { key, position: 1, title: 'Satu', body: 'Isi **satu**' },
        { position: 2, title: 'Dua', body: 'Isi dua' },
      ],
    });
    expect(draft.fields.indicatorCodes).toEqual(['I11', 'I19']);
    if (draft.body.type !== 'MODULE') throw new Error('expected a module');
    expect(draft.body.lessons[0].key).toBe(key);
    expect(draft.body.lessons[1].key).toMatch(/^[0-9a-f-]{36}$/);
    expect(draft.plainText).toContain('Isi satu');
  });

  it.each([
    ['an empty title', { ...common, title: '  ' }, 'title', 'title.required'],
    ['a title over 200 characters', { ...common, title: 'x'.repeat(201) }, 'title', 'title.tooLong'],
    ['a malformed indicator code', { ...common, indicatorCodes: ['11'] }, 'indicatorCodes.0', 'indicatorCodes.unknown'],
  ])('refuses %s', (_, fields, field, message) => {
    expect.assertions(2);
    try {
      validateDraft('MODULE', { ...fields, lessons: [{ position: 1, title: 'a', body: 'b' }] });
    } catch (error) {
      expect(error).toBeInstanceOf(BadUserInputError);
      expect((error as BadUserInputError).fields).toContainEqual({ field, message });
    }
  });

  it('refuses lessons out of order, a body over 200 KB and a body of another type', () => {
    const outOfOrder = () =>
      validateDraft('MODULE', {
        ...common,
        lessons: [
          { position: 2, title: 'a', body: 'b' },
          { position: 1, title: 'c', body: 'd' },
        ],
      });
    expect(outOfOrder).toThrow(expect.objectContaining({ fields: [{ field: 'lessons', message: 'lessons.outOfOrder' }] }));
    const huge = () => validateDraft('MODULE', { ...common, lessons: [{ position: 1, title: 'a', body: 'é'.repeat(110 * 1024) }] });
    expect(huge).toThrow(expect.objectContaining({ fields: [{ field: 'lessons.0.body', message: 'body.tooLarge' }] }));
    const wrongPart = () =>
      validateDraft('MODULE', {
        ...common,
        lessons: [{ position: 1, title: 'a', body: 'b' }],
        caseStudy: { context: 'a', problem: 'b', whatWasDone: 'c', results: 'd', lessonsLearned: 'e', sources: [] },
      });
    expect(wrongPart).toThrow(BadUserInputError);
  });

  it('refuses playbook steps out of order', () => {
    const step = { title: 'Langkah', description: 'Lakukan', responsibleRole: 'Sekda', estimatedDays: 5, evidence: 'SK' };
    expect(() =>
      validateDraft('PLAYBOOK', {
        ...common,
        playbook: {
          serviceName: 'e-Office',
          prerequisites: '',
          steps: [
            { ...step, position: 1 },
            { ...step, position: 3 },
          ],
        },
      }),
    ).toThrow(expect.objectContaining({ fields: [{ field: 'playbook.steps', message: 'steps.outOfOrder' }] }));
  });
});

describe('changedFields', () => {
  it('names the fields that changed', () => {
    const before = {
      ...common,
      language: 'id',
      tags: [{ frameworkCode: 'PERMENPANRB-59-2020', code: 'I11' }],
      body: { type: 'MODULE' as const, lessons: [{ key: 'k', title: 'a', body: 'b' }] },
    };
    const after = {
      ...before,
      title: 'Baru',
      tags: [
        { frameworkCode: 'PERMENPANRB-59-2020', code: 'I11' },
        { frameworkCode: 'PERMENPANRB-8-2026', code: 'I11' },
      ],
      body: { type: 'MODULE' as const, lessons: [{ key: 'k', title: 'a', body: 'c' }] },
    };
    expect(changedFields(before, after)).toEqual(['title', 'indicatorCodes', 'lessons']);
    expect(changedFields(before, before)).toEqual([]);
  });
});

describe('draftTags', () => {
  it('reads the legacy codes as SPBE 59/2020 and merges them with the framework-named tags, each once', () => {
    expect(
      draftTags({
        indicatorCodes: ['I23', 'I05'],
        indicators: [
          { frameworkCode: 'PERMENPANRB-8-2026', code: 'I05' },
          { frameworkCode: 'PERMENPANRB-59-2020', code: 'I05' },
        ],
      }),
    ).toEqual([
      { frameworkCode: 'PERMENPANRB-59-2020', code: 'I05' },
      { frameworkCode: 'PERMENPANRB-59-2020', code: 'I23' },
      { frameworkCode: 'PERMENPANRB-8-2026', code: 'I05' },
    ]);
  });
});
