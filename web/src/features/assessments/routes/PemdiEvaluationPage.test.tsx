import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { MyCoordinatedRegionsQuery } from '../../../lib/regions';
import { renderWithProviders, testUser } from '../../../test/render';
import { PemdiEvaluationQuery } from '../api/pemdi-operations';
import { raisesByIndicator } from '../components/PemdiEvaluationWork';
import { coordinatedRegionsData } from '../test-fixtures';
import PemdiEvaluationPage from './PemdiEvaluationPage';

const learner = testUser({ roles: ['LEARNER'], regionCode: '32.08' });

const evaluation = {
  __typename: 'PemdiEvaluation',
  id: 'e1',
  regionCode: '32.08',
  year: 2026,
  frameworkCode: 'PERMENPANRB-8-2026',
  status: 'SUBMITTED',
  submissionRound: 1,
  submittedAt: '2026-11-02T03:00:00.000Z',
  version: 4,
  viewer: { __typename: 'PemdiViewerAccess', coordinates: false, ownsIndicators: false, seesEvidence: false },
  indices: {
    __typename: 'PemdiIndices',
    frameworkCode: 'PERMENPANRB-8-2026',
    year: 2026,
    selfAssessed: { __typename: 'PemdiIndexFigure', index: 3.51, predicate: 'Sangat Baik' },
    simulated: { __typename: 'PemdiSimulatedIndex', index: 1.13, predicate: 'Kurang', provenIndicators: 1, totalIndicators: 20 },
    official: null,
  },
};

function render(route: string, data: Record<string, unknown>) {
  return renderWithProviders(
    <Routes>
      <Route path="/spbe/wilayah/:regionCode/pemdi/:year" element={<PemdiEvaluationPage />} />
    </Routes>,
    {
      route,
      user: learner,
      mocks: [
        { request: { query: MyCoordinatedRegionsQuery }, result: { data: coordinatedRegionsData() }, maxUsageCount: 5 },
        { request: { query: PemdiEvaluationQuery, variables: { regionCode: '32.08', year: 2026 } }, result: { data } },
      ],
    },
  );
}

describe('PemdiEvaluationPage', () => {
  it('shows a learner of the region the three indices, each named, and no evidence', async () => {
    render('/spbe/wilayah/32.08/pemdi/2026', { pemdiEvaluation: evaluation });
    expect(await screen.findByTestId('pemdi-simulated')).toHaveTextContent('1,13 (Kurang)');
    expect(screen.getByTestId('pemdi-self-assessed')).toHaveTextContent('3,51 (Sangat Baik)');
    expect(screen.getByText('Indeks simulasi (hanya bukti yang diterima)')).toBeInTheDocument();
    expect(screen.getByTestId('pemdi-official')).toHaveTextContent('–');
    expect(screen.getByText(/Indikator dan bukti hanya untuk koordinator/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Indikator' })).not.toBeInTheDocument();
  });

  it('says which years the framework covers instead of asking for 2025', async () => {
    render('/spbe/wilayah/32.08/pemdi/2025', { pemdiEvaluation: null });
    expect(await screen.findByRole('alert')).toHaveTextContent('Kerangka Pemdi berlaku untuk tahun evaluasi mulai 2026.');
  });
});

describe('raisesByIndicator', () => {
  it('folds the planner’s raises of 0.25 into one line per indicator, in plan order', () => {
    const raise = (code: string, from: number, to: number) => ({ indicatorCode: code, indicatorName: code, fromLevel: from, toLevel: to });
    expect(raisesByIndicator([raise('I05', 1, 1.25), raise('I02', 3, 3.25), raise('I05', 1.25, 1.5)])).toEqual([
      raise('I05', 1, 1.5),
      raise('I02', 3, 3.25),
    ]);
  });
});
