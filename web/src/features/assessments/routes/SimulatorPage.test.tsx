import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { MyCoordinatedRegionsQuery } from '../../../lib/regions';
import { renderWithProviders, testUser } from '../../../test/render';
import {
  LatestSpbeActionPlanQuery,
  RegionSpbeQuery,
  SaveSpbeActionPlanMutation,
  SpbeFrameworkFullQuery,
  SpbeIndexPlanQuery,
} from '../api/operations';
import { coordinatedRegionsData, frameworkData, levelsOf, regionSpbeData } from '../test-fixtures';
import SimulatorPage from './SimulatorPage';

const coordinator = testUser({ roles: ['LEARNER', 'COORDINATOR'], regionCode: '32.11' });

function render(levels: ReturnType<typeof levelsOf>, extraMocks: unknown[] = []) {
  return renderWithProviders(
    <Routes>
      <Route path="/spbe/wilayah/:regionCode/simulasi" element={<SimulatorPage />} />
    </Routes>,
    {
      route: '/spbe/wilayah/32.08/simulasi',
      user: coordinator,
      mocks: [
        { request: { query: SpbeFrameworkFullQuery }, result: { data: frameworkData } },
        { request: { query: MyCoordinatedRegionsQuery }, result: { data: coordinatedRegionsData() }, maxUsageCount: 5 },
        { request: { query: RegionSpbeQuery, variables: { regionCode: '32.08' } }, result: { data: regionSpbeData(levels) } },
        {
          request: { query: LatestSpbeActionPlanQuery, variables: { regionCode: '32.08' } },
          result: { data: { latestSpbeActionPlan: null } },
        },
        ...(extraMocks as never[]),
      ],
    },
  );
}

const simulated = () => screen.getByTestId('simulated-index');

describe('SimulatorPage', () => {
  it('recomputes the index live with the shared arithmetic: all at 3, I42 to 5 gives 3,06', async () => {
    const { operations } = render(levelsOf(3));
    const select = await screen.findByRole('combobox', { name: /^I42 · / });
    expect(simulated()).toHaveTextContent('Indeks simulasi: 3,00 (Baik)');
    await userEvent.selectOptions(select, '5');
    expect(simulated()).toHaveTextContent('Indeks simulasi: 3,06 (Baik), perubahan 0,06 dari 1 indikator yang diubah.');
    // No server call for the simulation itself.
    expect(operations.filter((name) => name === 'SpbeIndexPlan')).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Kembalikan ke penilaian' }));
    expect(simulated()).toHaveTextContent('Indeks simulasi: 3,00 (Baik)');
  });

  it('changes the predicate when the index crosses a band (3,47 Baik -> 3,50 Sangat Baik)', async () => {
    const raised = Object.fromEntries(Array.from({ length: 26 }, (_, i) => [`I${String(i + 1).padStart(2, '0')}`, 4]));
    render(levelsOf(3, raised));
    const select = await screen.findByRole('combobox', { name: /^I42 · / });
    expect(simulated()).toHaveTextContent('Indeks simulasi: 3,47 (Baik)');
    await userEvent.selectOptions(select, '4');
    expect(simulated()).toHaveTextContent('Indeks simulasi: 3,50 (Sangat Baik)');
  });

  it('plans for me and saves the raises as an action plan with owners', async () => {
    const plan = {
      __typename: 'IndexPlanModel' as const,
      currentIndex: 3.47,
      target: 3.5,
      plannedIndex: 3.5,
      reachable: true,
      explanation: 'Naikkan I42 satu tingkat.',
      raises: [
        {
          __typename: 'PlannedRaiseModel' as const,
          indicatorCode: 'I42',
          indicatorName: 'Layanan Publik',
          fromLevel: 3,
          toLevel: 4,
          weightBp: 300,
          gain: 0.03,
          content: [
            {
              __typename: 'ContentItem' as const,
              id: 'c9',
              type: 'PLAYBOOK' as const,
              publishedRevision: { __typename: 'ContentRevision' as const, id: 'r9', title: 'Playbook Layanan Publik' },
            },
          ],
        },
      ],
    };
    const savedPlan = {
      __typename: 'ActionPlan' as const,
      id: 'p1',
      assessmentId: 'a1',
      regionCode: '32.08',
      target: 3.5,
      createdAt: '2026-11-27T03:00:00.000Z',
      items: [
        {
          __typename: 'ActionPlanItem' as const,
          id: 'i1',
          indicatorCode: 'I42',
          fromLevel: 3,
          toLevel: 4,
          owner: 'Diskominfo',
          dueDate: '2026-12-31',
        },
      ],
    };
    render(levelsOf(3), [
      { request: { query: SpbeIndexPlanQuery, variables: { assessmentId: 'a1', target: 3.5 } }, result: { data: { spbeIndexPlan: plan } } },
      {
        request: {
          query: SaveSpbeActionPlanMutation,
          variables: {
            input: {
              assessmentId: 'a1',
              target: 3.5,
              items: [{ indicatorCode: 'I42', fromLevel: 3, toLevel: 4, owner: 'Diskominfo', dueDate: '2026-12-31' }],
            },
          },
        },
        result: { data: { saveSpbeActionPlan: savedPlan } },
      },
      {
        request: { query: LatestSpbeActionPlanQuery, variables: { regionCode: '32.08' } },
        result: { data: { latestSpbeActionPlan: savedPlan } },
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Rencanakan untuk saya' }));
    expect(await screen.findByText('Naikkan I42 satu tingkat.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Playbook Layanan Publik' })).toHaveAttribute('href', '/konten/c9');
    // The owner is required before saving.
    await userEvent.click(screen.getByRole('button', { name: 'Simpan sebagai rencana aksi' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Isi penanggung jawab untuk I42.');
    await userEvent.type(screen.getByRole('textbox', { name: 'Penanggung jawab I42 ke tingkat 4' }), 'Diskominfo');
    const due = screen.getByLabelText('Tenggat I42 ke tingkat 4 (opsional)');
    await userEvent.type(due, '2026-12-31');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan sebagai rencana aksi' }));
    expect(await screen.findByText('Rencana aksi tersimpan.')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Butir rencana aksi terakhir' });
    expect(within(table).getByText('Diskominfo')).toBeInTheDocument();
  });
});
