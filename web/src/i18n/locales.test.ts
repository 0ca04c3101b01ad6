import {
  CONTENT_LEVELS,
  CONTENT_MESSAGES_EN,
  CONTENT_TYPES,
  MENTORING_MESSAGES_EN,
  QUESTION_KINDS,
  QUIZ_MESSAGES_EN,
  REVISION_STATUSES,
  ROLES,
  VALIDATION_MESSAGES_EN,
} from '@living-lab/shared';
import en from './locales/en.json';
import id from './locales/id.json';

type Tree = { [key: string]: string | Tree };

/** "a.b.c" paths of every string in a translation tree. */
function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );
}

function lookup(tree: Tree, path: string): unknown {
  return path.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Tree)[part] : undefined), tree);
}

const locales: Record<string, Tree> = { id, en };

/** Every reason the server may send in extensions.reason. */
const ERROR_REASONS = [
  'EMAIL_TAKEN',
  'NIP_TAKEN',
  'INVALID_INPUT',
  'UNKNOWN_REGION',
  'INVALID_CREDENTIALS',
  'SESSION_INVALID',
  'NOT_SIGNED_IN',
  'MISSING_ROLE',
  'NOT_ALLOWED',
  'STALE_VERSION',
  'CANNOT_REMOVE_OWN_ADMIN',
  'NOT_A_COORDINATOR',
  'USER_NOT_FOUND',
  'INVALID_PAGE',
  'FRAMEWORK_NOT_FOUND',
  'NOT_THE_AUTHOR',
  'OWN_WORK',
  'NOT_A_REVIEWER',
  'INVALID_TRANSITION',
  'OPEN_REVISION_EXISTS',
  'CONTENT_NOT_FOUND',
  'REVISION_NOT_FOUND',
  'UNKNOWN_INDICATOR',
  'CONTENT_TOO_LARGE',
  'DUPLICATE_KEY',
  // Learning: enrolment, lessons, paths, quizzes, certificates, coordinators, sign-in throttling.
  'NOT_ENROLLABLE',
  'NOT_ENROLLED',
  'UNKNOWN_LESSON',
  'LOCKED',
  'NOT_IN_PATH',
  'INVALID_PREREQUISITE',
  'QUIZ_NOT_FOUND',
  'QUIZ_EXISTS',
  'ATTEMPT_NOT_FOUND',
  'ALREADY_SUBMITTED',
  'UNKNOWN_OPTION',
  'CERTIFICATE_NOT_FOUND',
  'PATH_NOT_FOUND',
  'NOT_YOUR_REGION',
  'TOO_MANY_ATTEMPTS',
  // Mentoring: pairs, sessions, feedback, action items.
  'CAPACITY_EXCEEDED',
  'NOT_A_MENTOR',
  'MENTOR_IS_MENTEE',
  'PAIR_NOT_FOUND',
  'PAIR_ENDED',
  'SESSION_NOT_FOUND',
  'IN_THE_PAST',
  'OUTSIDE_PAIR_DATES',
  'DOUBLE_BOOKED',
  'NOT_STARTED',
  'NOT_HELD',
  'FEEDBACK_EXISTS',
  'ACTION_ITEM_NOT_FOUND',
  'MALFORMED_VALUE',
];

/** ContentAction values of the schema and the field names the server lists in EDITED events. */
const CONTENT_ACTIONS = [
  'CREATED',
  'EDITED',
  'SUBMITTED',
  'WITHDRAWN',
  'CHANGES_REQUESTED',
  'PUBLISHED',
  'REVISION_STARTED',
  'ARCHIVED',
  'RESTORED',
];
const CHANGED_FIELDS = [
  'title',
  'summary',
  'level',
  'estimatedMinutes',
  'language',
  'indicatorCodes',
  'lessons',
  'context',
  'problem',
  'whatWasDone',
  'results',
  'lessonsLearned',
  'sources',
  'serviceName',
  'prerequisites',
  'steps',
  'caseStudyId',
];
const ERROR_CODES = ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'INTERNAL_SERVER_ERROR'];

