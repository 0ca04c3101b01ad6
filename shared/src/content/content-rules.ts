import { z } from 'zod';
import { type FieldIssue, fieldIssues, VALIDATION_MESSAGES_EN } from '../accounts/account-rules';
import {
  BODY_MAX_BYTES,
  COMMENT_MAX_LENGTH,
  CONTENT_LANGUAGES,
  CONTENT_LEVELS,
  type ContentType,
  MAX_LESSONS,
  MAX_SOURCES,
  MAX_STEPS,
  SUMMARY_MAX_LENGTH,
  TITLE_MAX_LENGTH,
} from './content-kinds';

const utf8Bytes = (value: string) => new TextEncoder().encode(value).length;

const markdown = (requiredKey: string) =>
  z
    .string()
    .trim()
    .min(1, { message: requiredKey })
    .refine((value) => utf8Bytes(value) <= BODY_MAX_BYTES, { message: 'body.tooLarge' });

const optionalMarkdown = z
  .string()
  .trim()
  .refine((value) => utf8Bytes(value) <= BODY_MAX_BYTES, { message: 'body.tooLarge' });

const shortText = (max: number, requiredKey: string, tooLongKey: string) =>
  z.string().trim().min(1, { message: requiredKey }).max(max, { message: tooLongKey });

const httpUrl = z
  .string()
  .trim()
  .max(2000, { message: 'url.invalid' })
  .refine((value) => /^https?:\/\/[^\s]+$/i.test(value), { message: 'url.invalid' });

/** Ordered parts (lessons, steps) carry their position; positions must run 1, 2, 3 ... as listed. */
const inOrder = <T extends { position: number }>(parts: T[]) => parts.every((part, index) => part.position === index + 1);

/** Text a draft may leave empty, still limited in size. */
const draftText = (max: number, tooLongKey: string) => z.string().trim().max(max, { message: tooLongKey });

/** A whole number in a draft: 0 means "not given yet"; submission needs min..max. */
const draftNumber = (max: number, key: string) =>
  z.number({ message: key }).int({ message: key }).min(0, { message: key }).max(max, { message: key });

const key = (message: string) => z.uuid({ message }).nullish();

// ---- Submission rules: what a revision needs before it goes to review (complete). ----

export const lessonRules = z.object({
  /** Stable across revisions, so learners' progress keeps pointing at the same lesson. Absent for a new lesson. */
  key: key('lesson.key.invalid'),
  position: z.number().int(),
  title: shortText(TITLE_MAX_LENGTH, 'lesson.title.required', 'lesson.title.tooLong'),
  body: markdown('lesson.body.required'),
});

export const moduleBodyRules = z.object({
  lessons: z
    .array(lessonRules)
    .min(1, { message: 'lessons.required' })
    .max(MAX_LESSONS, { message: 'lessons.tooMany' })
    .refine(inOrder, { message: 'lessons.outOfOrder' }),
});

export const sourceRules = z.object({
  title: shortText(300, 'source.title.required', 'source.title.tooLong'),
  kind: shortText(100, 'source.kind.required', 'source.kind.tooLong'),
  year: z.number().int().min(1945, { message: 'source.year.invalid' }).max(2100, { message: 'source.year.invalid' }),
  url: httpUrl.nullish(),
});

export const caseStudyBodyRules = z.object({
  context: markdown('caseStudy.context.required'),
  problem: markdown('caseStudy.problem.required'),
  whatWasDone: markdown('caseStudy.whatWasDone.required'),
  results: markdown('caseStudy.results.required'),
  lessonsLearned: markdown('caseStudy.lessonsLearned.required'),
  sources: z.array(sourceRules).max(MAX_SOURCES, { message: 'sources.tooMany' }),
});

export const playbookStepRules = z.object({
  key: key('step.key.invalid'),
  position: z.number().int(),
  title: shortText(TITLE_MAX_LENGTH, 'step.title.required', 'step.title.tooLong'),
  description: markdown('step.description.required'),
  responsibleRole: shortText(160, 'step.responsibleRole.required', 'step.responsibleRole.tooLong'),
  estimatedDays: z.number().int().min(1, { message: 'step.estimatedDays.invalid' }).max(730, { message: 'step.estimatedDays.invalid' }),
  evidence: shortText(1000, 'step.evidence.required', 'step.evidence.tooLong'),
});

