import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { renderWithProviders, testUser } from '../../../test/render';
import { StartQuizAttemptMutation, SubmitQuizAttemptMutation } from '../api/operations';
import { endQuiz, ITEM_ID, lessonPlayerMock, progress } from '../test-fixtures';
import QuizPage from './QuizPage';

const learner = testUser({ roles: ['LEARNER'] });
const option = (key: string, text: string) => ({ __typename: 'QuizOption' as const, key, text });

const questions = [
  {
    __typename: 'QuizQuestion' as const,
    key: 'q1',
    kind: 'SINGLE_CHOICE',
    prompt: 'Berapa jumlah domain SPBE?',
    options: [option('q1a', 'Tiga'), option('q1b', 'Empat')],
  },
  {
    __typename: 'QuizQuestion' as const,
    key: 'q2',
    kind: 'MULTIPLE_CHOICE',
    prompt: 'Manakah yang merupakan domain SPBE?',
    options: [option('q2a', 'Kebijakan Internal'), option('q2b', 'Pariwisata'), option('q2c', 'Layanan')],
  },
  {
    __typename: 'QuizQuestion' as const,
    key: 'q3',
    kind: 'TRUE_FALSE',
    prompt: 'Indeks SPBE bernilai 1 sampai 5.',
    options: [option('q3t', 'Benar'), option('q3f', 'Salah')],
  },
];

const startMock = {
  request: { query: StartQuizAttemptMutation, variables: { quizId: 'quiz-1' } },
  result: {
    data: {
      startQuizAttempt: {
        __typename: 'QuizAttemptStart' as const,
        attemptId: 'attempt-1',
        passMarkPercent: 70,
        attemptsLeft: null,
        questions,
      },
    },
  },
};

function graded(key: string, chosen: string[], correct: string[], explanation: string, revealed = true) {
  const question = questions.find((item) => item.key === key);
  if (!revealed) {
    const hidden = { __typename: 'GradedQuestion' as const, key, prompt: question?.prompt ?? '', options: question?.options ?? [] };
    return { ...hidden, chosenOptionKeys: chosen, correctOptionKeys: null, correct: null, explanation: null };
  }
  return {
    __typename: 'GradedQuestion' as const,
    key,
    prompt: question?.prompt ?? '',
    options: question?.options ?? [],
    chosenOptionKeys: chosen,
    correctOptionKeys: correct,
    correct: chosen.length === correct.length && chosen.every((item) => correct.includes(item)),
    explanation,
  };
}

/** The exact answers the learner gives below: the second option, options 1 and 3, then "Benar". */
const expectedAnswers = [
  { questionKey: 'q1', optionKeys: ['q1b'] },
  { questionKey: 'q2', optionKeys: ['q2a', 'q2c'] },
  { questionKey: 'q3', optionKeys: ['q3t'] },
];

function submitMock(
  passed: boolean,
  extraProgress: Record<string, unknown> = {},
  { revealed = true, attemptsLeft = null }: { revealed?: boolean; attemptsLeft?: number | null } = {},
) {
  return {
    request: { query: SubmitQuizAttemptMutation, variables: { input: { attemptId: 'attempt-1', answers: expectedAnswers } } },
    delay: 100,
    result: {
      data: {
        submitQuizAttempt: {
          __typename: 'QuizResult' as const,
          attemptId: 'attempt-1',
          scorePercent: passed ? 100 : 66,
          passMarkPercent: 70,
          passed,
          submittedAt: '2026-03-02T03:00:00.000Z',
          correctCount: passed ? 3 : 2,
          answersRevealed: revealed,
          attemptsLeft,
          questions: [
            graded('q1', ['q1b'], ['q1b'], 'Ada empat domain.', revealed),
            graded('q2', ['q2a', 'q2c'], ['q2a', 'q2c'], 'Pariwisata bukan domain SPBE.', revealed),
            graded('q3', ['q3t'], passed ? ['q3t'] : ['q3f'], 'Indeks SPBE bernilai 1 sampai 5.', revealed),
          ],
          progress: progress({
            quizzes: [
              { __typename: 'QuizStatus', quizId: 'quiz-1', lessonKey: null, passed, bestScorePercent: passed ? 100 : 66, attempts: 1 },
            ],
            ...extraProgress,
          }),
        },
      },
    },
  };
}

