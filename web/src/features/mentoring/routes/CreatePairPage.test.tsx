import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { MyCoordinatedRegionsQuery } from '../../../lib/regions';
import { FrameworkIndicatorsQuery } from '../../../lib/spbe';
import { renderWithProviders, testUser } from '../../../test/render';
import { CreateMentoringPairMutation, MentorSuggestionsQuery, PairingLearnersQuery, PublishedPlaybooksQuery } from '../api/operations';
import { menteePerson, pairFixture, recordInto } from '../test-fixtures';
import CreatePairPage from './CreatePairPage';

const coordinator = testUser({ id: 'u-coord', roles: ['LEARNER', 'COORDINATOR'] });

const suggestion = (id: string, fullName: string, overrides: Record<string, unknown>) => ({
  __typename: 'MentorSuggestion' as const,
  mentor: {
    __typename: 'Person' as const,
    id,
    fullName,
    agency: 'Diskominfo Sumedang',
    region: { __typename: 'Region' as const, code: '32.11', name: 'Kabupaten Sumedang', kind: 'REGENCY' },
  },
  score: 40,
  matchedIndicatorCodes: [],
  authoredPlaybook: false,
  activePairs: 0,
  capacity: 5,
  atCapacity: false,
  averageRating: null,
  ratings: 0,
  ...overrides,
});

const suggestions = [
  suggestion('u-mentor', 'Dedi Mulyadi', {
    matchedIndicatorCodes: ['I19', 'I20'],
    authoredPlaybook: true,
    activePairs: 2,
    averageRating: 4.5,
    ratings: 12,
  }),
  suggestion('u-full', 'Rina Sari', { activePairs: 5, capacity: 5, atCapacity: true, score: -60 }),
];

const baseMocks = [
  {
    request: { query: MyCoordinatedRegionsQuery },
    result: {
      data: {
        me: {
          __typename: 'User',
          id: 'u-coord',
          coordinatedRegions: [{ __typename: 'Region', code: '32.04', name: 'Kabupaten Bandung', kind: 'REGENCY' }],
        },
      },
    },
    maxUsageCount: 5,
  },
  {
    request: { query: PairingLearnersQuery, variables: { regionCode: '32.04' } },
    result: {
      data: {
        regionLearners: {
          __typename: 'RegionLearnerPage',
          totalCount: 1,
          items: [{ __typename: 'RegionLearner', learner: menteePerson }],
        },
      },
    },
  },
  { request: { query: PublishedPlaybooksQuery }, result: { data: { catalogue: { __typename: 'CataloguePage', items: [] } } } },
  {
    // Pairing takes SPBE 59/2020 codes, so the form asks for that framework by code (not the one in force).
    request: { query: FrameworkIndicatorsQuery, variables: { code: 'PERMENPANRB-59-2020' } },
    result: {
      data: {
        spbeFramework: {
          __typename: 'SpbeFramework',
          code: 'PERMENPANRB-59-2020',
          name: 'Indeks SPBE (PermenPANRB 59/2020)',
          domains: [
            {
              __typename: 'SpbeDomain',
              code: 'D2',
              number: 2,
              name: 'Tata Kelola SPBE',
              aspects: [{ __typename: 'SpbeAspect', code: 'A4' }],
            },
          ],
          aspects: [
            {
              __typename: 'SpbeAspect',
              code: 'A4',
              number: 4,
              name: 'Kebijakan Internal Tata Kelola SPBE',
              indicators: [
                { __typename: 'SpbeIndicator', id: 19, code: 'I19', number: 19, name: 'Tim Koordinasi SPBE Instansi Pemerintah' },
              ],
            },
          ],
        },
      },
    },
  },
  {
    request: { query: MentorSuggestionsQuery, variables: { input: { regionCode: '32.04', indicatorCodes: [], playbookId: null } } },
    result: { data: { mentorSuggestions: suggestions } },
  },
];

function renderCreate(extra: unknown[] = []) {
  return renderWithProviders(
    <Routes>
      <Route path="/koordinasi/mentoring/baru" element={<CreatePairPage />} />
      <Route path="/mentoring/pasangan/:id" element={<h1>Halaman pasangan</h1>} />
    </Routes>,
    { user: coordinator, route: '/koordinasi/mentoring/baru?wilayah=32.04', mocks: [...baseMocks, ...extra] as never },
  );
}

async function fillAndFind() {
  await userEvent.click(await screen.findByRole('checkbox', { name: /Asep Bandung/ }));
  await userEvent.type(screen.getByLabelText('Tujuan'), 'Menaikkan indeks layanan naskah dinas.');
  await userEvent.click(screen.getByRole('button', { name: 'Cari mentor' }));
  return screen.findByRole('group', { name: 'Pilih mentor' });
}

