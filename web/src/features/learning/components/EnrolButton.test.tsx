import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, testUser } from '../../../test/render';
import { EnrolMutation } from '../api/operations';
import { ITEM_ID, lessonPlayerMock, progress } from '../test-fixtures';
import { EnrolButton } from './LearningBits';

const enrolled = {
  request: { query: EnrolMutation, variables: { itemId: ITEM_ID } },
  result: { data: { enrol: progress() } },
};

describe('EnrolButton', () => {
  it("fetches the module's lessons right after enrolling, so they are kept for offline reading (issue 13)", async () => {
    const onEnrolled = jest.fn();
    const { operations } = renderWithProviders(<EnrolButton itemId={ITEM_ID} onEnrolled={onEnrolled} />, {
      user: testUser({ roles: ['LEARNER'] }),
      mocks: [enrolled, lessonPlayerMock()] as never,
    });
    await userEvent.click(screen.getByRole('button', { name: 'Ikuti modul' }));
    await waitFor(() => expect(onEnrolled).toHaveBeenCalled());
    await waitFor(() => expect(operations).toEqual(['Enrol', 'LessonPlayer']));
  });

  it('fetches nothing more when the enrolment fails', async () => {
    const { operations } = renderWithProviders(<EnrolButton itemId={ITEM_ID} />, {
      user: testUser({ roles: ['LEARNER'] }),
      mocks: [{ request: enrolled.request, error: new Error('Failed to fetch') }] as never,
    });
    await userEvent.click(screen.getByRole('button', { name: 'Ikuti modul' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(operations).toEqual(['Enrol']);
  });
});