function renderQuiz(mocks: unknown[]) {
  return renderWithProviders(
    <Routes>
      <Route path="/belajar/:itemId/kuis/:quizId" element={<QuizPage />} />
    </Routes>,
    { user: learner, route: `/belajar/${ITEM_ID}/kuis/quiz-1`, mocks: mocks as never },
  );
}

const group = (name: RegExp) => screen.getByRole('group', { name });

async function startAndAnswer() {
  await userEvent.click(await screen.findByRole('button', { name: 'Mulai kuis' }));
  await screen.findByRole('heading', { level: 2, name: '3 pertanyaan' });
  await userEvent.click(within(group(/Berapa jumlah domain SPBE/)).getByRole('radio', { name: 'Empat' }));
  const multiple = group(/Manakah yang merupakan domain SPBE/);
  await userEvent.click(within(multiple).getByRole('checkbox', { name: 'Kebijakan Internal' }));
  await userEvent.click(within(multiple).getByRole('checkbox', { name: 'Pariwisata' }));
  await userEvent.click(within(multiple).getByRole('checkbox', { name: 'Layanan' }));
  await userEvent.click(within(multiple).getByRole('checkbox', { name: 'Pariwisata' })); // changed their mind
  await userEvent.click(within(group(/Indeks SPBE bernilai 1 sampai 5/)).getByRole('radio', { name: 'Benar' }));
}