describe('translations', () => {
  it('have the same keys in Bahasa Indonesia and English', () => {
    const idKeys = leafKeys(id).sort();
    const enKeys = leafKeys(en).sort();
    expect(idKeys.filter((key) => !enKeys.includes(key))).toEqual([]);
    expect(enKeys.filter((key) => !idKeys.includes(key))).toEqual([]);
    expect(idKeys.length).toBeGreaterThan(100);
  });

  it('have no empty texts', () => {
    for (const [locale, tree] of Object.entries(locales)) {
      const empty = leafKeys(tree).filter((key) => String(lookup(tree, key)).trim() === '');
      expect({ locale, empty }).toEqual({ locale, empty: [] });
    }
  });

  it.each(Object.keys(locales))('translate every shared validation key in %s', (locale) => {
    const keys = Object.keys(VALIDATION_MESSAGES_EN);
    expect(keys.length).toBeGreaterThan(10);
    const missing = keys.filter((key) => typeof lookup(locales[locale], `validation.${key}`) !== 'string');
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(locales))('translate every shared content message key in %s', (locale) => {
    const keys = Object.keys(CONTENT_MESSAGES_EN);
    expect(keys.length).toBeGreaterThan(40);
    const missing = keys.filter((key) => typeof lookup(locales[locale], `validation.${key}`) !== 'string');
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(locales))('translate every shared quiz message key in %s', (locale) => {
    const keys = Object.keys(QUIZ_MESSAGES_EN);
    expect(keys.length).toBeGreaterThan(10);
    const missing = keys.filter((key) => typeof lookup(locales[locale], `validation.${key}`) !== 'string');
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(locales))('translate every shared mentoring message key in %s', (locale) => {
    const keys = Object.keys(MENTORING_MESSAGES_EN);
    expect(keys.length).toBeGreaterThan(10);
    const missing = keys.filter((key) => typeof lookup(locales[locale], `validation.${key}`) !== 'string');
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(locales))('name every pair status, session status, mentee kind, outcome and rating in %s', (locale) => {
    const keys = [
      ...['ACTIVE', 'COMPLETED', 'CANCELLED'].map((status) => `mentoring.pairStatus.${status}`),
      ...['SCHEDULED', 'HELD', 'NO_SHOW', 'CANCELLED'].map((status) => `mentoring.sessionStatus.${status}`),
      ...['LEARNER', 'REGION_TEAM'].flatMap((kind) => [`mentoring.menteeKinds.${kind}`, `mentoring.create.kinds.${kind}`]),
      ...['HELD', 'NO_SHOW'].map((status) => `mentoring.outcome.statuses.${status}`),
      ...[1, 2, 3, 4, 5].map((rating) => `mentoring.feedback.ratings.${rating}`),
    ];
    expect(keys.filter((key) => typeof lookup(locales[locale], key) !== 'string')).toEqual([]);
  });

  it.each(Object.keys(locales))('name every question kind and certificate kind in %s', (locale) => {
    const keys = [
      ...QUESTION_KINDS.map((kind) => `quizEditor.kinds.${kind}`),
      ...QUESTION_KINDS.map((kind) => `quizEditor.optionsHint.${kind}`),
      ...['MODULE', 'PATH'].flatMap((kind) => [
        `certificates.kinds.${kind}`,
        `certificates.heading.${kind}`,
        `certificates.forCompleting.${kind}`,
      ]),
    ];
    expect(keys.filter((key) => typeof lookup(locales[locale], key) !== 'string')).toEqual([]);
  });

  it.each(Object.keys(locales))('name every content type, level, status, action and changed field in %s', (locale) => {
    const keys = [
      ...CONTENT_TYPES.map((type) => `content.types.${type}`),
      ...CONTENT_LEVELS.map((level) => `content.levels.${level}`),
      ...REVISION_STATUSES.map((status) => `content.revisionStatus.${status}`),
      ...['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'].map((status) => `content.itemStatus.${status}`),
      ...CONTENT_ACTIONS.map((action) => `content.actions.${action}`),
      ...CHANGED_FIELDS.map((field) => `content.fields.${field}`),
    ];
    expect(keys.filter((key) => typeof lookup(locales[locale], key) !== 'string')).toEqual([]);
  });

  it.each(Object.keys(locales))('translate every error reason and code in %s', (locale) => {
    const missing = [
      ...ERROR_REASONS.map((reason) => `errors.${reason}`),
      ...ERROR_CODES.map((code) => `errors.code.${code}`),
      'errors.generic',
      'errors.network',
    ].filter((key) => typeof lookup(locales[locale], key) !== 'string');
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(locales))('name every role in %s', (locale) => {
    expect(ROLES.filter((role) => typeof lookup(locales[locale], `roles.${role}`) !== 'string')).toEqual([]);
  });
});