export const playbookBodyRules = z.object({
  serviceName: shortText(TITLE_MAX_LENGTH, 'playbook.serviceName.required', 'playbook.serviceName.tooLong'),
  prerequisites: optionalMarkdown,
  steps: z
    .array(playbookStepRules)
    .min(1, { message: 'steps.required' })
    .max(MAX_STEPS, { message: 'steps.tooMany' })
    .refine(inOrder, { message: 'steps.outOfOrder' }),
  caseStudyId: z.uuid({ message: 'playbook.caseStudy.invalid' }).nullish(),
});

/** Legacy tags: indicator codes of PermenPANRB 59/2020 (SPBE); `indicators` names the framework of each tag. */
const indicatorCodes = z
  .array(z.string().regex(/^I\d{2}$/, { message: 'indicatorCodes.unknown' }))
  .max(47, { message: 'indicatorCodes.tooMany' })
  .nullish()
  .transform((codes) => [...new Set(codes ?? [])].sort());

/** A tag with an indicator of any framework the catalogue ships (SPBE 59/2020 or Pemdi 8/2026). */
export const indicatorTagRules = z.object({
  frameworkCode: z.string().trim().min(1, { message: 'indicators.unknown' }).max(40, { message: 'indicators.unknown' }),
  code: z.string().regex(/^I\d{2}$/, { message: 'indicators.unknown' }),
});
export type IndicatorTag = z.output<typeof indicatorTagRules>;

/** Tags by framework and code, each once, sorted (framework, then code). */
const indicators = z
  .array(indicatorTagRules)
  .max(67, { message: 'indicators.tooMany' })
  .nullish()
  .transform((tags) => {
    const unique = new Map((tags ?? []).map((tag) => [`${tag.frameworkCode}:${tag.code}`, tag]));
    return [...unique.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, tag]) => tag);
  });

/** Fields every content type has, complete. */
export const contentSubmissionRules = z.object({
  title: shortText(TITLE_MAX_LENGTH, 'title.required', 'title.tooLong'),
  summary: shortText(SUMMARY_MAX_LENGTH, 'summary.required', 'summary.tooLong'),
  level: z.enum(CONTENT_LEVELS, { message: 'level.invalid' }),
  estimatedMinutes: z.number().int().min(1, { message: 'estimatedMinutes.invalid' }).max(6000, { message: 'estimatedMinutes.invalid' }),
  language: z.enum(CONTENT_LANGUAGES, { message: 'language.invalid' }),
  indicatorCodes,
  indicators,
});

// ---- Draft rules: what keeps a draft storable (a title; everything else optional, typed and size-limited). ----

export const draftLessonRules = z.object({
  key: key('lesson.key.invalid'),
  position: z.number().int(),
  title: draftText(TITLE_MAX_LENGTH, 'lesson.title.tooLong'),
  body: optionalMarkdown,
});

export const draftModuleBodyRules = z.object({
  lessons: z.array(draftLessonRules).max(MAX_LESSONS, { message: 'lessons.tooMany' }).refine(inOrder, { message: 'lessons.outOfOrder' }),
});

export const draftSourceRules = z.object({
  title: draftText(300, 'source.title.tooLong'),
  kind: draftText(100, 'source.kind.tooLong'),
  year: draftNumber(2100, 'source.year.invalid'),
  url: httpUrl.nullish(),
});

export const draftCaseStudyBodyRules = z.object({
  context: optionalMarkdown,
  problem: optionalMarkdown,
  whatWasDone: optionalMarkdown,
  results: optionalMarkdown,
  lessonsLearned: optionalMarkdown,
  sources: z.array(draftSourceRules).max(MAX_SOURCES, { message: 'sources.tooMany' }),
});

export const draftPlaybookStepRules = z.object({
  key: key('step.key.invalid'),
  position: z.number().int(),
  title: draftText(TITLE_MAX_LENGTH, 'step.title.tooLong'),
  description: optionalMarkdown,
  responsibleRole: draftText(160, 'step.responsibleRole.tooLong'),
  estimatedDays: draftNumber(730, 'step.estimatedDays.invalid'),
  evidence: draftText(1000, 'step.evidence.tooLong'),
});

