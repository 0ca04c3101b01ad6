import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, testUser } from '../../../test/render';
import { DiscussionCountsQuery } from '../api/operations';
import { emptyThreadMock } from '../test-fixtures';
import { DiscussionDisclosure } from './DiscussionDisclosure';

const counts = {
  request: { query: DiscussionCountsQuery, variables: { itemId: 'playbook-1' } },
  result: {
    data: {
      discussionCounts: [
        { __typename: 'DiscussionCount', targetKey: 'step-2', questionCount: 3 },
        { __typename: 'DiscussionCount', targetKey: 'step-9', questionCount: 1 },
      ],
    },
  },
};

describe('DiscussionDisclosure', () => {
  it('shows the step’s number of questions, and loads its thread only when opened', async () => {
    const { operations } = renderWithProviders(<DiscussionDisclosure itemId="playbook-1" targetKey="step-2" />, {
      user: testUser(),
      mocks: [counts, emptyThreadMock('playbook-1', 'step-2')] as never,
    });
    const summary = await screen.findByText('Tanya jawab langkah ini (3 pertanyaan)');
    expect(operations).not.toContain('DiscussionThread');
    await userEvent.click(summary);
    expect(await screen.findByRole('heading', { level: 4, name: 'Tanya jawab' })).toBeInTheDocument();
    expect(await screen.findByText('Belum ada pertanyaan. Jadilah yang pertama bertanya.')).toBeInTheDocument();
    expect(operations).toContain('DiscussionThread');
  });

  it('says 0 for a step without questions', async () => {
    renderWithProviders(<DiscussionDisclosure itemId="playbook-1" targetKey="step-1" />, { user: testUser(), mocks: [counts] as never });
    expect(await screen.findByText('Tanya jawab langkah ini (0 pertanyaan)')).toBeInTheDocument();
  });
});
