import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, testUser } from '../../../test/render';
import {
  AcceptAnswerMutation,
  AnswerQuestionMutation,
  AskQuestionMutation,
  DiscussionThreadQuery,
  HideQuestionMutation,
} from '../api/operations';
import { DiscussionThread, QUESTIONS_PER_PAGE } from './DiscussionThread';

const learner = testUser({ id: 'u-learner', roles: ['LEARNER'] });
const mentor = testUser({ id: 'u-mentor', fullName: 'Dedi Mulyadi', roles: ['LEARNER', 'MENTOR'] });
const variables = { itemId: 'item-1', targetKey: 'lesson-1', offset: 0, limit: QUESTIONS_PER_PAGE };

const person = (id: string, fullName: string) => ({ __typename: 'Person' as const, id, fullName, agency: 'Diskominfo Sumedang' });

const answer = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'DiscussionAnswer' as const,
  id: 'a-1',
  body: 'Lihat **Permenpan 59/2020**.',
  hidden: false,
  hiddenAt: null,
  hiddenReason: null,
  hiddenBy: null,
  accepted: false,
  createdAt: '2026-12-01T03:00:00.000Z',
  author: person('u-mentor', 'Dedi Mulyadi'),
  ...overrides,
});

const question = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'DiscussionQuestion' as const,
  id: 'q-1',
  body: 'Bagaimana indeks **dihitung**?',
  hidden: false,
  hiddenAt: null,
  hiddenReason: null,
  hiddenBy: null,
  createdAt: '2026-12-01T02:00:00.000Z',
  author: person('u-learner', 'Siti Rahma'),
  answers: [] as ReturnType<typeof answer>[],
  ...overrides,
});

const threadResult = (items: unknown[], viewerMayAccept = false) => ({
  data: { discussionThread: { __typename: 'DiscussionThreadPage', totalCount: items.length, viewerMayAccept, items } },
});

const threadMock = (items: unknown[], viewerMayAccept = false) => ({
  request: { query: DiscussionThreadQuery, variables },
  result: threadResult(items, viewerMayAccept),
});

function renderThread(mocks: unknown[], user = learner) {
  return renderWithProviders(<DiscussionThread itemId="item-1" targetKey="lesson-1" />, { user, mocks: mocks as never });
}

