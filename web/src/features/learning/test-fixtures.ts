import { LessonPlayerQuery } from './api/operations';

/** Test data shaped as the server returns it (with __typename). Not bundled: only tests import it. */
export const ITEM_ID = 'item-1';
export const LESSONS = [
  { __typename: 'Lesson' as const, key: 'lesson-1', position: 1, title: 'Dasar hukum SPBE', body: 'Perpres 95/2018 mengatur **SPBE**.' },
  { __typename: 'Lesson' as const, key: 'lesson-2', position: 2, title: 'Indeks SPBE', body: 'Indeks dihitung dari 47 indikator.' },
];

export function progress(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'ModuleProgress' as const,
    itemId: ITEM_ID,
    enrolled: true,
    enrolledAt: '2026-03-01T02:00:00.000Z',
    completedAt: null,
    lessonCount: 2,
    completedLessonKeys: [] as string[],
    progressPercent: 0,
    resumeLessonKey: 'lesson-1',
    quizzes: [] as unknown[],
    certificate: null as unknown,
    ...overrides,
  };
}

export const endQuiz = {
  __typename: 'LearnerQuiz' as const,
  id: 'quiz-1',
  lessonKey: null,
  passMarkPercent: 70,
  questionCount: 3,
  attemptsAllowed: null,
  answerPolicy: 'AFTER_PASSING' as const,
};

export function lessonPlayerMock(progressOverrides: Record<string, unknown> = {}, quizzes: unknown[] = [endQuiz]) {
  return {
    request: { query: LessonPlayerQuery, variables: { itemId: ITEM_ID } },
    result: {
      data: {
        moduleProgress: {
          ...progress(progressOverrides),
          item: {
            __typename: 'ContentItem' as const,
            id: ITEM_ID,
            type: 'MODULE',
            publishedRevision: {
              __typename: 'ContentRevision' as const,
              id: 'rev-1',
              title: 'Pengantar SPBE',
              language: 'id',
              lessons: LESSONS,
            },
          },
        },
        moduleQuizzes: quizzes,
      },
    },
  };
}
