import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, testUser } from '../../../test/render';
import {
  MarkAllNotificationsReadMutation,
  MarkNotificationReadMutation,
  MyNotificationsQuery,
  UnreadNotificationCountQuery,
} from '../api/operations';
import NotificationsPage from './NotificationsPage';

const notification = (id: string, kind: string, params: Record<string, string>, read = false) => ({
  __typename: 'Notification' as const,
  id,
  kind,
  link: `/mentoring/pasangan/p-${id}`,
  read,
  createdAt: '2026-12-01T02:00:00.000Z',
  params: Object.entries(params).map(([name, value]) => ({ __typename: 'NotificationParam' as const, name, value })),
});

const page = (items: ReturnType<typeof notification>[], totalCount = items.length, offset = 0, unreadOnly = false) => ({
  request: { query: MyNotificationsQuery, variables: { offset, limit: 20, unreadOnly } },
  result: { data: { myNotifications: { __typename: 'NotificationPage' as const, totalCount, items } } },
});

const items = [
  notification('n1', 'SESSION_SCHEDULED', { agenda: 'Menyusun SK Tim', startsAt: '2026-12-05T03:00:00.000Z' }),
  notification('n2', 'ROLE_GRANTED', { role: 'MENTOR' }, true),
];

describe('NotificationsPage', () => {
  it('renders each notification from its kind and params in Bahasa Indonesia, linking to its object', async () => {
    renderWithProviders(<NotificationsPage />, { user: testUser(), mocks: [page(items)] });
    const session = await screen.findByRole('link', { name: /Sesi "Menyusun SK Tim" dijadwalkan pada .*10\.00/ });
    expect(session).toHaveAttribute('href', '/mentoring/pasangan/p-n1');
    expect(screen.getByRole('link', { name: 'Anda kini memiliki peran Mentor.' })).toBeInTheDocument();
    // Unread is said in words, not only shown by style.
    expect(session.closest('li')).toHaveTextContent('Belum dibaca');
    expect(screen.getAllByRole('button', { name: /^Tandai sudah dibaca/ })).toHaveLength(1);
  });

  it('marks one read', async () => {
    const { operations } = renderWithProviders(<NotificationsPage />, {
      user: testUser(),
      mocks: [
        page(items),
        {
          request: { query: MarkNotificationReadMutation, variables: { id: 'n1' } },
          result: {
            data: { markNotificationRead: { __typename: 'Notification', id: 'n1', read: true, readAt: '2026-12-01T03:00:00.000Z' } },
          },
        },
        { request: { query: UnreadNotificationCountQuery }, result: { data: { myUnreadNotificationCount: 0 } } },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: /^Tandai sudah dibaca: Sesi/ }));
    expect(await screen.findByRole('link', { name: /Sesi "Menyusun SK Tim"/ })).toBeInTheDocument();
    await screen.findByText(
      (_, element) =>
        element?.tagName === 'LI' && !element.className.includes('unread') && element.textContent?.includes('Menyusun') === true,
    );
    expect(operations).toContain('MarkNotificationRead');
  });

  it('marks all read and says how many', async () => {
    renderWithProviders(<NotificationsPage />, {
      user: testUser(),
      mocks: [
        page(items),
        { request: { query: MarkAllNotificationsReadMutation }, result: { data: { markAllNotificationsRead: 1 } } },
        { request: { query: UnreadNotificationCountQuery }, result: { data: { myUnreadNotificationCount: 0 } } },
        page([{ ...items[0], read: true }, items[1]]),
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Tandai semua sudah dibaca' }));
    expect(await screen.findByText('1 pemberitahuan ditandai sudah dibaca.')).toBeInTheDocument();
  });

  it('pages through long lists', async () => {
    const many = Array.from({ length: 20 }, (_, index) => notification(`a${index}`, 'CERTIFICATE_ISSUED', { title: `Modul ${index}` }));
    renderWithProviders(<NotificationsPage />, {
      user: testUser(),
      mocks: [page(many, 25), page([notification('b1', 'CERTIFICATE_ISSUED', { title: 'Modul terakhir' })], 25, 20)],
    });
    const pager = await screen.findByRole('navigation', { name: 'Halaman pemberitahuan' });
    expect(within(pager).getByText('Halaman 1 dari 2')).toBeInTheDocument();
    await userEvent.click(within(pager).getByRole('button', { name: 'Berikutnya' }));
    expect(await screen.findByRole('link', { name: 'Sertifikat Anda untuk "Modul terakhir" telah terbit.' })).toBeInTheDocument();
  });

  it('says when there is nothing', async () => {
    renderWithProviders(<NotificationsPage />, { user: testUser(), mocks: [page([])] });
    expect(await screen.findByText('Belum ada pemberitahuan.')).toBeInTheDocument();
  });
});