export const draftPlaybookBodyRules = z.object({
  serviceName: draftText(TITLE_MAX_LENGTH, 'playbook.serviceName.tooLong'),
  prerequisites: optionalMarkdown,
  steps: z.array(draftPlaybookStepRules).max(MAX_STEPS, { message: 'steps.tooMany' }).refine(inOrder, { message: 'steps.outOfOrder' }),
  caseStudyId: z.uuid({ message: 'playbook.caseStudy.invalid' }).nullish(),
});

/** Fields every content type has, as a draft: only the title is required; an estimate of 0 (or none) is "not given yet". */
export const contentDraftRules = z.object({
  title: shortText(TITLE_MAX_LENGTH, 'title.required', 'title.tooLong'),
  summary: draftText(SUMMARY_MAX_LENGTH, 'summary.tooLong')
    .nullish()
    .transform((value) => value ?? ''),
  level: z.enum(CONTENT_LEVELS, { message: 'level.invalid' }),
  estimatedMinutes: draftNumber(6000, 'estimatedMinutes.invalid')
    .nullish()
    .transform((value) => value ?? 0),
  language: z.enum(CONTENT_LANGUAGES, { message: 'language.invalid' }),
  indicatorCodes,
  indicators,
});

export const reviewCommentRules = z.object({
  comment: z.string().trim().min(1, { message: 'comment.required' }).max(COMMENT_MAX_LENGTH, { message: 'comment.tooLong' }),
});

export type ModuleBody = z.infer<typeof moduleBodyRules>;
export type CaseStudyBody = z.infer<typeof caseStudyBodyRules>;
export type PlaybookBody = z.infer<typeof playbookBodyRules>;
export type ContentDraftValues = z.output<typeof contentDraftRules>;

/** Saving a draft: only what keeps it storable. */
export const draftRules = {
  common: contentDraftRules,
  MODULE: draftModuleBodyRules,
  CASE_STUDY: draftCaseStudyBodyRules,
  PLAYBOOK: draftPlaybookBodyRules,
} as const;

/** Submitting for review: complete. */
export const submissionRules = {
  common: contentSubmissionRules,
  MODULE: moduleBodyRules,
  CASE_STUDY: caseStudyBodyRules,
  PLAYBOOK: playbookBodyRules,
} as const;

export type ContentRuleSet = typeof draftRules | typeof submissionRules;

/** The body rules of each content type, complete (as for submission). */
export const BODY_RULES = { MODULE: moduleBodyRules, CASE_STUDY: caseStudyBodyRules, PLAYBOOK: playbookBodyRules } as const;

/** An empty body of each type: what a draft stores when its body part is absent. */
export const EMPTY_CASE_STUDY = { context: '', problem: '', whatWasDone: '', results: '', lessonsLearned: '', sources: [] };
export const EMPTY_PLAYBOOK = { serviceName: '', prerequisites: '', steps: [], caseStudyId: null };

/** A revision's editable text, as the API takes it (common fields plus the body part of its type). */
export interface ContentInputShape {
  lessons?: unknown;
  caseStudy?: unknown;
  playbook?: unknown;
  [field: string]: unknown;
}

/**
 * Every problem of a revision's text under one rule set, with the field paths the server reports
 * (`summary`, `lessons.0.body`, `caseStudy.context`, `playbook.steps.1.title`): one issue per field.
 */
export function contentIssues(rules: ContentRuleSet, type: ContentType, input: ContentInputShape): FieldIssue[] {
  const { lessons, caseStudy, playbook, ...common } = input;
  const issues: FieldIssue[] = [];
  const check = (schema: z.ZodType, value: unknown, prefix: string) => {
    const result = schema.safeParse(value);
    if (!result.success)
      issues.push(...fieldIssues(result.error, CONTENT_ISSUE_MESSAGES).map((issue) => ({ ...issue, field: prefix + issue.field })));
  };
  check(rules.common, common, '');
  if (type === 'MODULE') check(rules.MODULE, { lessons: lessons ?? [] }, '');
  if (type === 'CASE_STUDY') check(rules.CASE_STUDY, caseStudy ?? EMPTY_CASE_STUDY, 'caseStudy.');
  if (type === 'PLAYBOOK') check(rules.PLAYBOOK, playbook ?? EMPTY_PLAYBOOK, 'playbook.');
  return issues;
}

