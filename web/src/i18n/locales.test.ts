import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import {
  CONTENT_LEVELS,
  CONTENT_MESSAGES_EN,
  CONTENT_TYPES,
  ERROR_REASONS,
  ERROR_REASONS_BY_FEATURE,
  MENTORING_MESSAGES_EN,
  QUESTION_KINDS,
  QUIZ_MESSAGES_EN,
  REVISION_STATUSES,
  ROLES,
  VALIDATION_MESSAGES_EN,
} from '@living-lab/shared';
import { NAMESPACES, type Namespace } from './i18n';
import { resources } from './resources';

type Tree = { [key: string]: string | Tree };
type Language = keyof typeof resources;

const LANGUAGES = Object.keys(resources) as Language[];
const tree = (language: Language, namespace: Namespace) => resources[language][namespace] as unknown as Tree;

/** "a.b.c" paths of every string in a translation tree. */
function leafKeys(node: Tree, prefix = ''): string[] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );
}

function lookup(node: Tree, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((current, part) => (current && typeof current === 'object' ? (current as Tree)[part] : undefined), node);
}

/** A text exists for the key (or its plural forms, e.g. key_one and key_other). */
function hasText(node: Tree, key: string): boolean {
  if (typeof lookup(node, key) === 'string') return true;
  const cut = key.lastIndexOf('.');
  const parent = cut < 0 ? node : lookup(node, key.slice(0, cut));
  const last = key.slice(cut + 1);
  return typeof parent === 'object' && parent !== null && Object.keys(parent).some((name) => name.startsWith(`${last}_`));
}

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
/** Reasons the server sends with parameters: each has a text that uses them (`errors.<REASON>_params`). */
const REASONS_WITH_PARAMS: Partial<Record<Namespace, string[]>> = {
  assessments: ['YEAR_NOT_COVERED', 'INCOMPLETE_EVALUATION'],
  audit: ['EXPORT_TOO_LARGE'],
  auth: ['TOO_MANY_ATTEMPTS', 'MISSING_ROLE'],
  common: ['INVALID_PAGE', 'FILE_TOO_LARGE', 'TOO_MANY_REQUESTS'],
  learning: ['NO_ATTEMPTS_LEFT'],
  mentoring: ['CAPACITY_REACHED', 'DOUBLE_BOOKED'],
  spbe: ['NO_FRAMEWORK_FOR_YEAR', 'DOMAIN_NOT_FOUND'],
  users: ['EMAIL_NOT_VERIFIED'],
};

