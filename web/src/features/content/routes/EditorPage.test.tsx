import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router-dom';
import { renderWithProviders, testUser } from '../../../test/render';
import { CreateContentMutation, EditorItemQuery, UpdateDraftMutation } from '../api/editor';
import { frameworkIndicatorsMock, frameworksMock, LESSON_KEYS, moduleRevision, PEMDI, SPBE_59 } from '../test-fixtures';
import EditorPage from './EditorPage';

const mentor = testUser({ id: '1', roles: ['LEARNER', 'MENTOR'] });

function editorItemMock(revision = moduleRevision()) {
  return {
    request: { query: EditorItemQuery, variables: { id: 'item-1' } },
    result: {
      data: {
        contentItem: {
          __typename: 'ContentItem' as const,
          id: 'item-1',
          type: 'MODULE',
          status: 'DRAFT',
          author: { __typename: 'Person' as const, id: '1', fullName: 'Siti Rahma' },
          publishedRevision: null,
          workingRevision: revision,
          history: [
            {
              __typename: 'ContentEvent' as const,
              id: 'e2',
              action: 'CHANGES_REQUESTED',
              comment: 'Tambahkan contoh surat keputusan.',
              createdAt: '2026-03-02T03:00:00.000Z',
              revisionId: 'rev-1',
              actor: { __typename: 'Person' as const, id: '2', fullName: 'Budi Mentor' },
            },
          ],
        },
      },
    },
  };
}

function renderEditor(route: string, mocks: unknown[]) {
  return renderWithProviders(
    <Routes>
      <Route path="/konten/baru/:type" element={<EditorPage />} />
      <Route path="/konten/:id/sunting" element={<EditorPage />} />
    </Routes>,
    { user: mentor, route, mocks: mocks as never },
  );
}

const savedRevision = (lessons: unknown[]) => ({ data: { updateDraft: moduleRevision({ version: 5, lessons }) } });

