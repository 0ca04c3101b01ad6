import { gradeQuiz, quizRules } from './quiz-rules';

const question = (key: string, correct: string[], options = ['a', 'b', 'c']) => ({
  key,
  options: options.map((option) => ({ key: option, correct: correct.includes(option) })),
});

describe('gradeQuiz', () => {
  it('counts a question right only when exactly its correct options are chosen', () => {
    const questions = [question('q1', ['a']), question('q2', ['a', 'c']), question('q3', ['b'])];
    const answers = new Map([
      ['q1', new Set(['a'])],
      ['q2', new Set(['a'])], // one of two: wrong
      ['q3', new Set(['b', 'c'])], // one too many: wrong
    ]);
    const result = gradeQuiz(questions, answers);
    expect([...result.correctKeys]).toEqual(['q1']);
    expect(result.scorePercent).toBe(33);
  });

  it('treats an unanswered question as wrong and scores 100 for all right', () => {
    const questions = [question('q1', ['a']), question('q2', ['b'])];
    expect(gradeQuiz(questions, new Map([['q1', new Set(['a'])]])).scorePercent).toBe(50);
    expect(
      gradeQuiz(
        questions,
        new Map([
          ['q1', new Set(['a'])],
          ['q2', new Set(['b'])],
        ]),
      ).scorePercent,
    ).toBe(100);
  });
});

describe('quizRules', () => {
  const base = { kind: 'SINGLE_CHOICE', prompt: 'Berapa bobot domain Layanan?', explanation: '45,5 %.' };
  it('accepts a valid quiz', () => {
    const quiz = {
      passMarkPercent: 70,
      questions: [
        {
          ...base,
          options: [
            { text: '45,5 %', correct: true },
            { text: '13 %', correct: false },
          ],
        },
      ],
    };
    expect(quizRules.safeParse(quiz).success).toBe(true);
  });

  it.each([
    [
      'two correct options on a single-choice question',
      {
        ...base,
        options: [
          { text: 'a', correct: true },
          { text: 'b', correct: true },
        ],
      },
      'quiz.correct.SINGLE_CHOICE',
    ],
    [
      'no correct option',
      {
        ...base,
        kind: 'MULTIPLE_CHOICE',
        options: [
          { text: 'a', correct: false },
          { text: 'b', correct: false },
        ],
      },
      'quiz.correct.MULTIPLE_CHOICE',
    ],
    [
      'a true/false question with three options',
      {
        ...base,
        kind: 'TRUE_FALSE',
        options: [
          { text: 'Benar', correct: true },
          { text: 'Salah', correct: false },
          { text: '?', correct: false },
        ],
      },
      'quiz.correct.TRUE_FALSE',
    ],
    ['a single option', { ...base, options: [{ text: 'a', correct: true }] }, 'quiz.options.tooFew'],
  ])('refuses %s', (_, badQuestion, message) => {
    const result = quizRules.safeParse({ passMarkPercent: 70, questions: [badQuestion] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toContain(message);
  });
});