describe('translations', () => {
  it('have one namespace per feature with an error enum, plus the web-only ones', () => {
    expect([...NAMESPACES].sort()).toEqual([...Object.keys(ERROR_REASONS_BY_FEATURE), 'dashboards'].sort());
  });

  it('load on demand exactly the namespaces there are texts for', () => {
    expect([...NAMESPACES].sort()).toEqual(Object.keys(resources.id).sort());
    expect(Object.keys(resources.en).sort()).toEqual(Object.keys(resources.id).sort());
  });

  it.each(NAMESPACES)('have the same keys in Bahasa Indonesia and English in %s', (namespace) => {
    const idKeys = leafKeys(tree('id', namespace)).sort();
    const enKeys = leafKeys(tree('en', namespace)).sort();
    expect(idKeys.filter((key) => !enKeys.includes(key))).toEqual([]);
    expect(enKeys.filter((key) => !idKeys.includes(key))).toEqual([]);
  });

  it('have no empty texts', () => {
    for (const language of LANGUAGES) {
      for (const namespace of NAMESPACES) {
        const node = tree(language, namespace);
        const empty = leafKeys(node).filter((key) => String(lookup(node, key)).trim() === '');
        expect({ language, namespace, empty }).toEqual({ language, namespace, empty: [] });
      }
    }
  });

  it.each(LANGUAGES)('translate every shared validation, content, quiz and mentoring message key in %s', (language) => {
    const keys = [
      ...Object.keys(VALIDATION_MESSAGES_EN),
      ...Object.keys(CONTENT_MESSAGES_EN),
      ...Object.keys(QUIZ_MESSAGES_EN),
      ...Object.keys(MENTORING_MESSAGES_EN),
    ];
    expect(keys.length).toBeGreaterThan(70);
    expect(keys.filter((key) => typeof lookup(tree(language, 'common'), `validation.${key}`) !== 'string')).toEqual([]);
  });

  it.each(LANGUAGES)('name every pair status, session status, mentee kind, outcome and rating in %s', (language) => {
    const keys = [
      ...['ACTIVE', 'COMPLETED', 'CANCELLED'].map((status) => `mentoring.pairStatus.${status}`),
      ...['SCHEDULED', 'HELD', 'NO_SHOW', 'CANCELLED'].map((status) => `mentoring.sessionStatus.${status}`),
      ...['LEARNER', 'REGION_TEAM'].flatMap((kind) => [`mentoring.menteeKinds.${kind}`, `mentoring.create.kinds.${kind}`]),
      ...['HELD', 'NO_SHOW'].map((status) => `mentoring.outcome.statuses.${status}`),
      ...[1, 2, 3, 4, 5].map((rating) => `mentoring.feedback.ratings.${rating}`),
    ];
    expect(keys.filter((key) => typeof lookup(tree(language, 'mentoring'), key) !== 'string')).toEqual([]);
  });

  it.each(LANGUAGES)('name every question kind and certificate kind in %s', (language) => {
    const keys = [
      ...QUESTION_KINDS.map((kind) => `quizEditor.kinds.${kind}`),
      ...QUESTION_KINDS.map((kind) => `quizEditor.optionsHint.${kind}`),
      ...['MODULE', 'PATH'].flatMap((kind) => [
        `certificates.kinds.${kind}`,
        `certificates.heading.${kind}`,
        `certificates.forCompleting.${kind}`,
      ]),
    ];
    expect(keys.filter((key) => typeof lookup(tree(language, 'learning'), key) !== 'string')).toEqual([]);
  });

  it.each(LANGUAGES)('name every content type, level, status, action and changed field in %s', (language) => {
    const keys = [
      ...CONTENT_TYPES.map((type) => `content.types.${type}`),
      ...CONTENT_LEVELS.map((level) => `content.levels.${level}`),
      ...REVISION_STATUSES.map((status) => `content.revisionStatus.${status}`),
      ...['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'].map((status) => `content.itemStatus.${status}`),
      ...CONTENT_ACTIONS.map((action) => `content.actions.${action}`),
      ...CHANGED_FIELDS.map((field) => `content.fields.${field}`),
    ];
    expect(keys.filter((key) => typeof lookup(tree(language, 'content'), key) !== 'string')).toEqual([]);
  });

  it.each(LANGUAGES)('translate every error reason of the shared enums, in its feature’s namespace, in %s', (language) => {
    expect(ERROR_REASONS.length).toBeGreaterThan(60);
    const missing = Object.entries(ERROR_REASONS_BY_FEATURE).flatMap(([namespace, reasons]) =>
      Object.values(reasons as Record<string, string>)
        .map((reason) => `${namespace}:errors.${reason}`)
        .filter((key) => {
          const [name, path] = key.split(':');
          return typeof lookup(tree(language, name as Namespace), path) !== 'string';
        }),
    );
    const common = [...ERROR_CODES.map((code) => `errors.code.${code}`), 'errors.generic', 'errors.network'];
    expect([...missing, ...common.filter((key) => typeof lookup(tree(language, 'common'), key) !== 'string')]).toEqual([]);
  });

  it.each(LANGUAGES)('word reasons without parameters by default and with them in _params (or _own/_other), in %s', (language) => {
    for (const namespace of NAMESPACES) {
      const errors = (lookup(tree(language, namespace), 'errors') ?? {}) as Tree;
      const reasons = Object.values((ERROR_REASONS_BY_FEATURE as Record<string, Record<string, string>>)[namespace] ?? {});
      const own = Object.keys(errors).filter((key) => key !== 'code' && key !== 'generic' && key !== 'network');
      // Only the feature's own reasons, so a text cannot sit in a namespace the web never looks in.
      expect({ namespace, stray: own.filter((key) => !reasons.includes(key.replace(/_(params|own|other)$/, ''))) }).toEqual({
        namespace,
        stray: [],
      });
      const withPlaceholders = reasons.filter((reason) => String(errors[reason]).includes('{{'));
      expect({ namespace, withPlaceholders }).toEqual({ namespace, withPlaceholders: [] });
      const expected = REASONS_WITH_PARAMS[namespace] ?? [];
      expect({ namespace, params: own.filter((key) => key.endsWith('_params')).sort() }).toEqual({
        namespace,
        params: expected.map((reason) => `${reason}_params`).sort(),
      });
    }
  });

  it.each(LANGUAGES)('name every role in %s', (language) => {
    expect(ROLES.filter((role) => typeof lookup(tree(language, 'common'), `roles.${role}`) !== 'string')).toEqual([]);
  });
});

