import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { renderWithProviders, testUser } from '../../../../test/render';
import { moduleRevision } from '../../test-fixtures';
import { ApproveRevisionMutation, RequestChangesMutation, ReviewRevisionQuery } from '../api/operations';
import ReviewPage from './ReviewPage';

const reviewer = testUser({ id: '2', fullName: 'Budi Mentor', roles: ['LEARNER', 'MENTOR'] });

const revisionMock = {
  request: { query: ReviewRevisionQuery, variables: { id: 'rev-1' } },
  result: {
    data: {
      contentRevision: {
        ...moduleRevision({ status: 'IN_REVIEW', version: 3, submittedAt: '2026-03-03T01:00:00.000Z' }),
        updatedBy: { __typename: 'Person' as const, id: '1', fullName: 'Siti Rahma' },
        item: {
          __typename: 'ContentItem' as const,
          id: 'item-1',
          type: 'MODULE',
          author: {
            __typename: 'Person' as const,
            id: '1',
            fullName: 'Siti Rahma',
            agency: 'Diskominfo',
            region: { __typename: 'Region' as const, code: '32.11', name: 'Kabupaten Sumedang', kind: 'REGENCY' },
          },
        },
      },
    },
  },
};

function renderReview(mocks: unknown[]) {
  return renderWithProviders(
    <Routes>
      <Route path="/tinjauan/:revisionId" element={<ReviewPage />} />
    </Routes>,
    { user: reviewer, route: '/tinjauan/rev-1', mocks: mocks as never },
  );
}

describe('ReviewPage', () => {
  it('shows the revision as learners will see it', async () => {
    renderReview([revisionMock]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Tinjau: Tanda tangan elektronik' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Pelajaran 2: Sertifikat' })).toBeInTheDocument();
    expect(screen.getByText('Ajukan ke BSrE.')).toBeInTheDocument();
  });

  it('approves with the loaded version and links to the published item', async () => {
    const { operations } = renderReview([
      revisionMock,
      {
        request: { query: ApproveRevisionMutation, variables: { input: { revisionId: 'rev-1', version: 3 } } },
        result: {
          data: {
            approveRevision: {
              __typename: 'ContentRevision',
              id: 'rev-1',
              status: 'PUBLISHED',
              version: 4,
              publishedAt: '2026-03-04T01:00:00.000Z',
              item: { __typename: 'ContentItem', id: 'item-1' },
            },
          },
        },
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Setujui dan terbitkan' }));
    expect(await screen.findByText('Revisi disetujui dan diterbitkan.')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('link', { name: 'Buka konten yang diterbitkan' })).toHaveAttribute('href', '/konten/item-1');
    expect(operations).toContain('ApproveRevision');
    expect(screen.queryByRole('button', { name: 'Minta perubahan' })).not.toBeInTheDocument();
  });

  it('refuses to request changes without a comment, without calling the server', async () => {
    const { operations } = renderReview([revisionMock]);
    await userEvent.click(await screen.findByRole('button', { name: 'Minta perubahan' }));
    const comment = screen.getByLabelText('Komentar peninjau');
    expect(comment).toHaveAttribute('aria-invalid', 'true');
    expect(comment).toHaveAccessibleDescription(expect.stringContaining('Tulis komentar tentang apa yang perlu diubah.'));
    expect(screen.getByRole('alert')).toHaveTextContent('Tulis komentar tentang apa yang perlu diubah.');
    expect(operations).not.toContain('RequestChanges');
  });

  it('sends the comment with the version when requesting changes', async () => {
    renderReview([
      revisionMock,
      {
        request: {
          query: RequestChangesMutation,
          variables: { input: { revisionId: 'rev-1', version: 3, comment: 'Tambahkan contoh SK.' } },
        },
        result: {
          data: {
            requestChanges: {
              __typename: 'ContentRevision',
              id: 'rev-1',
              status: 'DRAFT',
              version: 4,
              item: { __typename: 'ContentItem', id: 'item-1' },
            },
          },
        },
      },
    ]);
    await userEvent.type(await screen.findByLabelText('Komentar peninjau'), 'Tambahkan contoh SK.');
    await userEvent.click(screen.getByRole('button', { name: 'Minta perubahan' }));
    expect(await screen.findByText('Permintaan perubahan terkirim ke penulis.')).toBeInTheDocument();
  });
});
