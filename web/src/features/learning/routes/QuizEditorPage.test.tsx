import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router-dom';
import { renderWithProviders, testUser } from '../../../test/render';
import { QuizEditorModuleQuery, QuizForEditingQuery, SaveQuizMutation } from '../api/operations';
import { ITEM_ID, LESSONS } from '../test-fixtures';
import QuizEditorPage from './QuizEditorPage';

const admin = testUser({ id: '9', roles: ['LEARNER', 'ADMIN'] });
const KEY = (n: number) => `6f1d4a52-8c1e-4b7a-9d55-0a3b2c1d4e0${n}`;

const moduleMock = {
  request: { query: QuizEditorModuleQuery, variables: { id: ITEM_ID } },
  result: {
    data: {
      contentItem: {
        __typename: 'ContentItem' as const,
        id: ITEM_ID,
        type: 'MODULE',
        author: { __typename: 'Person' as const, id: 'system', fullName: 'Living Lab' },
        publishedRevision: {
          __typename: 'ContentRevision' as const,
          id: 'rev-1',
          title: 'Pengantar SPBE',
          lessons: LESSONS.map(({ key, position, title }) => ({ __typename: 'Lesson' as const, key, position, title })),
        },
      },
    },
  },
};

const storedQuiz = {
  __typename: 'QuizForEditing' as const,
  id: 'quiz-1',
  itemId: ITEM_ID,
  lessonKey: null,
  passMarkPercent: 70,
  attemptsAllowed: 3,
  answerPolicy: 'AFTER_PASSING',
  drawCount: null,
  version: 3,
  updatedAt: '2026-03-01T02:00:00.000Z',
  questions: [
    {
      __typename: 'EditableQuizQuestion' as const,
      key: KEY(1),
      kind: 'SINGLE_CHOICE',
      prompt: 'Berapa jumlah domain SPBE?',
      explanation: 'Empat domain.',
      options: [
        { __typename: 'EditableQuizOption' as const, key: KEY(2), text: 'Tiga', correct: false },
        { __typename: 'EditableQuizOption' as const, key: KEY(3), text: 'Empat', correct: true },
      ],
    },
  ],
};

const quizMock = (quiz: unknown) => ({
  request: { query: QuizForEditingQuery, variables: { itemId: ITEM_ID, lessonKey: null } },
  result: { data: { quizForEditing: quiz } },
});

function renderEditor(mocks: unknown[]) {
  return renderWithProviders(
    <Routes>
      <Route path="/konten/:id/kuis" element={<QuizEditorPage />} />
    </Routes>,
    { user: admin, route: `/konten/${ITEM_ID}/kuis`, mocks: mocks as never },
  );
}

