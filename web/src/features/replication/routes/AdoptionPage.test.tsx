import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router-dom';
import { renderWithProviders, testUser } from '../../../test/render';
import { PlaybookAdoptionQuery, UpdateAdoptionStepMutation } from '../api/operations';
import AdoptionPage from './AdoptionPage';

const coordinator = testUser({ roles: ['LEARNER', 'COORDINATOR'] });

const step = {
  __typename: 'AdoptionStepView' as const,
  stepKey: 's1',
  position: 1,
  title: 'Bentuk tim',
  responsibleRole: 'Diskominfo',
  estimatedDays: 14,
  expectedEvidence: 'SK tim',
  status: 'IN_PROGRESS' as const,
  blockedReason: null,
  owner: 'Budi',
  evidenceUrl: null,
  evidenceNote: '',
  evidenceFileName: null as string | null,
  evidenceFilePath: null as string | null,
  startedOn: '2026-11-01',
  doneOn: null,
  version: 2,
};

const adoption = {
  playbookAdoption: {
    __typename: 'PlaybookAdoption' as const,
    id: 'ad1',
    regionCode: '32.08',
    region: { __typename: 'Region' as const, code: '32.08', name: 'Kabupaten Kuningan' },
    playbook: {
      __typename: 'ContentItem' as const,
      id: 'c1',
      publishedRevision: { __typename: 'ContentRevision' as const, id: 'r1', title: 'Mal Pelayanan Publik Digital' },
    },
    steps: [step],
  },
};

function render(mocks: unknown[] = [], { user = coordinator, data = adoption } = {}) {
  return renderWithProviders(
    <Routes>
      <Route path="/replikasi/:adoptionId" element={<AdoptionPage />} />
    </Routes>,
    {
      route: '/replikasi/ad1',
      user,
      mocks: [{ request: { query: PlaybookAdoptionQuery, variables: { id: 'ad1' } }, result: { data } }, ...(mocks as never[])],
    },
  );
}

async function openStepForm() {
  await userEvent.click(await screen.findByRole('button', { name: 'Perbarui langkah 1' }));
  return screen.getByRole('form', { name: 'Perbarui langkah 1' });
}

