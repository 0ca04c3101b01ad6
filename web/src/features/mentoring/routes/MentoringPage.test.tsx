import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, testUser } from '../../../test/render';
import { MyMentoringPairsQuery, MyOpenActionItemsQuery, SetActionItemDoneMutation } from '../api/operations';
import { pairFixture, sessionFixture } from '../test-fixtures';
import MentoringPage from './MentoringPage';

const mentee = testUser({ id: 'u-asn', fullName: 'Asep Bandung', roles: ['LEARNER'] });

const item = {
  __typename: 'ActionItem' as const,
  id: 'a1',
  sessionId: 's1',
  text: 'Susun draf peta rencana',
  dueDate: '2025-04-01',
  doneAt: null,
  owner: { __typename: 'Person' as const, id: 'u-asn', fullName: 'Asep Bandung' },
};

describe('MentoringPage', () => {
  it('lists my sessions and pairs, and ticks an open action item as done', async () => {
    const { operations } = renderWithProviders(<MentoringPage />, {
      user: mentee,
      route: '/mentoring',
      mocks: [
        {
          request: { query: MyMentoringPairsQuery },
          result: {
            data: {
              myMentoringPairs: [
                pairFixture({
                  sessions: [
                    sessionFixture({ status: 'HELD', actionItems: [item] }),
                    sessionFixture({ id: 's3', startsAt: '2099-01-05T03:00:00.000Z', agenda: 'Sesi berikutnya' }),
                  ],
                }),
              ],
            },
          },
        },
        { request: { query: MyOpenActionItemsQuery }, result: { data: { myOpenActionItems: [item] } } },
        {
          request: { query: SetActionItemDoneMutation, variables: { actionItemId: 'a1', done: true } },
          result: { data: { setActionItemDone: { ...item, doneAt: '2025-03-20T03:00:00.000Z' } } },
        },
      ] as never,
    });
    const upcoming = await screen.findByRole('region', { name: 'Sesi mendatang' });
    expect(within(upcoming).getByText('Sesi berikutnya')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Sesi yang lalu' })).getByText('Membahas arsitektur SPBE')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Dedi Mulyadi – Asep Bandung' })).toHaveAttribute('href', '/mentoring/pasangan/p1');

    const open = screen.getByRole('region', { name: 'Item tindak lanjut terbuka' });
    const done = await within(open).findByRole('checkbox', { name: 'Selesai: Susun draf peta rencana' });
    await userEvent.click(done);
    expect(await screen.findByText('Ditandai selesai: Susun draf peta rencana')).toBeInTheDocument();
    expect(operations).toContain('SetActionItemDone');
    expect(done).toBeChecked();
  });
});
