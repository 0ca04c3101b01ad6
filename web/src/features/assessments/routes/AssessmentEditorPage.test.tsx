import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router-dom';
import { MyCoordinatedRegionsQuery, RegionNameQuery } from '../../../lib/regions';
import { renderWithProviders, testUser } from '../../../test/render';
import {
  FinalizeSpbeAssessmentMutation,
  ReopenSpbeAssessmentMutation,
  SaveSpbeAssessmentMutation,
  SpbeAssessmentQuery,
  SpbeFrameworkFullQuery,
} from '../api/operations';
import { coordinatedRegionsData, frameworkData, INDICATOR_CODES } from '../test-fixtures';
import AssessmentEditorPage from './AssessmentEditorPage';

const coordinator = testUser({ roles: ['LEARNER', 'COORDINATOR'] });

function assessment(status: 'DRAFT' | 'FINAL', version: number, codes: string[] = INDICATOR_CODES, level = 3) {
  return {
    __typename: 'Assessment' as const,
    id: 'a1',
    regionCode: '32.08',
    year: 2025,
    status,
    index: status === 'FINAL' ? 3 : null,
    predicate: status === 'FINAL' ? 'Baik' : null,
    version,
    levels: codes.map((code) => ({ __typename: 'AssessmentLevel' as const, indicatorCode: code, level, evidenceUrl: null, note: '' })),
  };
}

const assessmentRequest = { query: SpbeAssessmentQuery, variables: { regionCode: '32.08', year: 2025 } };

function render(mocks: unknown[]) {
  return renderWithProviders(
    <Routes>
      <Route path="/spbe/wilayah/:regionCode/penilaian/:year" element={<AssessmentEditorPage />} />
    </Routes>,
    {
      route: '/spbe/wilayah/32.08/penilaian/2025',
      user: coordinator,
      mocks: [
        { request: { query: SpbeFrameworkFullQuery, variables: { code: 'PERMENPANRB-59-2020' } }, result: { data: frameworkData } },
        { request: { query: MyCoordinatedRegionsQuery }, result: { data: coordinatedRegionsData() }, maxUsageCount: 5 },
        {
          request: { query: RegionNameQuery, variables: { code: '32.08' } },
          result: { data: { region: { __typename: 'Region', code: '32.08', name: 'Kabupaten Kuningan', kind: 'REGENCY' } } },
        },
        ...(mocks as never[]),
      ],
    },
  );
}

describe('AssessmentEditorPage', () => {
  it('sends a Pemdi year (2026 on) to the Pemdi evaluation page instead of an empty 47-indicator form', async () => {
    renderWithProviders(
      <Routes>
        <Route path="/spbe/wilayah/:regionCode/penilaian/:year" element={<AssessmentEditorPage />} />
        <Route path="/spbe/wilayah/:regionCode/pemdi/:year" element={<p>Evaluasi Pemdi</p>} />
      </Routes>,
      { route: '/spbe/wilayah/32.08/penilaian/2026', user: coordinator, mocks: [] },
    );
    expect(await screen.findByText('Evaluasi Pemdi')).toBeInTheDocument();
    expect(screen.queryByLabelText(/^Tingkat kematangan/)).not.toBeInTheDocument();
  });

  it('names the region in the heading, never its bare code', async () => {
    render([{ request: assessmentRequest, result: { data: { spbeAssessment: assessment('DRAFT', 3) } } }]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Penilaian mandiri 2025 · Kabupaten Kuningan' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1, name: /32\.08/ })).not.toBeInTheDocument();
  });

  it('computes the live index as levels change and lists the indicators the server says are missing on finalise', async () => {
    const partial = INDICATOR_CODES.filter((code) => code !== 'I46' && code !== 'I47');
    render([
      { request: assessmentRequest, result: { data: { spbeAssessment: assessment('DRAFT', 3, partial) } } },
      {
        request: { query: FinalizeSpbeAssessmentMutation, variables: { input: { assessmentId: 'a1', version: 3 } } },
        result: {
          errors: [
            new GraphQLError('INCOMPLETE_ASSESSMENT', {
              extensions: {
                code: 'BAD_USER_INPUT',
                reason: 'INCOMPLETE_ASSESSMENT',
                fields: [
                  { field: 'levels.I46', message: 'field.invalid' },
                  { field: 'levels.I47', message: 'field.invalid' },
                ],
              },
            }),
          ],
        },
      },
    ]);
    expect(await screen.findByText('45 dari 47 indikator sudah diberi tingkat. Indeks dihitung setelah semua terisi.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Finalisasi' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Penilaian belum lengkap: setiap indikator harus diberi tingkat sebelum difinalisasi.');
    expect(within(alert).getByRole('link', { name: 'I46' })).toHaveAttribute('href', '#spbe-level-I46');
    expect(within(alert).getByRole('link', { name: 'I47' })).toBeInTheDocument();
    expect(alert).toHaveFocus();
    // Filling the two in shows the index computed with the shared arithmetic (I46, I47 at 5: 3 + 2 x 0,06).
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Tingkat kematangan I46' }), '5');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Tingkat kematangan I47' }), '5');
    expect(screen.getByText('Indeks saat ini: 3,12 (Baik)')).toBeInTheDocument();
  });

  it('explains ASSESSMENT_FINAL and reopens the assessment with "Buka kembali"', async () => {
    render([
      { request: assessmentRequest, result: { data: { spbeAssessment: assessment('DRAFT', 3) } } },
      {
        request: {
          query: SaveSpbeAssessmentMutation,
          variables: {
            input: {
              regionCode: '32.08',
              year: 2025,
              levels: INDICATOR_CODES.map((code) => ({ indicatorCode: code, level: code === 'I01' ? 4 : 3, evidenceUrl: null, note: '' })),
              version: 3,
            },
          },
        },
        result: {
          errors: [
            new GraphQLError('This assessment is final: reopen it before changing levels.', {
              extensions: { code: 'BAD_USER_INPUT', reason: 'ASSESSMENT_FINAL' },
            }),
          ],
        },
      },
      // Someone finalised it meanwhile: reopening loads the latest version first.
      { request: assessmentRequest, result: { data: { spbeAssessment: assessment('FINAL', 4) } } },
      {
        request: { query: ReopenSpbeAssessmentMutation, variables: { input: { assessmentId: 'a1', version: 4 } } },
        result: { data: { reopenSpbeAssessment: assessment('DRAFT', 5) } },
      },
    ]);
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Tingkat kematangan I01' }), '4');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan draf' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Penilaian ini sudah final dan tidak dapat diubah.');
    expect(alert).toHaveTextContent('Buka kembali penilaian ini (menjadi draf) untuk mengubah tingkatnya');
    await userEvent.click(within(alert).getByRole('button', { name: 'Buka kembali' }));
    expect(await screen.findByText('Penilaian dibuka kembali sebagai draf.')).toBeInTheDocument();
    expect(screen.getByText(/Status: Draf · versi 5/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