describe('DiscussionThread', () => {
  it('shows questions and answers rendered as Markdown, and a hidden post without its text', async () => {
    renderThread([
      threadMock([
        question({ answers: [answer({ accepted: true })] }),
        question({ id: 'q-2', body: null, hidden: true, author: person('u-x', 'Anon') }),
      ]),
    ]);
    expect(await screen.findByText('dihitung', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByText('Permenpan 59/2020', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByText('Jawaban diterima penulis materi')).toBeInTheDocument();
    expect(screen.getByText('Tulisan ini disembunyikan oleh moderator.')).toBeInTheDocument();
    expect(screen.getByText('2 pertanyaan')).toBeInTheDocument();
    // A learner may neither hide nor accept.
    expect(screen.queryByRole('button', { name: /Sembunyikan/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Terima jawaban/ })).not.toBeInTheDocument();
  });

  it('names the problem of an empty question in the summary and sends nothing', async () => {
    const { operations } = renderThread([threadMock([])]);
    await screen.findByText('Belum ada pertanyaan. Jadilah yang pertama bertanya.');
    await userEvent.click(screen.getByRole('button', { name: 'Kirim pertanyaan' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Tulis teks Anda.' })).toHaveAttribute('href', '#ask-lesson-1-body');
    expect(screen.getByLabelText('Pertanyaan Anda')).toHaveAttribute('aria-invalid', 'true');
    expect(operations).not.toContain('AskQuestion');
  });

  it('refuses a text over 10 000 characters before sending it', async () => {
    const { operations } = renderThread([threadMock([])]);
    const field = await screen.findByLabelText('Pertanyaan Anda');
    // Pasted, as typing 10 001 characters would take minutes.
    await userEvent.click(field);
    await userEvent.paste('x'.repeat(10_001));
    await userEvent.click(screen.getByRole('button', { name: 'Kirim pertanyaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Teks paling banyak 10.000 karakter.');
    expect(operations).not.toContain('AskQuestion');
  });

  it('asks a question and shows it once the thread is fetched again', async () => {
    renderThread([
      threadMock([]),
      {
        request: { query: AskQuestionMutation, variables: { input: { itemId: 'item-1', targetKey: 'lesson-1', body: 'Apa itu TTE?' } } },
        result: { data: { askQuestion: question({ id: 'q-new', body: 'Apa itu TTE?' }) } },
      },
      threadMock([question({ id: 'q-new', body: 'Apa itu TTE?' })]),
    ]);
    await userEvent.type(await screen.findByLabelText('Pertanyaan Anda'), '  Apa itu TTE?  ');
    await userEvent.click(screen.getByRole('button', { name: 'Kirim pertanyaan' }));
    expect(await screen.findByText('Pertanyaan Anda terkirim. Mentor akan diberi tahu.')).toBeInTheDocument();
    expect(await screen.findByText('Apa itu TTE?', { selector: '.discussion-body p' })).toBeInTheDocument();
    expect(screen.getByLabelText('Pertanyaan Anda')).toHaveValue('');
  });

  it('shows the server’s reason in the user’s language', async () => {
    renderThread([
      threadMock([]),
      {
        request: { query: AskQuestionMutation, variables: () => true },
        result: {
          errors: [{ message: 'DISCUSSION_CONTENT_NOT_FOUND', extensions: { code: 'NOT_FOUND', reason: 'DISCUSSION_CONTENT_NOT_FOUND' } }],
        },
      },
    ]);
    await userEvent.type(await screen.findByLabelText('Pertanyaan Anda'), 'Halo');
    await userEvent.click(screen.getByRole('button', { name: 'Kirim pertanyaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Materi ini tidak ditemukan atau tidak dapat Anda lihat.');
  });

  it('a mentor answers from the keyboard', async () => {
    renderThread(
      [
        threadMock([question()]),
        {
          request: { query: AnswerQuestionMutation, variables: { input: { questionId: 'q-1', body: 'Dari bobot dan tingkat.' } } },
          result: { data: { answerQuestion: answer({ body: 'Dari bobot dan tingkat.' }) } },
        },
        threadMock([question({ answers: [answer({ body: 'Dari bobot dan tingkat.' })] })]),
      ],
      mentor,
    );
    await userEvent.click(await screen.findByRole('button', { name: /^Jawab\W+Pertanyaan dari Siti Rahma$/ }));
    const field = screen.getByLabelText('Jawaban Anda');
    expect(field).toHaveFocus();
    await userEvent.keyboard('Dari bobot dan tingkat.');
    await userEvent.click(screen.getByRole('button', { name: 'Kirim jawaban' }));
    expect(await screen.findByText('Dari bobot dan tingkat.', { selector: '.discussion-body p' })).toBeInTheDocument();
    expect(screen.getByText('1 jawaban')).toBeInTheDocument();
    expect(screen.queryByLabelText('Jawaban Anda')).not.toBeInTheDocument();
  });

  it('the content’s author accepts an answer', async () => {
    const sent = jest.fn((_variables: unknown) => true);
    renderThread([
      threadMock([question({ answers: [answer()] })], true),
      {
        request: { query: AcceptAnswerMutation, variables: (vars: unknown) => sent(vars) },
        result: { data: { acceptAnswer: { __typename: 'DiscussionAnswer', id: 'a-1', accepted: true } } },
      },
      threadMock([question({ answers: [answer({ accepted: true })] })], true),
    ]);
    await userEvent.click(await screen.findByRole('button', { name: /^Terima jawaban ini\W+jawaban dari Dedi Mulyadi$/ }));
    expect(await screen.findByText('Jawaban diterima penulis materi')).toBeInTheDocument();
    expect(sent).toHaveBeenCalledWith({ answerId: 'a-1' });
  });

  it('a mentor hides a question only after confirming with a reason; the audit shows to moderators', async () => {
    const { operations } = renderThread(
      [
        threadMock([question()]),
        {
          request: { query: HideQuestionMutation, variables: { input: { id: 'q-1', reason: 'Kata kasar' } } },
          result: {
            data: {
              hideQuestion: question({
                hidden: true,
                hiddenAt: '2026-12-01T05:00:00.000Z',
                hiddenReason: 'Kata kasar',
                hiddenBy: person('u-mentor', 'Dedi Mulyadi'),
              }),
            },
          },
        },
        threadMock([
          question({
            hidden: true,
            hiddenAt: '2026-12-01T05:00:00.000Z',
            hiddenReason: 'Kata kasar',
            hiddenBy: person('u-mentor', 'Dedi Mulyadi'),
          }),
        ]),
      ],
      mentor,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Sembunyikan pertanyaan' }));
    const reason = screen.getByLabelText('Alasan menyembunyikan');
    expect(reason).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Ya, sembunyikan' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Tuliskan alasannya.');
    expect(operations).not.toContain('HideQuestion');
    // Focus moves to the summary on the next frame; a person types after it has moved, and so does the test.
    await waitFor(() => expect(summary).toHaveFocus());

    await userEvent.type(reason, 'Kata kasar');
    expect(reason).toHaveValue('Kata kasar');
    await userEvent.click(screen.getByRole('button', { name: 'Ya, sembunyikan' }));
    expect(await screen.findByText(/Disembunyikan oleh Dedi Mulyadi pada .*Alasan: Kata kasar/)).toBeInTheDocument();
    expect(screen.getByText('Tulisan ini disembunyikan oleh moderator.')).toBeInTheDocument();
  });

  it('cancelling the hide keeps the post and sends nothing', async () => {
    const { operations } = renderThread([threadMock([question()])], mentor);
    await userEvent.click(await screen.findByRole('button', { name: 'Sembunyikan pertanyaan' }));
    await userEvent.click(screen.getByRole('button', { name: 'Batal' }));
    expect(screen.queryByLabelText('Alasan menyembunyikan')).not.toBeInTheDocument();
    expect(operations).not.toContain('HideQuestion');
  });
});