describe('QuizEditorPage', () => {
  it('checks the shared quiz rules before saving: a question without text, no correct option', async () => {
    const { operations } = renderEditor([moduleMock, quizMock(null)]);
    expect(await screen.findByText('Belum ada kuis di sini. Isi formulir untuk membuatnya.')).toBeInTheDocument();
    const question = screen.getByRole('group', { name: 'Pertanyaan 1' });
    await userEvent.type(within(question).getByLabelText('Teks pilihan 1'), 'Tiga');
    await userEvent.type(within(question).getByLabelText('Teks pilihan 2'), 'Empat');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan kuis' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Setiap pertanyaan perlu teks.' })).toHaveAttribute(
      'href',
      '#quiz-questions-0-prompt',
    );
    expect(within(summary).getByRole('link', { name: 'Tandai tepat satu pilihan sebagai benar.' })).toBeInTheDocument();
    expect(screen.getByLabelText('Teks pertanyaan')).toHaveAttribute('aria-invalid', 'true');
    expect(operations).not.toContain('SaveQuiz');
  });

  it('saves an edit with the loaded version and the kept keys', async () => {
    renderEditor([
      moduleMock,
      quizMock(storedQuiz),
      {
        request: {
          query: SaveQuizMutation,
          variables: {
            input: {
              itemId: ITEM_ID,
              passMarkPercent: 80,
              attemptsAllowed: 3,
              answerPolicy: 'AFTER_PASSING',
              drawCount: null,
              version: 3,
              questions: [
                {
                  key: KEY(1),
                  kind: 'SINGLE_CHOICE',
                  prompt: 'Berapa jumlah domain SPBE?',
                  explanation: 'Empat domain.',
                  options: [
                    { key: KEY(2), text: 'Tiga', correct: false },
                    { key: KEY(3), text: 'Empat', correct: true },
                  ],
                },
                {
                  kind: 'TRUE_FALSE',
                  prompt: 'Indeks SPBE bernilai 1 sampai 5.',
                  explanation: '',
                  options: [
                    { text: 'Benar', correct: true },
                    { text: 'Salah', correct: false },
                  ],
                },
              ],
            },
          },
        },
        result: { data: { saveQuiz: { ...storedQuiz, version: 4, passMarkPercent: 80 } } },
      },
    ]);
    const passMark = await screen.findByLabelText('Batas lulus (%)');
    await userEvent.clear(passMark);
    await userEvent.type(passMark, '80');
    await userEvent.click(screen.getByRole('button', { name: 'Tambah pertanyaan' }));
    const second = screen.getByRole('group', { name: 'Pertanyaan 2' });
    await userEvent.selectOptions(within(second).getByLabelText('Jenis pertanyaan'), 'TRUE_FALSE');
    await userEvent.type(within(second).getByLabelText('Teks pertanyaan'), 'Indeks SPBE bernilai 1 sampai 5.');
    expect(within(second).getByRole('checkbox', { name: /^Benar.*pilihan 1/ })).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Simpan kuis' }));
    expect(await screen.findByText('Kuis tersimpan.')).toHaveAttribute('role', 'status');
  });

  it('sets the attempts allowed, when answers are shown and the questions per attempt, checked before saving', async () => {
    const { operations } = renderEditor([
      moduleMock,
      quizMock(storedQuiz),
      {
        request: {
          query: SaveQuizMutation,
          variables: {
            input: {
              itemId: ITEM_ID,
              passMarkPercent: 70,
              attemptsAllowed: null,
              answerPolicy: 'AFTER_LAST_ATTEMPT',
              drawCount: 1,
              version: 3,
              questions: [
                {
                  key: KEY(1),
                  kind: 'SINGLE_CHOICE',
                  prompt: 'Berapa jumlah domain SPBE?',
                  explanation: 'Empat domain.',
                  options: [
                    { key: KEY(2), text: 'Tiga', correct: false },
                    { key: KEY(3), text: 'Empat', correct: true },
                  ],
                },
              ],
            },
          },
        },
        result: {
          data: { saveQuiz: { ...storedQuiz, version: 4, attemptsAllowed: null, answerPolicy: 'AFTER_LAST_ATTEMPT', drawCount: 1 } },
        },
      },
    ]);
    const attempts = await screen.findByLabelText('Jumlah percobaan');
    expect(attempts).toHaveValue('3');
    const draw = screen.getByLabelText('Pertanyaan per percobaan');
    await userEvent.clear(attempts);
    await userEvent.type(attempts, '21');
    await userEvent.type(draw, '2');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan kuis' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: /^Jumlah percobaan adalah bilangan bulat dari 1 sampai 20/ })).toHaveAttribute(
      'href',
      '#quiz-attemptsAllowed',
    );
    expect(within(summary).getByRole('link', { name: /^Pertanyaan per percobaan tidak boleh lebih banyak/ })).toBeInTheDocument();
    expect(operations).not.toContain('SaveQuiz');

    await userEvent.clear(attempts);
    await userEvent.clear(draw);
    await userEvent.type(draw, '1');
    await userEvent.selectOptions(screen.getByLabelText('Kapan peserta melihat jawaban yang benar'), 'AFTER_LAST_ATTEMPT');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan kuis' }));
    expect(await screen.findByText('Kuis tersimpan.')).toHaveAttribute('role', 'status');
  });

  it('keeps the text on STALE_VERSION and offers the latest version', async () => {
    renderEditor([
      moduleMock,
      quizMock(storedQuiz),
      {
        request: { query: SaveQuizMutation, variables: () => true },
        result: { errors: [new GraphQLError('stale', { extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' } })] },
      },
    ]);
    const prompt = await screen.findByLabelText('Teks pertanyaan');
    await userEvent.type(prompt, ' (2026)');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan kuis' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Kuis ini telah diubah di tempat lain');
    expect(within(alert).getByRole('button', { name: 'Muat versi terbaru' })).toBeInTheDocument();
    expect(screen.getByLabelText('Teks pertanyaan')).toHaveValue('Berapa jumlah domain SPBE? (2026)');
  });

  it('tells a mentor who is not the author that the quiz is not theirs to edit', async () => {
    renderWithProviders(
      <Routes>
        <Route path="/konten/:id/kuis" element={<QuizEditorPage />} />
      </Routes>,
      { user: testUser({ id: '5', roles: ['LEARNER', 'MENTOR'] }), route: `/konten/${ITEM_ID}/kuis`, mocks: [moduleMock] },
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Hanya penulis modul ini atau Admin');
  });
});