/** English text for the content message keys (the server's messages; the web translates the keys). */
export const CONTENT_MESSAGES_EN = {
  'title.required': 'Enter a title.',
  'title.tooLong': `A title may have at most ${TITLE_MAX_LENGTH} characters.`,
  'summary.required': 'Enter a summary.',
  'summary.tooLong': `A summary may have at most ${SUMMARY_MAX_LENGTH} characters.`,
  'level.invalid': 'Choose a level.',
  'estimatedMinutes.invalid': 'Estimated time is a whole number of minutes from 1 to 6000.',
  'language.invalid': 'Choose Bahasa Indonesia or English.',
  'indicatorCodes.unknown': 'One of the SPBE indicators does not exist.',
  'indicatorCodes.tooMany': 'Too many indicators.',
  'indicators.unknown': 'One of the indicators does not exist in its framework.',
  'indicators.tooMany': 'Too many indicators.',
  'body.tooLarge': 'This text is too long (at most 200 KB).',
  'url.invalid': 'Enter a web address starting with http:// or https://.',
  'lesson.key.invalid': 'This lesson reference is not valid.',
  'lesson.title.required': 'Every lesson needs a title.',
  'lesson.title.tooLong': `A lesson title may have at most ${TITLE_MAX_LENGTH} characters.`,
  'lesson.body.required': 'Every lesson needs a text.',
  'lessons.required': 'A module needs at least one lesson.',
  'lessons.tooMany': `A module may have at most ${MAX_LESSONS} lessons.`,
  'lessons.outOfOrder': 'Lesson positions must run 1, 2, 3 … in the order listed.',
  'source.title.required': 'Every source needs a title.',
  'source.title.tooLong': 'A source title may have at most 300 characters.',
  'source.kind.required': 'Say what kind of source it is.',
  'source.kind.tooLong': 'The kind of source may have at most 100 characters.',
  'source.year.invalid': 'Enter the year of the source.',
  'sources.tooMany': `At most ${MAX_SOURCES} sources.`,
  'caseStudy.context.required': 'Describe the context.',
  'caseStudy.problem.required': 'Describe the problem.',
  'caseStudy.whatWasDone.required': 'Describe what was done.',
  'caseStudy.results.required': 'Describe the results.',
  'caseStudy.lessonsLearned.required': 'Describe the lessons learned.',
  'playbook.serviceName.required': 'Name the service to replicate.',
  'playbook.serviceName.tooLong': `The service name may have at most ${TITLE_MAX_LENGTH} characters.`,
  'playbook.caseStudy.invalid': 'Choose a published case study.',
  'step.key.invalid': 'This step reference is not valid.',
  'step.title.required': 'Every step needs a title.',
  'step.title.tooLong': `A step title may have at most ${TITLE_MAX_LENGTH} characters.`,
  'step.description.required': 'Every step needs a description.',
  'step.responsibleRole.required': 'Say who is responsible for the step.',
  'step.responsibleRole.tooLong': 'The responsible role may have at most 160 characters.',
  'step.estimatedDays.invalid': 'Estimated duration is a whole number of days from 1 to 730.',
  'step.evidence.required': 'Say what evidence shows the step is done.',
  'step.evidence.tooLong': 'The evidence may have at most 1000 characters.',
  'steps.required': 'A playbook needs at least one step.',
  'steps.tooMany': `A playbook may have at most ${MAX_STEPS} steps.`,
  'steps.outOfOrder': 'Step positions must run 1, 2, 3 … in the order listed.',
  'comment.required': 'Write a comment that says what to change.',
  'comment.tooLong': `A comment may have at most ${COMMENT_MAX_LENGTH} characters.`,
} as const;

const CONTENT_ISSUE_MESSAGES: Readonly<Record<string, string>> = { ...VALIDATION_MESSAGES_EN, ...CONTENT_MESSAGES_EN };
