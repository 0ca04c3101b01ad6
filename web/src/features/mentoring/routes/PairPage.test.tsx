import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { renderWithProviders, testUser } from '../../../test/render';
import {
  GiveSessionFeedbackMutation,
  LogPastSessionMutation,
  MentoringPairQuery,
  RecordSessionOutcomeMutation,
  ScheduleSessionMutation,
} from '../api/operations';
import { ICS_TEXT, pairFixture, recordInto, sessionFixture } from '../test-fixtures';
import PairPage from './PairPage';

const mentor = testUser({ id: 'u-mentor', fullName: 'Dedi Mulyadi', roles: ['LEARNER', 'MENTOR'] });
const mentee = testUser({ id: 'u-asn', fullName: 'Asep Bandung', roles: ['LEARNER'] });

const pairMock = (pair: ReturnType<typeof pairFixture>) => ({
  request: { query: MentoringPairQuery, variables: { id: 'p1' } },
  result: { data: { mentoringPair: pair } },
  maxUsageCount: 3,
});

function renderPair(mocks: unknown[], user = mentor) {
  return renderWithProviders(
    <Routes>
      <Route path="/mentoring/pasangan/:id" element={<PairPage />} />
    </Routes>,
    { user, route: '/mentoring/pasangan/p1', mocks: mocks as never },
  );
}

async function openScheduleForm() {
  await userEvent.click(await screen.findByRole('button', { name: 'Jadwalkan sesi' }));
  return screen.getByRole('form', { name: 'Jadwalkan sesi' });
}

async function fillSchedule(
  form: HTMLElement,
  { date, time, duration, zone = 'WIB' }: { date: string; time: string; duration: string; zone?: string },
) {
  const dateInput = within(form).getByLabelText(`Tanggal (${zone})`);
  await userEvent.clear(dateInput);
  await userEvent.type(dateInput, date);
  await userEvent.type(within(form).getByLabelText(`Jam mulai (${zone})`), time);
  const durationInput = within(form).getByLabelText('Durasi (menit)');
  await userEvent.clear(durationInput);
  await userEvent.type(durationInput, duration);
  await userEvent.type(within(form).getByLabelText('Tautan rapat daring'), 'https://meet.example.id/spbe');
  await userEvent.type(within(form).getByLabelText('Agenda'), 'Review peta rencana SPBE');
}

