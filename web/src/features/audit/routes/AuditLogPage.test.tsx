import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, testUser } from '../../../test/render';
import { AuditEventsQuery } from '../api/operations';
import AuditLogPage, { PAGE_SIZE, wibDayStart } from './AuditLogPage';

const admin = testUser({ id: '1', fullName: 'Admin Living Lab', roles: ['LEARNER', 'ADMIN'] });

function event(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'AuditEvent' as const,
    id: '1',
    occurredAt: '2026-03-10T01:00:00.000Z',
    actorEmail: 'admin@livinglab.demo',
    action: 'user.roles-changed',
    subjectType: 'User',
    subjectId: 'u-1',
    regionCode: '32.11',
    before: JSON.stringify({ roles: ['LEARNER'] }),
    after: JSON.stringify({ roles: ['LEARNER', 'MENTOR'] }),
    ...overrides,
  };
}

function eventsMock(items: ReturnType<typeof event>[], filter: Record<string, unknown> = {}) {
  return {
    request: { query: AuditEventsQuery, variables: { filter, limit: PAGE_SIZE, offset: 0 } },
    result: { data: { auditEvents: { __typename: 'AuditEventPage' as const, totalCount: items.length, items } } },
  };
}

describe('AuditLogPage', () => {
  it('tells a non-admin the page is not for them, without asking the server', () => {
    const { operations } = renderWithProviders(<AuditLogPage />, { user: testUser({ roles: ['LEARNER', 'COORDINATOR'] }) });
    expect(screen.getByRole('alert')).toHaveTextContent('Anda tidak memiliki akses ke halaman ini.');
    expect(operations).toEqual([]);
  });

  it('lists events with the action in words, the time in WIB, and before and after', async () => {
    renderWithProviders(<AuditLogPage />, {
      user: admin,
      mocks: [eventsMock([event(), event({ id: '2', actorEmail: null, action: 'content.published', before: null, after: null })])],
    });
    const table = await screen.findByRole('table', { name: 'Kejadian jejak audit' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('Peran pengguna diubah');
    expect(rows[1]).toHaveTextContent('admin@livinglab.demo');
    expect(rows[1]).toHaveTextContent('08.00');
    expect(rows[1]).toHaveTextContent('roles: ["LEARNER"]');
    expect(rows[1]).toHaveTextContent('roles: ["LEARNER","MENTOR"]');
    expect(rows[2]).toHaveTextContent('Konten disetujui dan terbit');
    expect(rows[2]).toHaveTextContent('Sistem');
    expect(screen.getByText('2 kejadian')).toBeInTheDocument();
  });

  it('sends the filter with WIB day bounds (the "to" day included)', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AuditLogPage />, {
      user: admin,
      mocks: [
        eventsMock([event()]),
        eventsMock([event({ id: '3', subjectId: 'u-9' })], {
          from: '2026-03-09T17:00:00.000Z',
          to: '2026-03-10T17:00:00.000Z',
          actorEmail: 'admin@livinglab.demo',
          action: 'user.roles-changed',
          regionCode: '32.11',
        }),
      ],
    });
    await screen.findByRole('table');
    await user.type(screen.getByLabelText('Dari tanggal'), '2026-03-10');
    await user.type(screen.getByLabelText('Sampai tanggal'), '2026-03-10');
    await user.type(screen.getByLabelText('E-mail pelaku'), 'admin@livinglab.demo');
    await user.selectOptions(screen.getByLabelText('Tindakan'), 'user.roles-changed');
    await user.type(screen.getByLabelText('Kode wilayah'), '32.11');
    await user.click(screen.getByRole('button', { name: 'Tampilkan' }));
    expect(await screen.findByText('u-9')).toBeInTheDocument();
  });

  it('pages through the trail by PAGE_SIZE', async () => {
    const user = userEvent.setup();
    const pageOf = (offset: number, id: string) => ({
      request: { query: AuditEventsQuery, variables: { filter: {}, limit: PAGE_SIZE, offset } },
      result: {
        data: { auditEvents: { __typename: 'AuditEventPage' as const, totalCount: PAGE_SIZE + 1, items: [event({ id, subjectId: id })] } },
      },
    });
    renderWithProviders(<AuditLogPage />, { user: admin, mocks: [pageOf(0, 'u-first'), pageOf(PAGE_SIZE, 'u-last')] });
    const pager = await screen.findByRole('navigation', { name: 'Halaman jejak audit' });
    expect(pager).toHaveTextContent('Halaman 1 dari 2');
    expect(within(pager).getByRole('button', { name: 'Sebelumnya' })).toBeDisabled();
    await user.click(within(pager).getByRole('button', { name: 'Berikutnya' }));
    expect(await screen.findByText('u-last')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Halaman jejak audit' })).toHaveTextContent('Halaman 2 dari 2');
    expect(screen.getByRole('button', { name: 'Berikutnya' })).toBeDisabled();
  });

  it('turns a WIB day into its UTC start', () => {
    expect(wibDayStart('2026-03-10')).toBe('2026-03-09T17:00:00.000Z');
    expect(wibDayStart('2026-03-10', 1)).toBe('2026-03-10T17:00:00.000Z');
  });
});