describe('CreatePairPage', () => {
  it('lists suggested mentors with their reasons in words', async () => {
    renderCreate();
    const group = await fillAndFind();
    const first = within(group).getByRole('radio', { name: /Dedi Mulyadi/ });
    expect(first).toHaveAccessibleDescription('Ahli di I19, I20 Menulis playbook ini Beban 2/5 Rating 4,5 dari 12 ulasan');
    const full = within(group).getByRole('radio', { name: /Rina Sari/ });
    expect(full).toHaveAccessibleDescription(/Beban 5\/5 .*Kapasitas penuh/);
    expect(screen.getByText('2 mentor disarankan')).toBeInTheDocument();
  });

  it('requires a reason before pairing a mentor at capacity', async () => {
    const sent = jest.fn();
    const { operations } = renderCreate([
      {
        request: { query: CreateMentoringPairMutation, variables: recordInto(sent) },
        result: { data: { createMentoringPair: pairFixture({ id: 'p9' }) } },
      },
    ]);
    const group = await fillAndFind();
    expect(screen.queryByLabelText(/Alasan melebihi kapasitas/)).not.toBeInTheDocument();
    await userEvent.click(within(group).getByRole('radio', { name: /Rina Sari/ }));
    const reason = screen.getByLabelText(/Alasan melebihi kapasitas/);

    await userEvent.click(screen.getByRole('button', { name: 'Buat pasangan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Tuliskan alasannya.');
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(operations).not.toContain('CreateMentoringPair');
    // The summary takes focus on the next frame; typing before then would lose keys to it.
    await waitFor(() => expect(screen.getByRole('alert')).toHaveFocus());

    await userEvent.type(reason, 'Satu-satunya mentor yang menguasai TTE.');
    await userEvent.click(screen.getByRole('button', { name: 'Buat pasangan' }));
    expect(await screen.findByRole('heading', { name: 'Halaman pasangan' })).toBeInTheDocument();
    expect(sent).toHaveBeenCalledWith({
      input: expect.objectContaining({
        mentorId: 'u-full',
        menteeKind: 'REGION_TEAM',
        regionCode: '32.04',
        memberIds: ['u-asn'],
        capacityOverrideReason: 'Satu-satunya mentor yang menguasai TTE.',
      }),
    });
  });

  it('asks for the reason when the server answers CAPACITY_REACHED', async () => {
    renderCreate([
      {
        request: { query: CreateMentoringPairMutation, variables: () => true },
        result: {
          errors: [
            {
              message: 'CAPACITY_REACHED',
              extensions: { code: 'CONFLICT', reason: 'CAPACITY_REACHED', params: { active: 5, capacity: 5 } },
            },
          ],
        },
      },
    ]);
    const group = await fillAndFind();
    await userEvent.click(within(group).getByRole('radio', { name: /Dedi Mulyadi/ }));
    expect(screen.queryByLabelText(/Alasan melebihi kapasitas/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Buat pasangan' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Mentor ini sudah mencapai kapasitasnya (5 dari 5 pasangan aktif)');
    expect(screen.getByLabelText(/Alasan melebihi kapasitas/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('offers the SPBE 59/2020 indicators pairing takes and looks for mentors by them', async () => {
    const sent = jest.fn();
    renderCreate([
      {
        request: { query: MentorSuggestionsQuery, variables: recordInto(sent) },
        result: { data: { mentorSuggestions: suggestions } },
      },
    ]);
    await userEvent.click(await screen.findByRole('checkbox', { name: /Asep Bandung/ }));
    await userEvent.type(screen.getByLabelText('Cari indikator'), 'I19');
    await userEvent.click(await screen.findByRole('checkbox', { name: /^I19 Tim Koordinasi SPBE/ }));
    await userEvent.type(screen.getByLabelText('Tujuan'), 'Membentuk Tim Koordinasi SPBE.');
    await userEvent.click(screen.getByRole('button', { name: 'Cari mentor' }));
    await screen.findByRole('group', { name: 'Pilih mentor' });
    expect(sent).toHaveBeenCalledWith({ input: { regionCode: '32.04', indicatorCodes: ['I19'], playbookId: null } });
  });

  it('asks for team members before looking for mentors', async () => {
    const { operations } = renderCreate();
    await screen.findByRole('checkbox', { name: /Asep Bandung/ });
    await userEvent.type(screen.getByLabelText('Tujuan'), 'Tujuan.');
    await userEvent.click(screen.getByRole('button', { name: 'Cari mentor' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Pilih setidaknya satu anggota tim.');
    expect(operations).not.toContain('MentorSuggestions');
  });
});
