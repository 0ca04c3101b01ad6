import type { TFunction } from 'i18next';

interface LessonRef {
  key: string;
  position: number;
  title: string;
}

/** "Kuis pelajaran 2: Judul" or "Kuis akhir modul". */
export function quizLabel(t: TFunction, lessonKey: string | null | undefined, lessons: readonly LessonRef[]): string {
  if (!lessonKey) return t('learning.quiz.endOfModule');
  const sorted = [...lessons].sort((a, b) => a.position - b.position);
  const index = sorted.findIndex((lesson) => lesson.key === lessonKey);
  if (index < 0) return t('learning.quiz.afterUnknownLesson');
  return t('learning.quiz.afterLesson', { number: index + 1, title: sorted[index].title });
}
