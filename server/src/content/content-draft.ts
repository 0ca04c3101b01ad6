import { randomUUID } from 'node:crypto';
import {
  BODY_MAX_BYTES,
  CommonErrorReason,
  type ContentDraftValues,
  ContentErrorReason,
  type ContentType,
  contentIssues,
  draftRules,
  EMPTY_CASE_STUDY,
  EMPTY_PLAYBOOK,
  FrameworkCode,
  type IndicatorTag,
  markdownToPlainText,
  submissionRules,
} from '@living-lab/shared';
import { BadUserInputError } from '../common/errors/domain-error';
import { validateInput } from '../common/validate-input';
import type { StoredBody } from './content-body';
import type { ContentDraftInput } from './dto/content-draft.input';

/** A draft input checked with the shared rules and turned into what a revision stores. */
export interface ValidDraft {
  fields: ContentDraftValues;
  body: StoredBody;
  plainText: string;
}

/** The whole stored text of one revision stays under 1 MB (each Markdown body under 200 KB). */
export const REVISION_MAX_BYTES = 5 * BODY_MAX_BYTES;

const BODY_PART: Record<ContentType, 'lessons' | 'caseStudy' | 'playbook'> = {
  MODULE: 'lessons',
  CASE_STUDY: 'caseStudy',
  PLAYBOOK: 'playbook',
};

/**
 * A draft is checked only for what keeps it storable (a title, sizes, well-formed values, unique
 * keys); completeness is checked when it is submitted (`assertComplete`).
 */
export function validateDraft(type: ContentType, input: ContentDraftInput): ValidDraft {
  const { lessons, caseStudy, playbook, ...common } = input;
  const fields = validateInput(draftRules.common, common);

  const part = BODY_PART[type];
  const parts = { lessons, caseStudy, playbook };
  for (const [name, value] of Object.entries(parts)) {
    if (name !== part && value != null) {
      throw new BadUserInputError(CommonErrorReason.INVALID_INPUT, { fields: [{ field: name, message: 'field.invalid' }] });
    }
  }
  const body = toStoredBody(type, parts);
  const plainText = [fields.title, fields.summary, ...markdownTexts(body)].map(markdownToPlainText).join('\n');
  if (Buffer.byteLength(JSON.stringify(body)) > REVISION_MAX_BYTES) {
    throw new BadUserInputError(ContentErrorReason.CONTENT_TOO_LARGE, { fields: [{ field: part, message: 'body.tooLarge' }] });
  }
  return { fields, body, plainText };
}

function toStoredBody(type: ContentType, parts: Pick<ContentDraftInput, 'lessons' | 'caseStudy' | 'playbook'>): StoredBody {
  switch (type) {
    case 'MODULE': {
      const { lessons } = validateInput(draftRules.MODULE, { lessons: parts.lessons ?? [] });
      const keyed = withKeys(lessons, 'lessons');
      return { type, lessons: keyed.map(({ key, title, body }) => ({ key, title, body })) };
    }
    case 'CASE_STUDY': {
      const values = validateInput(draftRules.CASE_STUDY, parts.caseStudy ?? EMPTY_CASE_STUDY, 'caseStudy.');
      return { type, ...values, sources: values.sources.map((source) => ({ ...source, url: source.url ?? null })) };
    }
    case 'PLAYBOOK': {
      const values = validateInput(draftRules.PLAYBOOK, parts.playbook ?? EMPTY_PLAYBOOK, 'playbook.');
      const steps = withKeys(values.steps, 'playbook.steps').map(
        ({ key, title, description, responsibleRole, estimatedDays, evidence }) => ({
          key,
          title,
          description,
          responsibleRole,
          estimatedDays,
          evidence,
        }),
      );
      return { type, serviceName: values.serviceName, prerequisites: values.prerequisites, steps, caseStudyId: values.caseStudyId ?? null };
    }
    default: {
      const unknown: never = type;
      throw new Error(`Unknown content type ${String(unknown)}`);
    }
  }
}

