import {
  type AnswerPolicy,
  DEFAULT_ANSWER_POLICY,
  type FieldIssue,
  fieldIssues,
  QUIZ_MESSAGES_EN,
  type QuestionKind,
  quizRules,
  VALIDATION_MESSAGES_EN,
} from '@living-lab/shared';
import type { QuizForEditingFieldsFragment, SaveQuizInput } from '../../../../gql/graphql';

/** Form state of the quiz editor. Lists carry a `uid` for React and keep the server's `key`. */
export interface OptionValues {
  uid: string;
  key: string | null;
  text: string;
  correct: boolean;
}

export interface QuestionValues {
  uid: string;
  key: string | null;
  kind: QuestionKind;
  prompt: string;
  explanation: string;
  options: OptionValues[];
}

export interface QuizEditorValues {
  passMarkPercent: string;
  /** Empty: unlimited. */
  attemptsAllowed: string;
  answerPolicy: AnswerPolicy;
  /** Empty: every question in every attempt. */
  drawCount: string;
  questions: QuestionValues[];
}

let lastUid = 0;
const newUid = () => `quiz-part-${++lastUid}`;

export const DEFAULT_PASS_MARK = 70;
/** What the editor proposes for a new quiz: a few attempts, so a certificate means something. */
export const DEFAULT_ATTEMPTS_ALLOWED = 3;

export const newOption = (text = '', correct = false): OptionValues => ({ uid: newUid(), key: null, text, correct });

export const newQuestion = (): QuestionValues => ({
  uid: newUid(),
  key: null,
  kind: 'SINGLE_CHOICE',
  prompt: '',
  explanation: '',
  options: [newOption(), newOption()],
});

export function emptyQuizValues(): QuizEditorValues {
  return {
    passMarkPercent: String(DEFAULT_PASS_MARK),
    attemptsAllowed: String(DEFAULT_ATTEMPTS_ALLOWED),
    answerPolicy: DEFAULT_ANSWER_POLICY,
    drawCount: '',
    questions: [newQuestion()],
  };
}

export function valuesFromQuiz(quiz: QuizForEditingFieldsFragment): QuizEditorValues {
  return {
    passMarkPercent: String(quiz.passMarkPercent),
    attemptsAllowed: quiz.attemptsAllowed == null ? '' : String(quiz.attemptsAllowed),
    answerPolicy: quiz.answerPolicy,
    drawCount: quiz.drawCount == null ? '' : String(quiz.drawCount),
    questions: quiz.questions.map((question) => ({
      uid: newUid(),
      key: question.key,
      kind: question.kind,
      prompt: question.prompt,
      explanation: question.explanation,
      options: question.options.map((option) => ({ uid: newUid(), key: option.key, text: option.text, correct: option.correct })),
    })),
  };
}

/**
 * A true/false question has exactly two options. Two options already written are kept; otherwise they
 * become "Benar" (correct) and "Salah", keeping the keys of the first two.
 */
export function asTrueFalse(question: QuestionValues, trueText: string, falseText: string): QuestionValues {
  const written = question.options.some((option) => option.text.trim() !== '');
  if (question.options.length === 2 && written) return { ...question, kind: 'TRUE_FALSE' };
  const [first, second] = question.options;
  return {
    ...question,
    kind: 'TRUE_FALSE',
    options: [
      { uid: first?.uid ?? newUid(), key: first?.key ?? null, text: trueText, correct: true },
      { uid: second?.uid ?? newUid(), key: second?.key ?? null, text: falseText, correct: false },
    ],
  };
}

function wholeNumber(text: string): number {
  const trimmed = text.trim();
  const value = Number(trimmed);
  return trimmed !== '' && Number.isInteger(value) ? value : 0;
}

/** Empty means none (unlimited, all); anything else a whole number (0 when not one, which the rules refuse). */
function optionalWholeNumber(text: string): number | null {
  return text.trim() === '' ? null : wholeNumber(text);
}

/** The API input; new questions and options have no key, existing ones keep theirs. */
export function toQuizInput(itemId: string, lessonKey: string | null, values: QuizEditorValues, version: number | null): SaveQuizInput {
  return {
    itemId,
    ...(lessonKey ? { lessonKey } : {}),
    passMarkPercent: wholeNumber(values.passMarkPercent),
    attemptsAllowed: optionalWholeNumber(values.attemptsAllowed),
    answerPolicy: values.answerPolicy,
    drawCount: optionalWholeNumber(values.drawCount),
    questions: values.questions.map((question) => ({
      ...(question.key ? { key: question.key } : {}),
      kind: question.kind,
      prompt: question.prompt,
      explanation: question.explanation,
      options: question.options.map((option) => ({
        ...(option.key ? { key: option.key } : {}),
        text: option.text,
        correct: option.correct,
      })),
    })),
    ...(version === null ? {} : { version }),
  };
}

const MESSAGES: Readonly<Record<string, string>> = { ...VALIDATION_MESSAGES_EN, ...QUIZ_MESSAGES_EN };

/** The shared quiz rules, with the field paths the server reports (questions.0.options.1.text). */
export function validateQuizInput(input: SaveQuizInput): FieldIssue[] {
  const result = quizRules.safeParse({
    passMarkPercent: input.passMarkPercent,
    questions: input.questions,
    attemptsAllowed: input.attemptsAllowed ?? null,
    answerPolicy: input.answerPolicy ?? DEFAULT_ANSWER_POLICY,
    drawCount: input.drawCount ?? null,
  });
  return result.success ? [] : fieldIssues(result.error, MESSAGES);
}

/** The id of the element a field path points at. */
export function quizFieldId(path: string): string {
  if (path === 'questions' || path === '_') return 'quiz-add-question';
  const target = path.replace(/(options\.\d+)\.key$/, '$1.text').replace(/(questions\.\d+)\.key$/, '$1.prompt');
  return `quiz-${target.replaceAll('.', '-')}`;
}
