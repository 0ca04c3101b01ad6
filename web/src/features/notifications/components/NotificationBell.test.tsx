import { screen } from '@testing-library/react';
import { renderWithProviders, testUser } from '../../../test/render';
import { UnreadNotificationCountQuery } from '../api/operations';
import { NotificationBell } from './NotificationBell';

const countMock = (count: number) => ({
  request: { query: UnreadNotificationCountQuery },
  result: { data: { myUnreadNotificationCount: count } },
});

describe('NotificationBell', () => {
  it('links to the notifications and reads out the unread count', async () => {
    renderWithProviders(<NotificationBell />, { user: testUser(), mocks: [countMock(3)] });
    const bell = await screen.findByRole('link', { name: 'Pemberitahuan, 3 belum dibaca' });
    expect(bell).toHaveAttribute('href', '/pemberitahuan');
    expect(bell).toHaveTextContent('3');
  });

  it('shows no badge when everything is read, and caps a large count', async () => {
    const { unmount } = renderWithProviders(<NotificationBell />, { user: testUser(), mocks: [countMock(0)] });
    const bell = await screen.findByRole('link', { name: 'Pemberitahuan, 0 belum dibaca' });
    expect(bell).toHaveTextContent('');
    unmount();
    renderWithProviders(<NotificationBell />, { user: testUser(), mocks: [countMock(250)] });
    expect(await screen.findByRole('link', { name: 'Pemberitahuan, 250 belum dibaca' })).toHaveTextContent('99+');
  });
});
