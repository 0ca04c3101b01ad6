import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router-dom';
import { RecordPublishedSpbeScoreMutation, RegionSpbeQuery } from '../../features/assessments';
import { RegionDashboardQuery } from '../../features/dashboards';
import { RegionIndexHistoryQuery, SpbeFrameworksQuery } from '../../features/spbe';
import { MyCoordinatedRegionsQuery } from '../../lib/regions';
import { renderWithProviders, testUser } from '../../test/render';
import RegionSpbePage from './RegionSpbePage';

const learner = testUser({ regionCode: '32.11' });
const sumedang = { __typename: 'Region' as const, code: '32.11', name: 'Kabupaten Sumedang', kind: 'REGENCY' as const, provinceCode: '32' };

const spbe = {
  regionSpbe: {
    __typename: 'RegionSpbe' as const,
    region: sumedang,
    target: 3.5,
    gapToTarget: 0,
    latestAssessment: null,
    latestLevels: [],
    domainScores: [],
    aspectScores: [],
    selfAssessed: [{ __typename: 'Assessment' as const, id: 'a1', year: 2024, index: 4.2, predicate: 'Memuaskan' }],
    published: [
      { __typename: 'PublishedScore' as const, id: 'p1', year: 2023, index: 4.1, source: 'Contoh sumber 2023', demo: true },
      { __typename: 'PublishedScore' as const, id: 'p2', year: 2024, index: 4.51, source: 'Hasil evaluasi SPBE 2024', demo: false },
    ],
    benchmarks: [
      {
        __typename: 'PublishedScore' as const,
        id: 'b1',
        scope: 'NATIONAL_AVERAGE' as const,
        year: 2024,
        index: 3.12,
        source: 'KemenPANRB',
        demo: false,
      },
    ],
  },
};

const SPBE = 'PERMENPANRB-59-2020';
const PEMDI = 'PERMENPANRB-8-2026';
const dashboard = {
  regionDashboard: {
    __typename: 'RegionDashboard' as const,
    frameworkCode: PEMDI,
    row: {
      __typename: 'RegionOverviewRow' as const,
      region: { __typename: 'Region' as const, code: '32.11', name: 'Kabupaten Sumedang' },
      learners: 12,
      activeLearners30d: 5,
      enrolments: 20,
      completions: 8,
      completionRate: 0.4,
      sessionsHeld: 3,
      actionItemsOpen: 1,
      actionItemsDone: 2,
      playbookStepsDone: 4,
      latestIndex: 3.2,
      latestIndexKind: 'SELF_ASSESSED' as const,
      latestIndexYear: 2026,
      target: 3.5,
    },
    benchmarks: [{ __typename: 'Benchmark' as const, figure: 'learners', median: 6, rank: 2, of: 27 }],
    monthly: [
      { __typename: 'MonthlyPoint' as const, month: '2026-11', enrolments: 4, completions: 2, sessionsHeld: 1, playbookStepsDone: 0 },
    ],
  },
};

const value = (
  frameworkCode: string,
  year: number,
  index: number,
  kind: 'OFFICIAL' | 'SELF_ASSESSED' | 'DEMO',
  source: string | null = null,
) => ({
  __typename: 'IndexValue' as const,
  frameworkCode,
  year,
  value: index,
  kind,
  source,
});
const history = {
  request: { query: RegionIndexHistoryQuery, variables: { regionCode: '32.11' } },
  result: {
    data: {
      regionSpbe: {
        __typename: 'RegionSpbe' as const,
        region: { __typename: 'Region' as const, code: '32.11', name: 'Kabupaten Sumedang' },
        history: [
          {
            __typename: 'IndexSeries' as const,
            frameworkCode: SPBE,
            values: [
              value(SPBE, 2022, 3.84, 'OFFICIAL', 'KepmenPANRB 108/2023'),
              value(SPBE, 2024, 4.51, 'OFFICIAL', 'KepmenPANRB 663/2024'),
            ],
          },
          { __typename: 'IndexSeries' as const, frameworkCode: PEMDI, values: [value(PEMDI, 2026, 3.2, 'SELF_ASSESSED')] },
        ],
      },
    },
  },
  maxUsageCount: 5,
};
const frameworks = {
  request: { query: SpbeFrameworksQuery },
  result: {
    data: {
      spbeFrameworks: [
        {
          __typename: 'SpbeFramework' as const,
          code: PEMDI,
          name: 'Indeks Pemerintah Digital',
          validFrom: 2026,
          validTo: null,
          revocation: null,
        },
        {
          __typename: 'SpbeFramework' as const,
          code: SPBE,
          name: 'Evaluasi SPBE',
          validFrom: 2021,
          validTo: 2025,
          revocation: { __typename: 'FrameworkRevocation' as const, on: '2026-06-05', by: 'PermenPANRB 8/2026' },
        },
      ],
    },
  },
  maxUsageCount: 5,
};

