import { screen, waitFor, within } from '@testing-library/react';
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
        { request: { query: SpbeFrameworkFullQuery, variables: { code: 'PERMENPANRB-59-2020' } }, result: { data: frameworkData } },
        { request: { query: MyCoordinatedRegionsQuery }, result: { data: coordinatedRegionsData() }, maxUsageCount: 5 },
        {
          request: { query: RegionSpbeQuery, variables: { regionCode: '32.08', frameworkCode: 'PERMENPANRB-59-2020' } },
          result: { data: regionSpbeData(levels) },
        },
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

  const raise = (indicatorCode: string, fromLevel: number, weightBp = 300, content: unknown[] = []) => ({
    __typename: 'PlannedRaiseModel' as const,
    indicatorCode,
    indicatorName: `Indikator ${indicatorCode}`,
    fromLevel,
    toLevel: fromLevel + 1,
    weightBp,
    gain: weightBp / 10_000,
    content,
  });
  const planOf = (target: number, raises: ReturnType<typeof raise>[]) => ({
    __typename: 'IndexPlanModel' as const,
    currentIndex: 3,
    target,
    plannedIndex: target,
    reachable: true,
    explanation: 'Indikator berbobot terbesar lebih dulu.',
    raises,
  });
  const savedPlanOf = (
    items: Array<{ indicatorCode: string; fromLevel: number; toLevel: number; owner: string; dueDate: string | null }>,
  ) => ({
    __typename: 'ActionPlan' as const,
    id: 'p1',
    assessmentId: 'a1',
    regionCode: '32.08',
    target: 3.6,
    createdAt: '2026-11-27T03:00:00.000Z',
    items: items.map((item, i) => ({ __typename: 'ActionPlanItem' as const, id: `i${i}`, ...item })),
  });
  const playbook = {
    __typename: 'ContentItem' as const,
    id: 'c9',
    type: 'PLAYBOOK' as const,
    publishedRevision: { __typename: 'ContentRevision' as const, id: 'r9', title: 'Playbook Layanan Publik' },
  };

  it('plans for "3,6": one row per indicator by gain, an owner for all, saved in the order shown', async () => {
    // The planner's one-level raises: I46 three times, I42 twice, I43 once, I01 (1,3 %) once.
    const plan = planOf(3.6, [
      raise('I42', 3, 300, [playbook]),
      raise('I43', 3),
      raise('I46', 1),
      raise('I46', 2),
      raise('I42', 4, 300, [playbook]),
      raise('I46', 3),
      raise('I01', 1, 130),
    ]);
    const items = [
      { indicatorCode: 'I46', fromLevel: 1, toLevel: 4, owner: 'Diskominfo', dueDate: null },
      { indicatorCode: 'I42', fromLevel: 3, toLevel: 5, owner: 'Bagian Organisasi', dueDate: '2026-12-31' },
      { indicatorCode: 'I43', fromLevel: 3, toLevel: 4, owner: 'Diskominfo', dueDate: null },
      { indicatorCode: 'I01', fromLevel: 1, toLevel: 2, owner: 'Diskominfo', dueDate: null },
    ];
    render(levelsOf(3), [
      { request: { query: SpbeIndexPlanQuery, variables: { assessmentId: 'a1', target: 3.6 } }, result: { data: { spbeIndexPlan: plan } } },
      {
        request: { query: SaveSpbeActionPlanMutation, variables: { input: { assessmentId: 'a1', target: 3.6, items } } },
        result: { data: { saveSpbeActionPlan: savedPlanOf(items) } },
      },
      {
        request: { query: LatestSpbeActionPlanQuery, variables: { regionCode: '32.08' } },
        result: { data: { latestSpbeActionPlan: savedPlanOf(items) } },
      },
    ]);
    const target = await screen.findByRole('textbox', { name: 'Target indeks' });
    await userEvent.clear(target);
    await userEvent.type(target, '3,6');
    await userEvent.click(screen.getByRole('button', { name: 'Rencanakan untuk saya' }));

    const table = await screen.findByRole('table', { name: /Rencana per indikator/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'I46 · Indikator I46',
      'I42 · Indikator I42',
      'I43 · Indikator I43',
      'I01 · Indikator I01',
    ]);
    expect(rows[0]).toHaveTextContent('1 → 4');
    expect(rows[0]).toHaveTextContent('0,09');
    expect(rows[1]).toHaveTextContent('3 → 5');
    expect(rows[3]).toHaveTextContent('0,013');
    expect(within(rows[1]).getByRole('link', { name: 'Playbook Layanan Publik' })).toHaveAttribute('href', '/konten/c9');
    // The scrolling box is a region named by the caption, reachable from the keyboard.
    expect(screen.getByRole('region', { name: /Rencana per indikator/ })).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('button', { name: 'Cetak rencana' })).toBeInTheDocument();

    // Nothing filled in: one message, on the owner for all, not one per row.
    await userEvent.click(screen.getByRole('button', { name: 'Simpan sebagai rencana aksi' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Isi penanggung jawab untuk semua indikator, atau untuk baris yang masih kosong: I46, I42, I43, I01.',
    );
    // The summary takes focus after this turn; typing before then would lose keys to it.
    await waitFor(() => expect(screen.getByRole('alert')).toHaveFocus());
    await userEvent.type(screen.getByRole('textbox', { name: 'Penanggung jawab untuk semua indikator' }), 'Diskominfo');
    await userEvent.type(screen.getByRole('textbox', { name: /^Penanggung jawab I42/ }), 'Bagian Organisasi');
    await userEvent.type(screen.getByLabelText('Tenggat I42 (opsional)'), '2026-12-31');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan sebagai rencana aksi' }));
    expect(await screen.findByText('Rencana aksi tersimpan.')).toBeInTheDocument();
    const latest = await screen.findByRole('table', { name: 'Butir rencana aksi terakhir' });
    expect(within(latest).getAllByText('Diskominfo')).toHaveLength(3);
  });

  it('fills every row with the owner for all', async () => {
    render(levelsOf(3), [
      {
        request: { query: SpbeIndexPlanQuery, variables: { assessmentId: 'a1', target: 3.5 } },
        result: { data: { spbeIndexPlan: planOf(3.5, [raise('I42', 3), raise('I46', 1)]) } },
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Rencanakan untuk saya' }));
    await userEvent.type(await screen.findByRole('textbox', { name: 'Penanggung jawab untuk semua indikator' }), 'Sekretariat Daerah');
    await userEvent.click(screen.getByRole('button', { name: 'Isikan ke semua baris' }));
    expect(screen.getByRole('textbox', { name: /^Penanggung jawab I42/ })).toHaveValue('Sekretariat Daerah');
    expect(screen.getByRole('textbox', { name: /^Penanggung jawab I46/ })).toHaveValue('Sekretariat Daerah');
  });
});
