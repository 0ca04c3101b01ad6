import { fieldIssues } from '../accounts/account-rules';
import { CONTENT_MESSAGES_EN } from '../content/content-rules';
import { learningPathRules, PATH_MESSAGES_EN } from './path-rules';

const A = '5f0c3a52-1d2e-4c8b-9a7f-0b1c2d3e4f50';
const B = '5f0c3a52-1d2e-4c8b-9a7f-0b1c2d3e4f51';
const messages = { ...CONTENT_MESSAGES_EN, ...PATH_MESSAGES_EN, 'field.invalid': 'This value is not valid.' };
const issues = (input: unknown) => {
  const result = learningPathRules.safeParse(input);
  return result.success ? [] : fieldIssues(result.error, messages);
};

describe('learningPathRules', () => {
  it('accepts a path and trims its texts; requirements may be left out', () => {
    const result = learningPathRules.parse({
      title: '  Jalur SPBE Dasar ',
      description: ' Dua modul. ',
      steps: [{ itemId: A }, { itemId: B, requiresItemIds: [A] }],
    });
    expect(result).toEqual({
      title: 'Jalur SPBE Dasar',
      description: 'Dua modul.',
      steps: [{ itemId: A }, { itemId: B, requiresItemIds: [A] }],
    });
  });

  it('names the field of each problem with a message key', () => {
    expect(issues({ title: ' ', description: 'x'.repeat(2001), steps: [] })).toEqual([
      { field: 'title', message: 'title.required' },
      { field: 'description', message: 'paths.descriptionTooLong' },
      { field: 'steps', message: 'paths.stepsRequired' },
    ]);
    expect(issues({ title: 'x'.repeat(201), description: '', steps: [{ itemId: A }] })).toEqual([
      { field: 'title', message: 'title.tooLong' },
    ]);
  });

  it('refuses a module twice and an id that is not one', () => {
    expect(issues({ title: 'Jalur', description: '', steps: [{ itemId: A }, { itemId: A.toUpperCase() }] })).toEqual([
      { field: 'steps', message: 'paths.stepDuplicate' },
    ]);
    expect(issues({ title: 'Jalur', description: '', steps: [{ itemId: 'nope', requiresItemIds: ['x'] }] })).toEqual([
      { field: 'steps.0.itemId', message: 'field.invalid' },
      { field: 'steps.0.requiresItemIds.0', message: 'field.invalid' },
    ]);
  });
});