const SOURCE_ROOT = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' || entry.name === 'test' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.includes('.test.') ? [path] : [];
  });
}

/** The namespace a file's folder belongs to: features/<feature>/… or `common`. */
function folderNamespace(file: string): string {
  const parts = relative(SOURCE_ROOT, file).split(sep);
  return parts[0] === 'features' ? parts[1] : 'common';
}

/** The first argument of each t(…) call, as source text. */
function firstArguments(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/(?<![\w$.])t\(/g)) {
    let depth = 0;
    let end = (match.index ?? 0) + 2;
    for (; end < source.length; end++) {
      const char = source[end];
      if ('([{'.includes(char)) depth++;
      else if (')]}'.includes(char)) {
        if (depth === 0) break;
        depth--;
      } else if (char === ',' && depth === 0) break;
    }
    found.push(source.slice((match.index ?? 0) + 2, end));
  }
  return found;
}

interface KeyUse {
  file: string;
  key: string;
  /** A template literal's fixed start, e.g. "content.types." of `content.types.${type}`. */
  prefix: boolean;
}

function keysUsed(file: string, source: string): KeyUse[] {
  const uses: KeyUse[] = [];
  for (const argument of firstArguments(source)) {
    // In `cond ? 'a' : 'b'` only the two branches are keys.
    const keyPart = argument.includes('?') ? argument.slice(argument.indexOf('?') + 1) : argument;
    for (const literal of keyPart.matchAll(/'([^']+)'|`([^`$]*)(\$\{)?[^`]*`/g)) {
      if (literal[1] !== undefined) uses.push({ file, key: literal[1], prefix: false });
      else if (literal[2]) uses.push({ file, key: literal[2].replace(/\.$/, ''), prefix: literal[3] !== undefined });
    }
  }
  return uses;
}

function namespacesOf(file: string, source: string): string[] {
  const named = [...source.matchAll(/useTranslation\(\s*(\[[^\]]*\]|'[^']*')/g)].flatMap((match) =>
    [...match[1].matchAll(/'([^']+)'/g)].map((name) => name[1]),
  );
  return [...new Set([...(named.length > 0 ? named : [folderNamespace(file)]), 'common'])];
}

describe('keys used in the code', () => {
  const files = sourceFiles(SOURCE_ROOT);
  const sources = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));

  it('exist in both languages, in the file’s namespace or in common', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const [file, source] of sources) {
      const namespaces = namespacesOf(file, source);
      for (const use of keysUsed(file, source)) {
        const [where, key] = use.key.includes(':') ? [[use.key.split(':')[0]], use.key.split(':')[1]] : [namespaces, use.key];
        for (const language of LANGUAGES) {
          checked++;
          const found = where.some((namespace) => {
            if (!NAMESPACES.includes(namespace as Namespace)) return false;
            const node = tree(language, namespace as Namespace);
            return use.prefix ? typeof lookup(node, key) === 'object' : hasText(node, key);
          });
          if (!found) missing.push(`${relative(SOURCE_ROOT, file)}: ${use.key} (${language})`);
        }
      }
    }
    expect(checked).toBeGreaterThan(1500);
    expect(missing).toEqual([]);
  });

  it('name their own feature’s namespace in useTranslation', () => {
    const wrong: string[] = [];
    for (const [file, source] of sources) {
      const feature = folderNamespace(file);
      if (feature === 'common') continue;
      for (const match of source.matchAll(/useTranslation\(([^)]*)\)/g)) {
        if (match[1] !== `'${feature}'`) wrong.push(`${relative(SOURCE_ROOT, file)}: useTranslation(${match[1]})`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
