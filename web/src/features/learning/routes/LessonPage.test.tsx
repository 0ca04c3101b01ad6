import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { renderWithProviders, testUser } from '../../../test/render';
import { emptyThreadMock } from '../../discussions/test-fixtures';
import { CompleteLessonMutation } from '../api/operations';
import { ITEM_ID, lessonPlayerMock, progress } from '../test-fixtures';
import LessonPage from './LessonPage';

// Short waits between tries keep the test fast; the behaviour is the same as with the real delays.
jest.mock('../retry-policy', () => ({ COMPLETION_RETRY_DELAYS_MS: [30, 30] }));

const learner = testUser({ roles: ['LEARNER'] });
const completeRequest = { query: CompleteLessonMutation, variables: { itemId: ITEM_ID, lessonKey: 'lesson-1' } };
const networkFailure = { request: completeRequest, error: new Error('Failed to fetch') };
const completed = (delay = 0) => ({
  request: completeRequest,
  delay,
  result: { data: { completeLesson: progress({ completedLessonKeys: ['lesson-1'], progressPercent: 50, resumeLessonKey: 'lesson-2' }) } },
});

function renderLesson(mocks: unknown[]) {
  return renderWithProviders(
    <Routes>
      <Route path="/belajar/:itemId/:lessonKey" element={<LessonPage />} />
    </Routes>,
    // The lesson's questions (an empty thread) load beside it.
    { user: learner, route: `/belajar/${ITEM_ID}/lesson-1`, mocks: [...mocks, emptyThreadMock(ITEM_ID, 'lesson-1')] as never },
  );
}

const lessonList = () => screen.getByRole('navigation', { name: 'Daftar pelajaran' });
const firstLessonItem = () =>
  within(lessonList()).getByRole('link', { name: 'Pelajaran 1: Dasar hukum SPBE' }).closest('li') as HTMLElement;

describe('LessonPage', () => {
  it('shows the lesson with its rendered body and the navigation to the next lesson', async () => {
    renderLesson([lessonPlayerMock()]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Pelajaran 1: Dasar hukum SPBE' })).toBeInTheDocument();
    expect(screen.getByText('SPBE', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Berikutnya: Indeks SPBE' })).toHaveAttribute('href', `/belajar/${ITEM_ID}/lesson-2`);
    expect(within(lessonList()).getByRole('link', { name: 'Pelajaran 1: Dasar hukum SPBE' })).toHaveAttribute('aria-current', 'page');
  });

  it('retries "Tandai selesai" after a network error and shows the lesson complete only after the server says so', async () => {
    const { operations } = renderLesson([lessonPlayerMock(), networkFailure, completed(150)]);
    await userEvent.click(await screen.findByRole('button', { name: 'Tandai selesai' }));

    // The first try failed; the retry is under way and nothing is shown as complete yet.
    expect(await screen.findByText('Belum tersimpan. Mencoba lagi (percobaan 2 dari 3)…')).toHaveAttribute('role', 'status');
    expect(screen.queryByText('Pelajaran ini sudah selesai.')).not.toBeInTheDocument();
    expect(within(firstLessonItem()).queryByText('Selesai')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Menyimpan…' })).toBeDisabled();

    expect(await screen.findByText('Pelajaran ini sudah selesai.')).toBeInTheDocument();
    expect(within(firstLessonItem()).getByText('Selesai')).toBeInTheDocument();
    expect(screen.getByText('1 dari 2 pelajaran selesai')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tandai selesai' })).not.toBeInTheDocument();
    expect(operations.filter((name) => name === 'CompleteLesson')).toHaveLength(2);
  });

  it('shows an error with "Coba lagi" after every try failed, and completes on a later try', async () => {
    const { operations } = renderLesson([lessonPlayerMock(), networkFailure, networkFailure, networkFailure, completed()]);
    await userEvent.click(await screen.findByRole('button', { name: 'Tandai selesai' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Tidak dapat terhubung ke server');
    expect(operations.filter((name) => name === 'CompleteLesson')).toHaveLength(3);
    expect(screen.queryByText('Pelajaran ini sudah selesai.')).not.toBeInTheDocument();
    expect(within(firstLessonItem()).queryByText('Selesai')).not.toBeInTheDocument();

    await userEvent.click(within(alert).getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByText('Pelajaran ini sudah selesai.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('announces "sudah selesai" once: moving to the next lesson leaves no stale status behind', async () => {
    const completeSecond = {
      request: { query: CompleteLessonMutation, variables: { itemId: ITEM_ID, lessonKey: 'lesson-2' } },
      result: {
        data: {
          completeLesson: progress({ completedLessonKeys: ['lesson-1', 'lesson-2'], progressPercent: 100, resumeLessonKey: 'lesson-2' }),
        },
      },
    };
    renderLesson([lessonPlayerMock(), completed(), completeSecond, emptyThreadMock(ITEM_ID, 'lesson-2')]);
    const completedStatuses = () => screen.queryAllByRole('status').filter((node) => node.textContent === 'Pelajaran ini sudah selesai.');

    await userEvent.click(await screen.findByRole('button', { name: 'Tandai selesai' }));
    await screen.findByText('Pelajaran ini sudah selesai.');
    expect(completedStatuses()).toHaveLength(1);
    // The button went away: focus is on the next lesson's heading, not on the page body.
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Pelajaran berikutnya: Pelajaran 2: Indeks SPBE' })).toHaveFocus());

    await userEvent.click(screen.getByRole('link', { name: 'Berikutnya: Indeks SPBE' }));
    await screen.findByRole('heading', { level: 1, name: 'Pelajaran 2: Indeks SPBE' });
    // The next lesson is not done yet: nothing may still say so from the previous one.
    expect(completedStatuses()).toHaveLength(0);

    await userEvent.click(screen.getByRole('button', { name: 'Tandai selesai' }));
    await screen.findByText('Pelajaran ini sudah selesai.');
    expect(completedStatuses()).toHaveLength(1);
    // The last lesson: focus on the completion message.
    await waitFor(() => expect(completedStatuses()[0]).toHaveFocus());
    expect(screen.getAllByRole('region', { name: 'Tanya jawab' })).toHaveLength(1);
    expect(screen.getAllByRole('region', { name: 'Status pelajaran' })).toHaveLength(1);
  });

  it('offers the end-of-module quiz on the last lesson', async () => {
    renderWithProviders(
      <Routes>
        <Route path="/belajar/:itemId/:lessonKey" element={<LessonPage />} />
      </Routes>,
      { user: learner, route: `/belajar/${ITEM_ID}/lesson-2`, mocks: [lessonPlayerMock()] },
    );
    const offer = await screen.findByRole('region', { name: 'Kuis akhir modul' });
    expect(within(offer).getByRole('link', { name: /^Kerjakan kuis\s?: Kuis akhir modul$/ })).toHaveAttribute(
      'href',
      `/belajar/${ITEM_ID}/kuis/quiz-1`,
    );
  });
});