describe('RegionSpbePage', () => {
  it('shows the SPBE history beside the Pemdi present, each value labelled, and the dashboard on the framework picked', async () => {
    const spbeDashboard = {
      regionDashboard: {
        ...dashboard.regionDashboard,
        frameworkCode: SPBE,
        row: { ...dashboard.regionDashboard.row, latestIndex: 4.51, latestIndexKind: 'OFFICIAL' as const, latestIndexYear: 2024 },
      },
    };
    const { operations } = renderWithProviders(
      <Routes>
        <Route path="/spbe/wilayah/:regionCode" element={<RegionSpbePage />} />
      </Routes>,
      {
        route: '/spbe/wilayah/32.11',
        user: learner,
        mocks: [
          { request: { query: RegionSpbeQuery, variables: { regionCode: '32.11' } }, result: { data: spbe } },
          {
            request: { query: RegionDashboardQuery, variables: { regionCode: '32.11', frameworkCode: null } },
            result: { data: dashboard },
          },
          {
            request: { query: RegionDashboardQuery, variables: { regionCode: '32.11', frameworkCode: SPBE } },
            result: { data: spbeDashboard },
          },
          history,
          frameworks,
        ],
      },
    );
    const spbeSeries = await screen.findByRole('table', { name: 'SPBE (PermenPANRB 59/2020)' });
    const pemdiSeries = screen.getByRole('table', { name: 'Pemdi (PermenPANRB 8/2026)' });
    expect(within(spbeSeries).getByRole('rowheader', { name: '2024' }).closest('tr')).toHaveTextContent('4,51Resmi KepmenPANRB 663/2024');
    expect(within(pemdiSeries).getAllByRole('row')).toHaveLength(2);
    expect(within(pemdiSeries).getByRole('rowheader', { name: '2026' }).closest('tr')).toHaveTextContent('3,20Penilaian mandiri');

    const figures = await screen.findByRole('table', { name: 'Angka wilayah, peringkat dan median provinsi' });
    const index = within(figures).getByRole('rowheader', { name: 'Indeks terbaru' }).closest('tr') as HTMLElement;
    expect(index).toHaveTextContent('3,20 Penilaian mandiri 2026 · Pemdi (PermenPANRB 8/2026)');
    const picker = screen.getByRole('combobox', { name: 'Kerangka evaluasi' });
    await waitFor(() => expect(picker).toHaveValue(PEMDI));
    await userEvent.selectOptions(picker, SPBE);
    await waitFor(() =>
      expect(
        within(screen.getByRole('table', { name: 'Angka wilayah, peringkat dan median provinsi' }))
          .getByRole('rowheader', { name: 'Indeks terbaru' })
          .closest('tr'),
      ).toHaveTextContent('4,51 Resmi 2024 · SPBE (PermenPANRB 59/2020)'),
    );
    expect(operations.filter((name) => name === 'RegionDashboard')).toHaveLength(2);
  });

  it('labels official values and self-assessments apart, with sources, demo marks, ranks and medians', async () => {
    renderWithProviders(
      <Routes>
        <Route path="/spbe/wilayah/:regionCode" element={<RegionSpbePage />} />
      </Routes>,
      {
        route: '/spbe/wilayah/32.11',
        user: learner,
        mocks: [
          { request: { query: RegionSpbeQuery, variables: { regionCode: '32.11' } }, result: { data: spbe } },
          {
            request: { query: RegionDashboardQuery, variables: { regionCode: '32.11', frameworkCode: null } },
            result: { data: dashboard },
          },
          history,
          frameworks,
        ],
      },
    );
    const trend = await screen.findByRole('table', { name: 'Indeks per tahun (nilai resmi dan penilaian mandiri)' });
    const headers = within(trend)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['Tahun', 'Nilai resmi', 'Penilaian mandiri', 'Sumber']);
    const row2023 = within(trend).getByRole('rowheader', { name: '2023' }).closest('tr') as HTMLElement;
    expect(row2023).toHaveTextContent('4,10');
    expect(row2023).toHaveTextContent('Data demo');
    const row2024 = within(trend).getByRole('rowheader', { name: '2024' }).closest('tr') as HTMLElement;
    expect(row2024).toHaveTextContent('4,51');
    expect(row2024).toHaveTextContent('4,20');
    expect(row2024).not.toHaveTextContent('Data demo');
    expect(screen.getByRole('table', { name: 'Rata-rata provinsi dan nasional' })).toHaveTextContent('Rata-rata nasional');
    const figures = await screen.findByRole('table', { name: 'Angka wilayah, peringkat dan median provinsi' });
    const learners = within(figures).getByRole('rowheader', { name: 'Peserta' }).closest('tr') as HTMLElement;
    expect(learners).toHaveTextContent('12');
    expect(learners).toHaveTextContent('2 dari 27');
    expect(screen.getByText('Target sudah tercapai.')).toBeInTheDocument();
    // Learners see no assessment tab.
    expect(screen.queryByRole('link', { name: /^Penilaian/ })).not.toBeInTheDocument();
  });

  it('lets the region’s coordinator record an official value and shows SCORE_EXISTS', async () => {
    const coordinator = testUser({ roles: ['LEARNER', 'COORDINATOR'] });
    const input = { regionCode: '32.11', year: 2025, index: 4.05, source: 'Hasil evaluasi SPBE KemenPANRB 2025' };
    const saved = { __typename: 'PublishedScore' as const, id: 'p3', year: 2025, index: 4.05, source: input.source, demo: false };
    const { operations } = renderWithProviders(
      <Routes>
        <Route path="/spbe/wilayah/:regionCode" element={<RegionSpbePage />} />
      </Routes>,
      {
        route: '/spbe/wilayah/32.11',
        user: coordinator,
        mocks: [
          { request: { query: RegionSpbeQuery, variables: { regionCode: '32.11' } }, result: { data: spbe } },
          {
            request: { query: RegionDashboardQuery, variables: { regionCode: '32.11', frameworkCode: null } },
            result: { data: dashboard },
          },
          history,
          frameworks,
          {
            request: { query: MyCoordinatedRegionsQuery },
            result: {
              data: {
                me: {
                  __typename: 'User' as const,
                  id: '1',
                  coordinatedRegions: [
                    { __typename: 'Region' as const, code: '32.11', name: 'Kabupaten Sumedang', kind: 'REGENCY' as const },
                  ],
                },
              },
            },
            maxUsageCount: 5,
          },
          {
            request: { query: RecordPublishedSpbeScoreMutation, variables: { input } },
            result: { data: { recordPublishedSpbeScore: saved } },
          },
          {
            request: { query: RegionSpbeQuery, variables: { regionCode: '32.11' } },
            result: { data: { regionSpbe: { ...spbe.regionSpbe, published: [...spbe.regionSpbe.published, saved] } } },
          },
          {
            request: { query: RecordPublishedSpbeScoreMutation, variables: { input } },
            result: { errors: [new GraphQLError('exists', { extensions: { code: 'CONFLICT', reason: 'SCORE_EXISTS' } })] },
          },
        ],
      },
    );
    const form = await screen.findByRole('form', { name: 'Catat nilai resmi' });
    const fill = async () => {
      await userEvent.clear(within(form).getByLabelText('Tahun'));
      await userEvent.type(within(form).getByLabelText('Tahun'), '2025');
      await userEvent.type(within(form).getByLabelText('Indeks resmi'), '4.05');
      await userEvent.type(within(form).getByLabelText('Sumber (jenis dan tahun publikasi)'), input.source);
      await userEvent.click(within(form).getByRole('button', { name: 'Simpan nilai resmi' }));
    };
    await fill();
    await waitFor(() => expect(within(form).getByRole('status')).toHaveTextContent('Nilai resmi tahun 2025 (4,05) tersimpan.'));
    // The region summary is refetched: the trend table shows the new year.
    const trend = screen.getByRole('table', { name: 'Indeks per tahun (nilai resmi dan penilaian mandiri)' });
    const row2025 = (await within(trend).findByRole('rowheader', { name: '2025' })).closest('tr') as HTMLElement;
    expect(row2025).toHaveTextContent('4,05');

    await fill();
    expect(await within(form).findByRole('alert')).toHaveTextContent('Nilai resmi untuk tahun tersebut sudah tercatat.');
    expect(operations.filter((name) => name === 'RecordPublishedSpbeScore')).toHaveLength(2);
  });
});