describe('QuizPage', () => {
  it('shows radios for single-choice and true/false questions and checkboxes for multiple choice', async () => {
    renderQuiz([lessonPlayerMock(), startMock]);
    await userEvent.click(await screen.findByRole('button', { name: 'Mulai kuis' }));
    const single = await screen.findByRole('group', { name: /Pertanyaan 1 dari 3: Berapa jumlah domain SPBE/ });
    expect(within(single).getAllByRole('radio')).toHaveLength(2);
    expect(within(single).queryByRole('checkbox')).not.toBeInTheDocument();
    const multiple = group(/Pertanyaan 2 dari 3: Manakah/);
    expect(within(multiple).getAllByRole('checkbox')).toHaveLength(3);
    expect(within(multiple).queryByRole('radio')).not.toBeInTheDocument();
    expect(multiple).toHaveAccessibleDescription('Pilih semua jawaban yang benar.');
    expect(within(group(/Pertanyaan 3 dari 3/)).getAllByRole('radio')).toHaveLength(2);
  });

  it('refuses to send while a question has no answer', async () => {
    const { operations } = renderQuiz([lessonPlayerMock(), startMock]);
    await userEvent.click(await screen.findByRole('button', { name: 'Mulai kuis' }));
    await userEvent.click(await screen.findByRole('radio', { name: 'Empat' }));
    await userEvent.click(screen.getByRole('button', { name: 'Kirim jawaban' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Pertanyaan 2 belum dijawab.' })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Pertanyaan 3 belum dijawab.' })).toBeInTheDocument();
    expect(operations).not.toContain('SubmitQuizAttempt');
  });

  it('sends exactly the chosen options once, then shows the result with explanations and "Ulangi kuis"', async () => {
    const { operations } = renderQuiz([lessonPlayerMock(), startMock, submitMock(false)]);
    await startAndAnswer();

    const submit = screen.getByRole('button', { name: 'Kirim jawaban' });
    await userEvent.dblClick(submit);
    expect(screen.getByRole('button', { name: 'Mengirim jawaban…' })).toBeDisabled();

    const heading = await screen.findByRole('heading', { level: 2, name: 'Hasil kuis: Kuis akhir modul' });
    await waitFor(() => expect(heading).toHaveFocus());
    // The mock only answers the exact chosen option keys: a different payload would fail the test.
    expect(operations.filter((name) => name === 'SubmitQuizAttempt')).toHaveLength(1);
    expect(screen.getByText('Anda belum lulus.')).toBeInTheDocument();
    expect(screen.getByText('Skor Anda 66%; batas lulus 70%.')).toBeInTheDocument();

    const third = screen.getByRole('article', { name: 'Pertanyaan 3: salah' });
    const options = within(third)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(options).toEqual(['Benar (jawaban Anda)', 'Salah (jawaban benar)']);
    expect(within(third).getByText('Indeks SPBE bernilai 1 sampai 5.', { selector: '.explanation' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Pertanyaan 2: benar' })).toHaveTextContent('Penjelasan: Pariwisata bukan domain SPBE.');
    expect(screen.getByRole('button', { name: 'Ulangi kuis' })).toBeInTheDocument();
  });

  it('announces the completed module and links the certificate after the last quiz is passed', async () => {
    renderQuiz([
      lessonPlayerMock(),
      startMock,
      submitMock(true, {
        completedAt: '2026-03-02T03:00:00.000Z',
        progressPercent: 100,
        completedLessonKeys: ['lesson-1', 'lesson-2'],
        resumeLessonKey: null,
        certificate: {
          __typename: 'Certificate',
          id: 'c1',
          code: 'LL-ABC123',
          title: 'Pengantar SPBE',
          issuedAt: '2026-03-02T03:00:00.000Z',
        },
      }),
    ]);
    await startAndAnswer();
    await userEvent.click(screen.getByRole('button', { name: 'Kirim jawaban' }));
    expect(await screen.findByText('Selamat, Anda lulus!')).toBeInTheDocument();
    expect(screen.getByText('Selamat! Anda telah menyelesaikan seluruh modul ini.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Lihat sertifikat' })).toHaveAttribute('href', '/sertifikat/LL-ABC123');
    expect(screen.queryByRole('button', { name: 'Ulangi kuis' })).not.toBeInTheDocument();
  });

  it('shows no answers, verdicts or explanations when the server withholds them, and the attempts left', async () => {
    renderQuiz([lessonPlayerMock(), startMock, submitMock(false, {}, { revealed: false, attemptsLeft: 1 })]);
    await startAndAnswer();
    await userEvent.click(screen.getByRole('button', { name: 'Kirim jawaban' }));
    await screen.findByRole('heading', { level: 2, name: 'Hasil kuis: Kuis akhir modul' });
    expect(screen.getByText('Jawaban yang benar dan penjelasannya tidak ditampilkan untuk percobaan ini.')).toBeInTheDocument();
    expect(screen.getByText('2 dari 3 jawaban benar.')).toBeInTheDocument();
    expect(screen.getByText('Sisa 1 percobaan.')).toBeInTheDocument();
    const third = screen.getByRole('article', { name: 'Pertanyaan 3' });
    expect(
      within(third)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Benar (jawaban Anda)', 'Salah']);
    expect(screen.queryByText(/jawaban benar\)/)).not.toBeInTheDocument();
    expect(document.querySelector('.explanation')).toBeNull();
    expect(screen.getByRole('button', { name: 'Ulangi kuis' })).toBeInTheDocument();
  });

  it('offers no retake after the last attempt, and no start once none is left', async () => {
    renderQuiz([lessonPlayerMock(), startMock, submitMock(false, {}, { revealed: true, attemptsLeft: 0 })]);
    await startAndAnswer();
    await userEvent.click(screen.getByRole('button', { name: 'Kirim jawaban' }));
    await screen.findByRole('heading', { level: 2, name: 'Hasil kuis: Kuis akhir modul' });
    expect(screen.queryByRole('button', { name: 'Ulangi kuis' })).not.toBeInTheDocument();
  });

  it('shows the attempts left before starting, and no start button when none is left', async () => {
    const used = {
      quizzes: [{ __typename: 'QuizStatus', quizId: 'quiz-1', lessonKey: null, passed: false, bestScorePercent: 30, attempts: 2 }],
    };
    renderQuiz([lessonPlayerMock(used, [{ ...endQuiz, attemptsAllowed: 2 }])]);
    expect(await screen.findByText('Anda sudah memakai semua 2 percobaan kuis ini.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mulai kuis' })).not.toBeInTheDocument();
  });
});