describe('AdoptionPage', () => {
  it('blocks DONE without evidence before calling the server', async () => {
    const { operations } = render();
    const form = await openStepForm();
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Status' }), 'DONE');
    await userEvent.click(within(form).getByRole('button', { name: 'Simpan langkah' }));
    const summary = await within(form).findByRole('alert');
    expect(summary).toHaveTextContent('Langkah selesai memerlukan tautan bukti, catatan bukti atau berkas bukti.');
    expect(within(form).getByRole('textbox', { name: 'Tautan bukti' })).toHaveAttribute('aria-invalid', 'true');
    expect(operations).not.toContain('UpdateAdoptionStep');
  });

  it('saves DONE with an evidence note and shows the step as done', async () => {
    render([
      {
        request: {
          query: UpdateAdoptionStepMutation,
          variables: {
            input: {
              adoptionId: 'ad1',
              stepKey: 's1',
              status: 'DONE',
              blockedReason: null,
              owner: 'Budi',
              evidenceUrl: null,
              evidenceNote: 'SK Bupati 12/2026',
              startedOn: '2026-11-01',
              doneOn: null,
              version: 2,
            },
          },
        },
        result: { data: { updateAdoptionStep: { ...step, status: 'DONE', evidenceNote: 'SK Bupati 12/2026', version: 3 } } },
      },
    ]);
    const form = await openStepForm();
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Status' }), 'DONE');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Catatan bukti' }), 'SK Bupati 12/2026');
    await userEvent.click(within(form).getByRole('button', { name: 'Simpan langkah' }));
    const card = await screen.findByRole('article', { name: 'Langkah 1: Bentuk tim' });
    // The form closes once saved (until then its select has a "Selesai" option too).
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Perbarui langkah 1' })).not.toBeInTheDocument());
    expect(within(card).getByText('Selesai')).toHaveClass('spbe-status-DONE');
    expect(within(card).getByText('SK Bupati 12/2026')).toBeInTheDocument();
  });

  it('shows the conflict message when the step changed meanwhile (STALE_VERSION)', async () => {
    render([
      {
        request: {
          query: UpdateAdoptionStepMutation,
          variables: {
            input: {
              adoptionId: 'ad1',
              stepKey: 's1',
              status: 'IN_PROGRESS',
              blockedReason: null,
              owner: 'Siti',
              evidenceUrl: null,
              evidenceNote: '',
              startedOn: '2026-11-01',
              doneOn: null,
              version: 2,
            },
          },
        },
        result: { errors: [new GraphQLError('stale', { extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' } })] },
      },
    ]);
    const form = await openStepForm();
    const owner = within(form).getByRole('textbox', { name: 'Pelaksana' });
    await userEvent.clear(owner);
    await userEvent.type(owner, 'Siti');
    await userEvent.click(within(form).getByRole('button', { name: 'Simpan langkah' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Data ini telah diubah oleh orang lain sejak Anda membukanya.');
    expect(within(alert).getByRole('button', { name: 'Muat ulang' })).toBeInTheDocument();
  });

  describe('evidence file', () => {
    const originalFetch = globalThis.fetch;
    afterEach(() => {
      globalThis.fetch = originalFetch;
    });

    function answer(status: number, body: unknown): Response {
      return { ok: status < 400, status, json: async () => body } as unknown as Response;
    }

    it('uploads the file with the session cookie, shows it as a download link and saves DONE with the new version', async () => {
      const path = '/api/evidence/replication/ad1/s1/file';
      let finishUpload: () => void = () => undefined;
      const fetchMock = jest.fn(
        (_url: string, _init?: RequestInit) =>
          new Promise<Response>((resolve) => {
            finishUpload = () => resolve(answer(201, { ...step, evidenceFileName: 'SK Tim.pdf', evidenceFilePath: path, version: 3 }));
          }),
      );
      globalThis.fetch = fetchMock as unknown as typeof fetch;
      render([
        {
          request: {
            query: UpdateAdoptionStepMutation,
            variables: {
              input: {
                adoptionId: 'ad1',
                stepKey: 's1',
                status: 'DONE',
                blockedReason: null,
                owner: 'Budi',
                evidenceUrl: null,
                evidenceNote: '',
                startedOn: '2026-11-01',
                doneOn: null,
                // The upload bumped the version: saving with the old one would be refused as stale.
                version: 3,
              },
            },
          },
          result: {
            data: {
              updateAdoptionStep: { ...step, status: 'DONE', evidenceFileName: 'SK Tim.pdf', evidenceFilePath: path, version: 4 },
            },
          },
        },
      ]);
      const form = await openStepForm();
      const input = within(form).getByLabelText('Berkas bukti');
      expect(input).toHaveAttribute('type', 'file');
      expect(input).toHaveAttribute('accept', expect.stringContaining('.pdf'));
      await userEvent.upload(input, new File(['%PDF-1.4 SK'], 'SK Tim.pdf', { type: 'application/pdf' }));
      await userEvent.click(within(form).getByRole('button', { name: 'Unggah berkas' }));
      expect(within(form).getByRole('status')).toHaveTextContent('Mengunggah SK Tim.pdf…');
      expect(within(form).getByRole('button', { name: 'Unggah berkas' })).toBeDisabled();
      finishUpload();
      await waitFor(() => expect(within(form).getByRole('status')).toHaveTextContent('SK Tim.pdf telah diunggah.'));

      expect(fetchMock).toHaveBeenCalledTimes(1);
      const [url, init] = fetchMock.mock.calls[0];
      expect(url).toBe('/api/evidence/replication/ad1/s1');
      expect(init?.method).toBe('POST');
      expect(init?.credentials).toBe('same-origin');
      expect(init?.headers).toBeUndefined();
      const body = init?.body;
      expect(body).toBeInstanceOf(FormData);
      expect(((body as FormData).get('file') as File).name).toBe('SK Tim.pdf');

      const card = screen.getByRole('article', { name: 'Langkah 1: Bentuk tim' });
      const link = within(card).getByRole('link', { name: 'Unduh SK Tim.pdf' });
      expect(link).toHaveAttribute('href', path);

      // The file counts as evidence: DONE saves without a link or note.
      await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Status' }), 'DONE');
      await userEvent.click(within(form).getByRole('button', { name: 'Simpan langkah' }));
      await waitFor(() => expect(screen.queryByRole('form', { name: 'Perbarui langkah 1' })).not.toBeInTheDocument());
      expect(within(card).getByText('Selesai')).toHaveClass('spbe-status-DONE');
      expect(within(card).getByRole('link', { name: 'Unduh SK Tim.pdf' })).toBeInTheDocument();
    });

    it('shows the translated refusal when the file is too large, and asks for a file when none is chosen', async () => {
      const fetchMock = jest.fn(async () =>
        answer(400, { code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE', params: { maxBytes: 10485760 }, fields: [] }),
      );
      globalThis.fetch = fetchMock as unknown as typeof fetch;
      render();
      const form = await openStepForm();
      await userEvent.click(within(form).getByRole('button', { name: 'Unggah berkas' }));
      expect(await within(form).findByRole('alert')).toHaveTextContent('Pilih berkas yang akan diunggah.');
      expect(fetchMock).not.toHaveBeenCalled();

      const input = within(form).getByLabelText('Berkas bukti');
      await userEvent.upload(input, new File(['x'.repeat(64)], 'foto besar.png', { type: 'image/png' }));
      await userEvent.click(within(form).getByRole('button', { name: 'Unggah berkas' }));
      const alert = await within(form).findByRole('alert');
      await waitFor(() => expect(alert).toHaveTextContent('Berkas terlalu besar (paling besar 10485760 bita).'));
      expect(input).toHaveAttribute('aria-invalid', 'true');
      expect(input).toHaveAccessibleDescription(expect.stringContaining('Berkas terlalu besar'));
      expect(within(form).getByRole('status')).toHaveTextContent('');
      expect(screen.queryByRole('link', { name: /^Unduh/ })).not.toBeInTheDocument();
    });

    it('lets a region user without the coordinator permission download the stored file, but not upload', async () => {
      const path = '/api/evidence/replication/ad1/s1/file';
      const pdf = new Blob(['%PDF-1.4'], { type: 'application/pdf' });
      const fetchMock = jest.fn(
        async (_url: string, _init?: RequestInit) => ({ ok: true, status: 200, blob: async () => pdf }) as unknown as Response,
      );
      globalThis.fetch = fetchMock as unknown as typeof fetch;
      const createObjectURL = jest.fn(() => 'blob:sk-tim');
      Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
      const saved: HTMLAnchorElement[] = [];
      const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        if (this.href.startsWith('blob:')) saved.push(this);
      });
      try {
        render([], {
          user: testUser({ roles: ['LEARNER'] }),
          data: {
            playbookAdoption: {
              ...adoption.playbookAdoption,
              steps: [{ ...step, evidenceFileName: 'SK Tim.pdf', evidenceFilePath: path }],
            },
          },
        });
        const card = await screen.findByRole('article', { name: 'Langkah 1: Bentuk tim' });
        await userEvent.click(within(card).getByRole('link', { name: 'Unduh SK Tim.pdf' }));
        await waitFor(() => expect(saved).toHaveLength(1));
        expect(fetchMock).toHaveBeenCalledWith(path, { credentials: 'same-origin' });
        expect(saved[0].download).toBe('SK Tim.pdf');
        expect(screen.queryByRole('button', { name: 'Perbarui langkah 1' })).not.toBeInTheDocument();
        expect(screen.queryByLabelText('Berkas bukti')).not.toBeInTheDocument();
      } finally {
        click.mockRestore();
      }
    });
  });
});
