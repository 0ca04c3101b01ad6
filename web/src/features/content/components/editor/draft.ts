import { type ContentType, contentIssues, draftRules, type FieldIssue, submissionRules } from '@living-lab/shared';
import type { ContentDraftInput, ContentLevel, RevisionContentFieldsFragment } from '../../../../gql/graphql';

/** Form state of the editor. Lists carry a `uid` for React and keep the server's `key`. */
export interface LessonValues {
  uid: string;
  key: string | null;
  title: string;
  body: string;
}

export interface SourceValues {
  uid: string;
  title: string;
  kind: string;
  year: string;
  url: string;
}

export interface StepValues {
  uid: string;
  key: string | null;
  title: string;
  description: string;
  responsibleRole: string;
  estimatedDays: string;
  evidence: string;
}

export interface IndicatorTagValue {
  frameworkCode: string;
  code: string;
}

/** Tags sorted by framework, then code (the order the server stores them in). */
export const sortedTags = (tags: readonly IndicatorTagValue[]): IndicatorTagValue[] =>
  [...tags].sort((a, b) => a.frameworkCode.localeCompare(b.frameworkCode) || a.code.localeCompare(b.code));

export interface EditorValues {
  title: string;
  summary: string;
  level: string;
  estimatedMinutes: string;
  language: string;
  /** Indicators of either framework (SPBE 59/2020, Pemdi 8/2026), each with its framework's code. */
  indicators: IndicatorTagValue[];
  lessons: LessonValues[];
  caseStudy: {
    context: string;
    problem: string;
    whatWasDone: string;
    results: string;
    lessonsLearned: string;
    sources: SourceValues[];
  };
  playbook: {
    serviceName: string;
    prerequisites: string;
    caseStudyId: string;
    steps: StepValues[];
  };
}

let lastUid = 0;
export const newUid = () => `part-${++lastUid}`;

export const newLesson = (): LessonValues => ({ uid: newUid(), key: null, title: '', body: '' });
export const newSource = (): SourceValues => ({ uid: newUid(), title: '', kind: '', year: '', url: '' });
export const newStep = (): StepValues => ({
  uid: newUid(),
  key: null,
  title: '',
  description: '',
  responsibleRole: '',
  estimatedDays: '',
  evidence: '',
});

export function emptyValues(type: ContentType): EditorValues {
  return {
    title: '',
    summary: '',
    // The server's default too: a draft always has a level, shown here rather than chosen silently.
    level: 'BEGINNER',
    estimatedMinutes: '',
    language: 'id',
    indicators: [],
    lessons: type === 'MODULE' ? [newLesson()] : [],
    caseStudy: { context: '', problem: '', whatWasDone: '', results: '', lessonsLearned: '', sources: [] },
    playbook: { serviceName: '', prerequisites: '', caseStudyId: '', steps: type === 'PLAYBOOK' ? [newStep()] : [] },
  };
}

export function valuesFromRevision(revision: RevisionContentFieldsFragment): EditorValues {
  const caseStudy = revision.caseStudy;
  const playbook = revision.playbook;
  return {
    title: revision.title,
    summary: revision.summary,
    level: revision.level,
    estimatedMinutes: typed(revision.estimatedMinutes),
    language: revision.language,
    indicators: sortedTags(revision.indicators.map(({ frameworkCode, code }) => ({ frameworkCode, code }))),
    lessons: [...revision.lessons]
      .sort((a, b) => a.position - b.position)
      .map((lesson) => ({ uid: newUid(), key: lesson.key, title: lesson.title, body: lesson.body })),
    caseStudy: {
      context: caseStudy?.context ?? '',
      problem: caseStudy?.problem ?? '',
      whatWasDone: caseStudy?.whatWasDone ?? '',
      results: caseStudy?.results ?? '',
      lessonsLearned: caseStudy?.lessonsLearned ?? '',
      sources: (caseStudy?.sources ?? []).map((source) => ({
        uid: newUid(),
        title: source.title,
        kind: source.kind,
        year: typed(source.year),
        url: source.url ?? '',
      })),
    },
    playbook: {
      serviceName: playbook?.serviceName ?? '',
      prerequisites: playbook?.prerequisites ?? '',
      caseStudyId: playbook?.caseStudyId ?? '',
      steps: [...(playbook?.steps ?? [])]
        .sort((a, b) => a.position - b.position)
        .map((step) => ({
          uid: newUid(),
          key: step.key,
          title: step.title,
          description: step.description,
          responsibleRole: step.responsibleRole,
          estimatedDays: typed(step.estimatedDays),
          evidence: step.evidence,
        })),
    },
  };
}

