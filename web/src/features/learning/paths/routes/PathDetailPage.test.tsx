import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { renderWithProviders, testUser } from '../../../../test/render';
import { EnrolInPathMutation, LearningPathQuery } from '../api/operations';
import PathDetailPage from './PathDetailPage';

const learner = testUser({ roles: ['LEARNER'] });

const moduleItem = (id: string, title: string) => ({
  __typename: 'ContentItem' as const,
  id,
  publishedRevision: { __typename: 'ContentRevision' as const, id: `rev-${id}`, title, summary: `Ringkasan ${title}.` },
});

const pathMock = {
  request: { query: LearningPathQuery, variables: { id: 'path-1' } },
  result: {
    data: {
      learningPath: {
        __typename: 'LearningPath' as const,
        id: 'path-1',
        title: 'Dasar-dasar SPBE',
        description: 'Tiga modul untuk memulai.',
        version: 2,
        createdAt: '2026-03-01T02:00:00.000Z',
        steps: [
          {
            __typename: 'PathStep' as const,
            position: 1,
            locked: false,
            completed: true,
            item: moduleItem('m1', 'Pengantar SPBE'),
            requires: [],
          },
          {
            __typename: 'PathStep' as const,
            position: 2,
            locked: false,
            completed: false,
            item: moduleItem('m2', 'Arsitektur SPBE'),
            requires: [moduleItem('m1', 'Pengantar SPBE')],
          },
          {
            __typename: 'PathStep' as const,
            position: 3,
            locked: true,
            completed: false,
            item: moduleItem('m3', 'Manajemen Risiko SPBE'),
            requires: [moduleItem('m1', 'Pengantar SPBE'), moduleItem('m2', 'Arsitektur SPBE')],
          },
        ],
      },
    },
  },
};

function renderPath(mocks: unknown[]) {
  return renderWithProviders(
    <Routes>
      <Route path="/jalur/:id" element={<PathDetailPage />} />
      <Route path="/konten/:id" element={<h1>Halaman modul</h1>} />
    </Routes>,
    { user: learner, route: '/jalur/path-1', mocks: mocks as never },
  );
}

describe('PathDetailPage', () => {
  it('says what unlocks a locked step and offers no start button there', async () => {
    renderPath([pathMock]);
    const locked = await screen.findByRole('article', { name: /Manajemen Risiko SPBE/ });
    expect(locked).toHaveTextContent('Terkunci');
    expect(within(locked).getByText('Terbuka setelah Anda menyelesaikan: Pengantar SPBE, Arsitektur SPBE')).toBeInTheDocument();
    expect(within(locked).queryByRole('button')).not.toBeInTheDocument();
    expect(within(locked).queryByRole('link')).not.toBeInTheDocument();

    const open = screen.getByRole('article', { name: /Arsitektur SPBE/ });
    expect(within(open).getByRole('button', { name: /^Mulai/ })).toBeInTheDocument();
    const done = screen.getByRole('article', { name: /Pengantar SPBE/ });
    expect(done).toHaveTextContent('Selesai');
    expect(within(done).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByText('1 dari 3 modul selesai')).toBeInTheDocument();
  });

  it('enrols through the path and goes to the module', async () => {
    const { operations } = renderPath([
      pathMock,
      {
        request: { query: EnrolInPathMutation, variables: { itemId: 'm2', pathId: 'path-1' } },
        result: { data: { enrol: { __typename: 'ModuleProgress', itemId: 'm2', enrolled: true, enrolledAt: '2026-03-02T03:00:00.000Z' } } },
      },
    ]);
    const open = await screen.findByRole('article', { name: /Arsitektur SPBE/ });
    await userEvent.click(within(open).getByRole('button', { name: /^Mulai/ }));
    expect(await screen.findByRole('heading', { name: 'Halaman modul' })).toBeInTheDocument();
    expect(operations).toContain('EnrolInPath');
  });
});
