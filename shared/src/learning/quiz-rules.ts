import { z } from 'zod';

/** Quizzes: a mentor attaches one to a lesson or to the end of a module, with a pass mark. */
export const QUESTION_KINDS = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TRUE_FALSE'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const MAX_QUESTIONS = 50;
export const MAX_OPTIONS = 10;

/** When a learner sees the right answers and explanations of a submitted attempt. */
export const ANSWER_POLICIES = ['NEVER', 'AFTER_PASSING', 'AFTER_LAST_ATTEMPT'] as const;
export type AnswerPolicy = (typeof ANSWER_POLICIES)[number];
export const DEFAULT_ANSWER_POLICY: AnswerPolicy = 'AFTER_PASSING';
/** Attempts an author may allow; null is unlimited. */
export const MAX_ATTEMPTS_ALLOWED = 20;

const text = (max: number, requiredKey: string, tooLongKey: string) =>
  z.string().trim().min(1, { message: requiredKey }).max(max, { message: tooLongKey });

export const quizOptionRules = z.object({
  key: z.uuid({ message: 'field.invalid' }).nullish(),
  text: text(500, 'quiz.option.required', 'quiz.option.tooLong'),
  correct: z.boolean(),
});

export const quizQuestionRules = z
  .object({
    key: z.uuid({ message: 'field.invalid' }).nullish(),
    kind: z.enum(QUESTION_KINDS, { message: 'quiz.kind.invalid' }),
    prompt: text(2000, 'quiz.prompt.required', 'quiz.prompt.tooLong'),
    options: z.array(quizOptionRules).min(2, { message: 'quiz.options.tooFew' }).max(MAX_OPTIONS, { message: 'quiz.options.tooMany' }),
    explanation: z.string().trim().max(4000, { message: 'quiz.explanation.tooLong' }),
  })
  .superRefine((question, context) => {
    const correct = question.options.filter((option) => option.correct).length;
    const wrong =
      (question.kind !== 'MULTIPLE_CHOICE' && correct !== 1) ||
      (question.kind === 'MULTIPLE_CHOICE' && correct < 1) ||
      (question.kind === 'TRUE_FALSE' && question.options.length !== 2);
    if (wrong) context.addIssue({ code: 'custom', path: ['options'], message: `quiz.correct.${question.kind}` });
  });

export const quizRules = z
  .object({
    passMarkPercent: z.number().int().min(1, { message: 'quiz.passMark.invalid' }).max(100, { message: 'quiz.passMark.invalid' }),
    questions: z
      .array(quizQuestionRules)
      .min(1, { message: 'quiz.questions.required' })
      .max(MAX_QUESTIONS, { message: 'quiz.questions.tooMany' }),
    /** null: unlimited. */
    attemptsAllowed: z
      .number({ message: 'quiz.attemptsAllowed.invalid' })
      .int({ message: 'quiz.attemptsAllowed.invalid' })
      .min(1, { message: 'quiz.attemptsAllowed.invalid' })
      .max(MAX_ATTEMPTS_ALLOWED, { message: 'quiz.attemptsAllowed.invalid' })
      .nullable()
      .default(null),
    answerPolicy: z.enum(ANSWER_POLICIES, { message: 'quiz.answerPolicy.invalid' }).default('AFTER_PASSING'),
    /** Questions drawn per attempt from the pool; null: all of them. */
    drawCount: z
      .number({ message: 'quiz.drawCount.invalid' })
      .int({ message: 'quiz.drawCount.invalid' })
      .min(1, { message: 'quiz.drawCount.invalid' })
      .nullable()
      .default(null),
  })
  .superRefine((quiz, context) => {
    if (quiz.drawCount != null && quiz.drawCount > quiz.questions.length) {
      context.addIssue({ code: 'custom', path: ['drawCount'], message: 'quiz.drawCount.tooMany' });
    }
  });
export type QuizValues = z.infer<typeof quizRules>;

export const QUIZ_MESSAGES_EN = {
  'quiz.option.required': 'Every answer option needs a text.',
  'quiz.option.tooLong': 'An answer option may have at most 500 characters.',
  'quiz.kind.invalid': 'Choose the kind of question.',
  'quiz.prompt.required': 'Every question needs a text.',
  'quiz.prompt.tooLong': 'A question may have at most 2000 characters.',
  'quiz.options.tooFew': 'A question needs at least two answer options.',
  'quiz.options.tooMany': `A question may have at most ${MAX_OPTIONS} answer options.`,
  'quiz.explanation.tooLong': 'An explanation may have at most 4000 characters.',
  'quiz.correct.SINGLE_CHOICE': 'Mark exactly one option as correct.',
  'quiz.correct.MULTIPLE_CHOICE': 'Mark at least one option as correct.',
  'quiz.correct.TRUE_FALSE': 'A true/false question has two options, one of them correct.',
  'quiz.passMark.invalid': 'The pass mark is a percentage from 1 to 100.',
  'quiz.questions.required': 'A quiz needs at least one question.',
  'quiz.questions.tooMany': `A quiz may have at most ${MAX_QUESTIONS} questions.`,
  'quiz.attemptsAllowed.invalid': `Attempts allowed is a whole number from 1 to ${MAX_ATTEMPTS_ALLOWED}, or empty for unlimited.`,
  'quiz.answerPolicy.invalid': 'Choose when learners see the correct answers.',
  'quiz.drawCount.invalid': 'Questions per attempt is a whole number of at least 1, or empty for all.',
  'quiz.drawCount.tooMany': 'Questions per attempt cannot be more than the questions in the quiz.',
} as const;

/**
 * Grading, the same rule everywhere: a question counts as right only when exactly its correct
 * options are chosen. The score is the share of right questions, in whole percent (rounded down).
 */
export function gradeQuiz(
  questions: ReadonlyArray<{ key: string; options: ReadonlyArray<{ key: string; correct: boolean }> }>,
  answers: ReadonlyMap<string, ReadonlySet<string>>,
): { correctKeys: Set<string>; scorePercent: number } {
  const correctKeys = new Set<string>();
  for (const question of questions) {
    const chosen = answers.get(question.key) ?? new Set<string>();
    const expected = question.options.filter((option) => option.correct).map((option) => option.key);
    if (expected.length === chosen.size && expected.every((key) => chosen.has(key))) correctKeys.add(question.key);
  }
  const scorePercent = questions.length === 0 ? 0 : Math.floor((correctKeys.size * 100) / questions.length);
  return { correctKeys, scorePercent };
}