describe('PairPage: scheduling', () => {
  it('converts the date and time typed in WIB to UTC for the server', async () => {
    const sent = jest.fn();
    const { operations } = renderPair([
      pairMock(pairFixture({ sessions: [] })),
      {
        request: { query: ScheduleSessionMutation, variables: recordInto(sent) },
        result: {
          data: { scheduleSession: sessionFixture({ id: 's2', startsAt: '2026-12-01T07:00:00.000Z', agenda: 'Review peta rencana SPBE' }) },
        },
      },
    ]);
    const form = await openScheduleForm();
    expect(within(form).getByLabelText('Tanggal (WIB)')).toHaveFocus();
    await fillSchedule(form, { date: '2026-12-01', time: '14:00', duration: '90' });
    await userEvent.click(within(form).getByRole('button', { name: 'Simpan jadwal sesi' }));

    expect(await screen.findByText(/Sesi dijadwalkan: 1 Desember 2026 pukul 14\.00/)).toBeInTheDocument();
    expect(operations).toContain('ScheduleSession');
    expect(sent).toHaveBeenCalledWith({
      input: {
        pairId: 'p1',
        startsAt: '2026-12-01T07:00:00.000Z',
        durationMinutes: 90,
        onlineUrl: 'https://meet.example.id/spbe',
        place: null,
        agenda: 'Review peta rencana SPBE',
      },
    });
    // The new session is listed with the pair's sessions.
    expect(screen.getByRole('article', { name: /Sesi 1 Desember 2026 pukul 14\.00/ })).toBeInTheDocument();
  });

  it("asks for the date and time in the user's zone (WITA) and converts them from it", async () => {
    const sent = jest.fn();
    const witaMentor = testUser({ ...mentor, timeZone: 'Asia/Makassar' });
    renderPair(
      [
        pairMock(pairFixture({ sessions: [] })),
        {
          request: { query: ScheduleSessionMutation, variables: recordInto(sent) },
          result: {
            data: {
              scheduleSession: sessionFixture({ id: 's2', startsAt: '2026-12-01T06:00:00.000Z', agenda: 'Review peta rencana SPBE' }),
            },
          },
        },
      ],
      witaMentor,
    );
    const form = await openScheduleForm();
    expect(within(form).queryByLabelText('Jam mulai (WIB)')).not.toBeInTheDocument();
    await fillSchedule(form, { date: '2026-12-01', time: '14:00', duration: '60', zone: 'WITA' });
    await userEvent.click(within(form).getByRole('button', { name: 'Simpan jadwal sesi' }));
    expect(await screen.findByText(/Sesi dijadwalkan: 1 Desember 2026 pukul 14\.00 WITA/)).toBeInTheDocument();
    expect(sent).toHaveBeenCalledWith(
      expect.objectContaining({ input: expect.objectContaining({ startsAt: '2026-12-01T06:00:00.000Z' }) }),
    );
  });

  it('blocks a duration over 480 minutes before asking the server', async () => {
    const { operations } = renderPair([pairMock(pairFixture({ sessions: [] }))]);
    const form = await openScheduleForm();
    await fillSchedule(form, { date: '2026-12-01', time: '14:00', duration: '481' });
    await userEvent.click(within(form).getByRole('button', { name: 'Simpan jadwal sesi' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Durasi sesi 1 sampai 480 menit.');
    expect(within(form).getByLabelText('Durasi (menit)')).toHaveAttribute('aria-invalid', 'true');
    expect(operations).not.toContain('ScheduleSession');
  });

  it('shows DOUBLE_BOOKED with when the clashing session starts, in WIB', async () => {
    renderPair([
      pairMock(pairFixture({ sessions: [] })),
      {
        request: { query: ScheduleSessionMutation, variables: () => true },
        result: {
          errors: [
            {
              message: 'DOUBLE_BOOKED',
              extensions: { code: 'CONFLICT', reason: 'DOUBLE_BOOKED', params: { startsAt: '2026-12-01T07:00:00.000Z' } },
            },
          ],
        },
      },
    ]);
    const form = await openScheduleForm();
    await fillSchedule(form, { date: '2026-12-01', time: '14:00', duration: '60' });
    await userEvent.click(within(form).getByRole('button', { name: 'Simpan jadwal sesi' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Jadwal bentrok');
    expect(summary).toHaveTextContent('sesi yang bentrok mulai 1 Desember 2026 pukul 14.00 WIB');
  });
});

describe('PairPage: outcome, feedback and calendar', () => {
  it('records the outcome with action items and their owners', async () => {
    const sent = jest.fn();
    renderPair([
      pairMock(pairFixture()),
      {
        request: { query: RecordSessionOutcomeMutation, variables: recordInto(sent) },
        result: {
          data: {
            recordSessionOutcome: sessionFixture({
              status: 'HELD',
              version: 2,
              notes: 'Sepakat menyusun peta rencana.',
              actionItems: [
                {
                  __typename: 'ActionItem',
                  id: 'a1',
                  sessionId: 's1',
                  text: 'Susun draf peta rencana',
                  dueDate: '2025-04-01',
                  doneAt: null,
                  owner: { __typename: 'Person', id: 'u-asn', fullName: 'Asep Bandung' },
                },
              ],
            }),
          },
        },
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: /^Catat hasil sesi/ }));
    const form = screen.getByRole('form', { name: 'Catat hasil sesi' });
    expect(within(form).getByRole('radio', { name: 'Terlaksana' })).toBeChecked();
    await userEvent.type(within(form).getByLabelText('Catatan sesi'), 'Sepakat menyusun peta rencana.');
    await userEvent.click(within(form).getByRole('button', { name: 'Tambah item tindak lanjut' }));
    const item = within(form).getByRole('group', { name: 'Item tindak lanjut 1' });
    await userEvent.type(within(item).getByLabelText('Yang harus dilakukan'), 'Susun draf peta rencana');
    await userEvent.selectOptions(within(item).getByLabelText('Penanggung jawab'), 'Asep Bandung');
    await userEvent.type(within(item).getByLabelText(/Tenggat/), '2025-04-01');
    await userEvent.click(within(form).getByRole('button', { name: 'Tambah item tindak lanjut' }));
    const second = within(form).getByRole('group', { name: 'Item tindak lanjut 2' });
    await userEvent.type(within(second).getByLabelText('Yang harus dilakukan'), 'Kirim contoh SK tim SPBE');
    await userEvent.selectOptions(within(second).getByLabelText('Penanggung jawab'), 'Dedi Mulyadi (mentor)');
    await userEvent.click(within(form).getByRole('button', { name: 'Simpan hasil sesi' }));

    expect(await screen.findByText('Hasil sesi disimpan.')).toBeInTheDocument();
    expect(sent).toHaveBeenCalledWith({
      input: {
        sessionId: 's1',
        status: 'HELD',
        notes: 'Sepakat menyusun peta rencana.',
        actionItems: [
          { text: 'Susun draf peta rencana', ownerId: 'u-asn', dueDate: '2025-04-01' },
          { text: 'Kirim contoh SK tim SPBE', ownerId: 'u-mentor', dueDate: null },
        ],
        version: 1,
      },
    });
    expect(screen.getByText('Susun draf peta rencana')).toBeInTheDocument();
  });

  it('does not offer to record a session that has not started', async () => {
    renderPair([pairMock(pairFixture({ sessions: [sessionFixture({ startsAt: '2099-01-01T03:00:00.000Z' })] }))]);
    expect(await screen.findByText('Hasil sesi dapat dicatat setelah sesi dimulai.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Catat hasil sesi/ })).not.toBeInTheDocument();
  });

  it('sends the rating chosen in the feedback radio group', async () => {
    const sent = jest.fn();
    const { operations } = renderPair(
      [
        pairMock(pairFixture({ sessions: [sessionFixture({ status: 'HELD', version: 2 })] })),
        {
          request: { query: GiveSessionFeedbackMutation, variables: recordInto(sent) },
          result: {
            data: {
              giveSessionFeedback: {
                __typename: 'SessionFeedback',
                sessionId: 's1',
                rating: 4,
                comment: 'Sangat membantu',
                createdAt: '2025-03-10T05:00:00.000Z',
              },
            },
          },
        },
      ],
      mentee,
    );
    await userEvent.click(await screen.findByRole('button', { name: /^Beri umpan balik/ }));
    const form = screen.getByRole('form', { name: 'Beri umpan balik' });
    const group = within(form).getByRole('group', { name: 'Penilaian sesi' });
    expect(within(group).getAllByRole('radio')).toHaveLength(5);

    // Without a rating the form stops here.
    await userEvent.click(within(form).getByRole('button', { name: 'Kirim umpan balik' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Pilih nilai 1 sampai 5.');
    expect(operations).not.toContain('GiveSessionFeedback');

    await userEvent.click(within(group).getByRole('radio', { name: '4 – Baik' }));
    await userEvent.type(within(form).getByLabelText(/Komentar/), 'Sangat membantu');
    await userEvent.click(within(form).getByRole('button', { name: 'Kirim umpan balik' }));

    expect(await screen.findByText('Terima kasih, umpan balik Anda tersimpan.')).toBeInTheDocument();
    expect(sent).toHaveBeenCalledWith({ input: { sessionId: 's1', rating: 4, comment: 'Sangat membantu' } });
    expect(screen.getByText('Nilai 4 dari 5')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Beri umpan balik/ })).not.toBeInTheDocument();
  });

  it('offers no schedule, cancel or outcome actions to a mentee', async () => {
    renderPair([pairMock(pairFixture())], mentee);
    await screen.findByRole('article', { name: /Sesi/ });
    expect(screen.queryByRole('button', { name: 'Jadwalkan sesi' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Batalkan sesi/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Catat hasil sesi/ })).not.toBeInTheDocument();
  });

  it('downloads the session as a text/calendar .ics file named after its WIB date', async () => {
    const blobs: Blob[] = [];
    const names: string[] = [];
    const createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:sesi';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    renderPair([pairMock(pairFixture())], mentee);
    await userEvent.click(await screen.findByRole('button', { name: /^Unduh \.ics/ }));

    expect(blobs).toHaveLength(1);
    expect(blobs[0].type).toBe('text/calendar');
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0]);
    });
    expect(text).toBe(ICS_TEXT);
    expect(names).toEqual(['sesi-2025-03-10.ics']);
    click.mockRestore();
  });
});

describe('PairPage: logging a session that already took place', () => {
  const coordinator = testUser({ id: 'u-koord', fullName: 'Koordinator', roles: ['LEARNER', 'COORDINATOR'] });
  /** The WIB calendar day `days` ago. */
  const wibDaysAgo = (days: number) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date(Date.now() - days * 86_400_000));

  async function openLogForm() {
    await userEvent.click(await screen.findByRole('button', { name: 'Catat sesi yang sudah berlangsung' }));
    return screen.getByRole('form', { name: 'Catat sesi yang sudah berlangsung' });
  }

  async function fillLog(form: HTMLElement, date: string) {
    await userEvent.type(within(form).getByLabelText('Tanggal (WIB)'), date);
    await userEvent.type(within(form).getByLabelText('Jam mulai (WIB)'), '10:00');
    await userEvent.type(within(form).getByLabelText('Agenda'), 'Rapat Tim Koordinasi SPBE');
  }

  it('the mentor logs it with its outcome and an action item in one step; it is listed with the past sessions', async () => {
    const date = wibDaysAgo(3);
    const startsAt = `${date}T03:00:00.000Z`;
    const sent = jest.fn();
    const { operations } = renderPair([
      pairMock(pairFixture({ sessions: [] })),
      {
        request: { query: LogPastSessionMutation, variables: recordInto(sent) },
        result: {
          data: {
            logPastSession: sessionFixture({
              id: 's9',
              startsAt,
              status: 'HELD',
              onlineUrl: null,
              agenda: 'Rapat Tim Koordinasi SPBE',
              notes: 'SK disepakati.',
            }),
          },
        },
      },
    ]);
    const form = await openLogForm();
    expect(within(form).getByLabelText('Tanggal (WIB)')).toHaveFocus();
    await fillLog(form, date);
    expect(within(form).getByRole('radio', { name: 'Terlaksana' })).toBeChecked();
    await userEvent.type(within(form).getByLabelText(/Catatan sesi/), 'SK disepakati.');
    await userEvent.click(within(form).getByRole('button', { name: 'Tambah item tindak lanjut' }));
    await userEvent.type(within(form).getByLabelText('Yang harus dilakukan'), 'Kirim SK ke Bagian Hukum');
    await userEvent.click(within(form).getByRole('button', { name: 'Simpan sesi' }));

    expect(await screen.findByText(/^Sesi dicatat: /)).toBeInTheDocument();
    expect(operations).toContain('LogPastSession');
    expect(sent).toHaveBeenCalledWith({
      input: {
        pairId: 'p1',
        startsAt,
        durationMinutes: 60,
        agenda: 'Rapat Tim Koordinasi SPBE',
        status: 'HELD',
        notes: 'SK disepakati.',
        actionItems: [{ text: 'Kirim SK ke Bagian Hukum', ownerId: 'u-asn', dueDate: null }],
      },
    });
    const past = screen.getByRole('region', { name: 'Sesi yang lalu' });
    expect(within(past).getByRole('article', { name: /Sesi/ })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Catat sesi yang sudah berlangsung' })).not.toBeInTheDocument();
  });

  it('blocks a session more than 30 days ago before asking the server, and focuses the summary', async () => {
    const { operations } = renderPair([pairMock(pairFixture({ sessions: [] }))]);
    const form = await openLogForm();
    await fillLog(form, wibDaysAgo(32));
    await userEvent.click(within(form).getByRole('button', { name: 'Simpan sesi' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Sesi dapat dicatat paling lambat 30 hari setelah berlangsung.');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(form).getByLabelText('Tanggal (WIB)')).toHaveAttribute('aria-invalid', 'true');
    expect(operations).not.toContain('LogPastSession');
  });

  it('shows the server’s refusal (a clash with another session)', async () => {
    renderPair([
      pairMock(pairFixture({ sessions: [] })),
      {
        request: { query: LogPastSessionMutation, variables: () => true },
        result: { errors: [{ message: 'DOUBLE_BOOKED', extensions: { code: 'CONFLICT', reason: 'DOUBLE_BOOKED', params: {} } }] },
      },
    ]);
    const form = await openLogForm();
    await fillLog(form, wibDaysAgo(2));
    await userEvent.click(within(form).getByRole('button', { name: 'Simpan sesi' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Jadwal bentrok');
  });

  it('is offered to the pair’s mentor only: not to a mentee nor to a coordinator', async () => {
    for (const user of [mentee, coordinator]) {
      const { unmount } = renderPair([pairMock(pairFixture())], user);
      await screen.findByRole('article', { name: /Sesi/ });
      expect(screen.queryByRole('button', { name: 'Catat sesi yang sudah berlangsung' })).not.toBeInTheDocument();
      unmount();
    }
  });
});