describe('EditorPage', () => {
  it('checks the draft rules before calling the server: an empty title is refused, nothing else is asked for', async () => {
    const { operations } = renderEditor('/konten/baru/modul', [frameworksMock, frameworkIndicatorsMock(PEMDI)]);
    expect(screen.getByRole('heading', { level: 1, name: 'Modul baru' })).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Judul pelajaran'), 'Pengantar');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan draf' }));

    const title = screen.getByLabelText('Judul');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('Masukkan judul.');
    const summary = screen.getByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Masukkan judul.']);
    expect(within(summary).getByRole('link', { name: 'Masukkan judul.' })).toHaveAttribute('href', '#editor-title');
    expect(screen.getByLabelText('Isi pelajaran')).not.toHaveAttribute('aria-invalid');
    expect(operations).not.toContain('CreateContent');
  });

  it('saves a case study with only a title as a draft', async () => {
    let sent: unknown = null;
    const { operations } = renderEditor('/konten/baru/studi-kasus', [
      frameworksMock,
      frameworkIndicatorsMock(SPBE_59),
      frameworkIndicatorsMock(PEMDI),
      {
        request: {
          query: CreateContentMutation,
          variables: (variables: unknown) => {
            sent = variables;
            return true;
          },
        },
        result: {
          data: {
            createContent: {
              __typename: 'ContentItem',
              id: 'item-2',
              type: 'CASE_STUDY',
              status: 'DRAFT',
              workingRevision: moduleRevision(),
            },
          },
        },
      },
    ]);
    await userEvent.type(screen.getByLabelText('Judul'), 'Dukcapil daring');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan draf' }));

    await waitFor(() => expect(operations).toContain('CreateContent'));
    expect(sent).toEqual({
      input: {
        type: 'CASE_STUDY',
        draft: {
          title: 'Dukcapil daring',
          summary: '',
          level: 'BEGINNER',
          estimatedMinutes: null,
          language: 'id',
          indicatorCodes: [],
          indicators: [],
          caseStudy: { context: '', problem: '', whatWasDone: '', results: '', lessonsLearned: '', sources: [] },
        },
      },
    });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('submitting lists what is missing for review, and sends nothing', async () => {
    const { operations } = renderEditor('/konten/baru/studi-kasus', [frameworksMock, frameworkIndicatorsMock(PEMDI)]);
    await userEvent.type(screen.getByLabelText('Judul'), 'Dukcapil daring');
    await userEvent.click(screen.getByRole('button', { name: 'Ajukan untuk ditinjau' }));

    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('Sebelum dapat diajukan untuk ditinjau, lengkapi:');
    expect(within(summary).getAllByRole('link')).toHaveLength(7);
    expect(within(summary).getByRole('link', { name: 'Masukkan ringkasan.' })).toHaveAttribute('href', '#editor-summary');
    expect(within(summary).getByRole('link', { name: 'Jelaskan konteksnya.' })).toHaveAttribute('href', '#editor-caseStudy-context');
    expect(screen.getByLabelText('Ringkasan')).toHaveAttribute('aria-invalid', 'true');
    expect(operations.filter((name) => !['SpbeIndicators', 'Frameworks', 'FrameworkIndicators'].includes(name))).toEqual([]);
  });

  it('shows the reviewer’s latest comment on a draft that was sent back', async () => {
    renderEditor('/konten/item-1/sunting', [
      editorItemMock(),
      frameworksMock,
      frameworkIndicatorsMock(SPBE_59),
      frameworkIndicatorsMock(PEMDI),
    ]);
    const comment = await screen.findByRole('region', { name: 'Komentar peninjau' });
    expect(comment).toHaveTextContent('Budi Mentor meminta perubahan');
    expect(comment).toHaveTextContent('Tambahkan contoh surat keputusan.');
  });

  it('maps a server field error (lessons.0.body) to that lesson’s text', async () => {
    renderEditor('/konten/item-1/sunting', [
      editorItemMock(),
      frameworksMock,
      frameworkIndicatorsMock(SPBE_59),
      frameworkIndicatorsMock(PEMDI),
      {
        request: { query: UpdateDraftMutation, variables: () => true },
        result: {
          errors: [
            new GraphQLError('too large', {
              extensions: {
                code: 'BAD_USER_INPUT',
                reason: 'INVALID_INPUT',
                fields: [{ field: 'lessons.0.body', message: 'body.tooLarge' }],
              },
            }),
          ],
        },
      },
    ]);
    await screen.findByDisplayValue('Tanda tangan elektronik');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan draf' }));
    const message = 'Teks ini terlalu panjang (paling banyak 200 KB).';
    const [firstBody, secondBody] = screen.getAllByLabelText('Isi pelajaran');
    await waitFor(() => expect(firstBody).toHaveAccessibleDescription(expect.stringContaining(message)));
    expect(firstBody).toHaveAttribute('aria-invalid', 'true');
    expect(secondBody).not.toHaveAttribute('aria-invalid');
    expect(within(screen.getByRole('alert')).getByRole('link', { name: message })).toHaveAttribute('href', '#editor-lessons-0-body');
  });

  it('keeps the typed text on CONFLICT and offers to load the latest version', async () => {
    renderEditor('/konten/item-1/sunting', [
      editorItemMock(),
      frameworksMock,
      frameworkIndicatorsMock(SPBE_59),
      frameworkIndicatorsMock(PEMDI),
      {
        request: { query: UpdateDraftMutation, variables: () => true },
        result: { errors: [new GraphQLError('stale', { extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' } })] },
      },
    ]);
    const title = await screen.findByLabelText('Judul');
    await userEvent.clear(title);
    await userEvent.type(title, 'Judul baru saya');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan draf' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Draf ini telah diubah di tempat lain');
    expect(within(alert).getByRole('button', { name: 'Muat versi terbaru' })).toBeInTheDocument();
    expect(screen.getByLabelText('Judul')).toHaveValue('Judul baru saya');
  });

  it('reorders lessons: positions run 1..n, existing keys are kept, a new lesson has none, the version is sent', async () => {
    const { operations } = renderEditor('/konten/item-1/sunting', [
      editorItemMock(),
      frameworksMock,
      frameworkIndicatorsMock(SPBE_59),
      frameworkIndicatorsMock(PEMDI),
      {
        request: {
          query: UpdateDraftMutation,
          variables: {
            input: {
              revisionId: 'rev-1',
              version: 4,
              draft: {
                title: 'Tanda tangan elektronik',
                summary: 'Cara menerapkan TTE di perangkat daerah.',
                level: 'BEGINNER',
                estimatedMinutes: 30,
                language: 'id',
                indicatorCodes: [],
                indicators: [{ frameworkCode: SPBE_59, code: 'I01' }],
                lessons: [
                  { key: LESSON_KEYS[1], position: 1, title: 'Sertifikat', body: 'Ajukan ke BSrE.' },
                  { key: LESSON_KEYS[0], position: 2, title: 'Dasar hukum', body: 'PP 71/2019.' },
                  { position: 3, title: 'Latihan', body: 'Tandatangani satu surat.' },
                ],
              },
            },
          },
        },
        result: savedRevision([]),
      },
    ]);
    await screen.findByDisplayValue('Sertifikat');
    expect(screen.getByRole('button', { name: 'Naikkan pelajaran 1' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Naikkan pelajaran 2' }));
    const titles = () => screen.getAllByLabelText('Judul pelajaran').map((input) => (input as HTMLInputElement).value);
    expect(titles()).toEqual(['Sertifikat', 'Dasar hukum']);
    expect(screen.getByText('Sertifikat dipindahkan ke posisi 1.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Tambah pelajaran' }));
    const lesson3 = screen.getByRole('group', { name: 'Pelajaran 3' });
    await userEvent.type(within(lesson3).getByLabelText('Judul pelajaran'), 'Latihan');
    await userEvent.type(within(lesson3).getByLabelText('Isi pelajaran'), 'Tandatangani satu surat.');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan draf' }));

    expect(await screen.findByText('Draf tersimpan.')).toBeInTheDocument();
    expect(operations).toContain('UpdateDraft');
  });

  it('tags with either framework: Pemdi indicators are added, the SPBE tag is kept', async () => {
    renderEditor('/konten/item-1/sunting', [
      editorItemMock(),
      frameworksMock,
      frameworkIndicatorsMock(SPBE_59),
      frameworkIndicatorsMock(PEMDI),
      {
        request: {
          query: UpdateDraftMutation,
          variables: {
            input: {
              revisionId: 'rev-1',
              version: 4,
              draft: {
                title: 'Tanda tangan elektronik',
                summary: 'Cara menerapkan TTE di perangkat daerah.',
                level: 'BEGINNER',
                estimatedMinutes: 30,
                language: 'id',
                indicatorCodes: [],
                indicators: [
                  { frameworkCode: SPBE_59, code: 'I01' },
                  { frameworkCode: PEMDI, code: 'I05' },
                ],
                lessons: [
                  { key: LESSON_KEYS[0], position: 1, title: 'Dasar hukum', body: 'PP 71/2019.' },
                  { key: LESSON_KEYS[1], position: 2, title: 'Sertifikat', body: 'Ajukan ke BSrE.' },
                ],
              },
            },
          },
        },
        result: savedRevision([]),
      },
    ]);
    // The revision is tagged with SPBE only: the picker opens on SPBE 59/2020.
    const spbe = await screen.findByRole('radio', { name: 'SPBE (PermenPANRB 59/2020)' });
    expect(spbe).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'Indeks Pemdi (PermenPANRB 8/2026)' }));
    expect(await screen.findByText('Juga ditandai dengan 1 indikator kerangka lain: SPBE I01.')).toBeInTheDocument();
    await userEvent.click(await screen.findByText('Aspek 3: Data'));
    await userEvent.click(screen.getByRole('checkbox', { name: 'I05 Tingkat Kematangan Tata Kelola Data' }));
    await userEvent.click(screen.getByRole('button', { name: 'Simpan draf' }));
    expect(await screen.findByText('Draf tersimpan.')).toBeInTheDocument();
  });
});