/** New lessons/steps get a key; an existing key may appear once. */
function withKeys<T extends { key?: string | null }>(parts: T[], field: string): Array<T & { key: string }> {
  const seen = new Set<string>();
  return parts.map((part, index) => {
    const key = part.key ?? randomUUID();
    if (seen.has(key)) {
      throw new BadUserInputError(ContentErrorReason.DUPLICATE_KEY, {
        fields: [{ field: `${field}.${index}.key`, message: 'field.invalid' }],
      });
    }
    seen.add(key);
    return { ...part, key };
  });
}

/** The framework of the legacy `indicatorCodes` (tags written before content named their framework). */
export const LEGACY_TAG_FRAMEWORK: string = FrameworkCode.PERMENPANRB_59_2020;

const tagKey = (tag: IndicatorTag) => `${tag.frameworkCode}:${tag.code}`;

/** A draft's tags, `indicatorCodes` (SPBE 59/2020) and `indicators` together, each once, sorted. */
export function draftTags(fields: Pick<ContentDraftValues, 'indicatorCodes' | 'indicators'>): IndicatorTag[] {
  const tags = [...fields.indicatorCodes.map((code) => ({ frameworkCode: LEGACY_TAG_FRAMEWORK, code })), ...fields.indicators];
  const unique = new Map(tags.map((tag) => [tagKey(tag), tag]));
  return [...unique.keys()].sort().map((key) => unique.get(key) as IndicatorTag);
}

/** The stored text of a revision as the API takes it, positions 1..n in order. */
export function storedAsInput(fields: Comparable): Record<string, unknown> {
  const { body, title, summary, level, estimatedMinutes, language, tags } = fields;
  const common = { title, summary, level, estimatedMinutes, language, indicators: tags };
  const numbered = <T>(parts: T[]) => parts.map((part, index) => ({ ...part, position: index + 1 }));
  switch (body.type) {
    case 'MODULE':
      return { ...common, lessons: numbered(body.lessons) };
    case 'CASE_STUDY': {
      const { type: _type, ...caseStudy } = body;
      return { ...common, caseStudy };
    }
    case 'PLAYBOOK': {
      const { type: _type, steps, ...playbook } = body;
      return { ...common, playbook: { ...playbook, steps: numbered(steps) } };
    }
  }
}

/** Refuses (BAD_USER_INPUT, one issue per missing or invalid part) a revision that is not complete enough to review. */
export function assertComplete(type: ContentType, fields: Comparable): void {
  const issues = contentIssues(submissionRules, type, storedAsInput(fields));
  if (issues.length > 0) throw new BadUserInputError(CommonErrorReason.INVALID_INPUT, { fields: issues });
}

/** Every Markdown text of a body, for search. */
export function markdownTexts(body: StoredBody): string[] {
  switch (body.type) {
    case 'MODULE':
      return body.lessons.flatMap((lesson) => [lesson.title, lesson.body]);
    case 'CASE_STUDY':
      return [body.context, body.problem, body.whatWasDone, body.results, body.lessonsLearned];
    case 'PLAYBOOK':
      return [body.serviceName, body.prerequisites, ...body.steps.flatMap((step) => [step.title, step.description, step.evidence])];
  }
}

/** Names of the fields that differ between two versions of a draft, for the version history. */
type Comparable = Omit<ValidDraft['fields'], 'language' | 'indicatorCodes' | 'indicators'> & {
  language: string;
  body: StoredBody;
  tags: IndicatorTag[];
};

export function changedFields(before: Comparable, after: Comparable): string[] {
  const changed: string[] = [];
  for (const field of ['title', 'summary', 'level', 'estimatedMinutes', 'language'] as const) {
    if (before[field] !== after[field]) changed.push(field);
  }
  // The history names the tags 'indicatorCodes', as it did before tags named their framework.
  if (before.tags.map(tagKey).join() !== after.tags.map(tagKey).join()) changed.push('indicatorCodes');
  const beforeBody = before.body as unknown as Record<string, unknown>;
  const afterBody = after.body as unknown as Record<string, unknown>;
  for (const key of Object.keys(afterBody)) {
    if (key !== 'type' && JSON.stringify(beforeBody[key]) !== JSON.stringify(afterBody[key])) changed.push(key);
  }
  return changed;
}