/** A draft stores 0 for a number not given yet; the form shows it empty. */
const typed = (value: number) => (value === 0 ? '' : String(value));

/**
 * A whole number typed in a field: empty is 0 ("not given yet", refused only on submission); anything
 * that is not a whole number is NaN, which the rules refuse with the field's message before sending.
 */
function wholeNumber(text: string): number {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  const value = Number(trimmed);
  return Number.isInteger(value) ? value : Number.NaN;
}

/**
 * The API input: positions run 1..n in list order, existing lessons and steps keep their `key`
 * (so learners' progress stays attached), new ones have none.
 */
export function toDraftInput(type: ContentType, values: EditorValues): ContentDraftInput {
  const common = {
    title: values.title,
    summary: values.summary,
    level: values.level as ContentLevel,
    estimatedMinutes: values.estimatedMinutes.trim() === '' ? null : wholeNumber(values.estimatedMinutes),
    language: values.language,
    indicatorCodes: [],
    indicators: sortedTags(values.indicators).map(({ frameworkCode, code }) => ({ frameworkCode, code })),
  };
  switch (type) {
    case 'MODULE':
      return {
        ...common,
        lessons: values.lessons.map((lesson, index) => ({
          ...(lesson.key ? { key: lesson.key } : {}),
          position: index + 1,
          title: lesson.title,
          body: lesson.body,
        })),
      };
    case 'CASE_STUDY': {
      const { sources, ...sections } = values.caseStudy;
      return {
        ...common,
        caseStudy: {
          ...sections,
          sources: sources.map((source) => ({
            title: source.title,
            kind: source.kind,
            year: wholeNumber(source.year),
            url: source.url.trim() || null,
          })),
        },
      };
    }
    case 'PLAYBOOK':
      return {
        ...common,
        playbook: {
          serviceName: values.playbook.serviceName,
          prerequisites: values.playbook.prerequisites,
          caseStudyId: values.playbook.caseStudyId || null,
          steps: values.playbook.steps.map((step, index) => ({
            ...(step.key ? { key: step.key } : {}),
            position: index + 1,
            title: step.title,
            description: step.description,
            responsibleRole: step.responsibleRole,
            estimatedDays: wholeNumber(step.estimatedDays),
            evidence: step.evidence,
          })),
        },
      };
  }
}

/**
 * The shared rules applied to the input, with the same field paths the server reports (lessons.0.body,
 * playbook.steps.1.title): `draft` is what saving needs (hard errors only), `submission` what review needs.
 */
export function validateDraftInput(mode: 'draft' | 'submission', type: ContentType, input: ContentDraftInput): FieldIssue[] {
  return contentIssues(mode === 'draft' ? draftRules : submissionRules, type, input as unknown as Record<string, unknown>);
}

/** The id of the input for a field path; list-level and part-level problems point at the list's add button or first field. */
export function fieldId(path: string): string {
  const target =
    {
      caseStudy: 'caseStudy.context',
      playbook: 'playbook.serviceName',
      'playbook.caseStudy': 'playbook.caseStudyId',
    }[path] ?? path.replace(/\.key$/, '.title');
  return `editor-${target.replaceAll('.', '-')}`;
}
