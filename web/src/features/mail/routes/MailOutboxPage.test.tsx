import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderWithProviders, testUser } from '../../../test/render';
import { MailOutboxQuery, RetryMailMutation } from '../api/operations';
import MailOutboxPage, { PAGE_SIZE } from './MailOutboxPage';

const admin = testUser({ id: '1', fullName: 'Admin Living Lab', roles: ['LEARNER', 'ADMIN'] });

function message(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'MailMessage' as const,
    id: 'm1',
    to: 'siti@sumedangkab.go.id',
    kind: 'auth.password-reset',
    locale: 'id',
    essential: true,
    subject: 'Atur ulang kata sandi',
    status: 'FAILED',
    attempts: 1,
    lastError: 'EENVELOPE: 550 Mailbox unavailable',
    textBody: 'Halo Siti,\n\nAtur ulang kata sandi:\nhttp://localhost:3000/reset-password?token=abc\n',
    attachmentNames: [],
    createdAt: '2026-03-10T01:00:00.000Z',
    sentAt: null,
    ...overrides,
  };
}

function outboxMock(items: ReturnType<typeof message>[], variables: Record<string, unknown> = {}) {
  return {
    request: { query: MailOutboxQuery, variables: { limit: PAGE_SIZE, offset: 0, ...variables } },
    result: { data: { mailOutbox: { __typename: 'MailMessagePage' as const, totalCount: items.length, items } } },
  };
}

const card = (subject: string) => screen.findByRole('article', { name: subject });

describe('MailOutboxPage', () => {
  it('tells a non-admin the page is not for them, without asking the server', () => {
    const { operations } = renderWithProviders(<MailOutboxPage />, { user: testUser({ roles: ['LEARNER', 'COORDINATOR'] }) });
    expect(screen.getByRole('alert')).toHaveTextContent('Anda tidak memiliki akses ke halaman ini.');
    expect(operations).toEqual([]);
  });

  it('lists messages with their status in words, the error, times in WIB and the text part', async () => {
    renderWithProviders(<MailOutboxPage />, {
      user: admin,
      mocks: [
        outboxMock([
          message(),
          message({
            id: 'm2',
            subject: 'Ringkasan mingguan',
            status: 'SENT',
            lastError: null,
            essential: false,
            kind: 'notifications.digest',
            attempts: 2,
            sentAt: '2026-03-10T01:05:00.000Z',
          }),
        ]),
      ],
    });
    const failed = await card('Atur ulang kata sandi');
    expect(within(failed).getByText('Gagal')).toBeInTheDocument();
    expect(within(failed).getByText('EENVELOPE: 550 Mailbox unavailable')).toBeInTheDocument();
    expect(within(failed).getByText('siti@sumedangkab.go.id')).toBeInTheDocument();
    // 01:00 UTC is 08:00 WIB.
    expect(within(failed).getByText(/08\.00/)).toBeInTheDocument();
    await userEvent.click(within(failed).getByText('Lihat isi e-mail (teks)'));
    expect(within(failed).getByText(/reset-password\?token=abc/)).toBeVisible();
    const sent = await card('Ringkasan mingguan');
    expect(within(sent).getByText('Terkirim', { selector: '.mail-status' })).toBeInTheDocument();
    expect(within(sent).getByText(/Dapat berhenti berlangganan/)).toBeInTheDocument();
    expect(within(sent).queryByRole('button', { name: 'Kirim ulang' })).not.toBeInTheDocument();
    expect(screen.getByText('2 e-mail')).toBeInTheDocument();
  });

  it('filters by status and search text', async () => {
    renderWithProviders(<MailOutboxPage />, {
      user: admin,
      mocks: [outboxMock([message()]), outboxMock([], { status: 'SENT', search: 'siti' })],
    });
    await card('Atur ulang kata sandi');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Cari' }), 'siti');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Terkirim');
    await userEvent.click(screen.getByRole('button', { name: 'Tampilkan' }));
    expect(await screen.findByText('Tidak ada e-mail yang cocok.')).toBeInTheDocument();
  });

  it('sends a failed message again and says so; a refusal is shown translated', async () => {
    renderWithProviders(<MailOutboxPage />, {
      user: admin,
      mocks: [
        outboxMock([message(), message({ id: 'm3', subject: 'Verifikasi e-mail' })]),
        {
          request: { query: RetryMailMutation, variables: { id: 'm1' } },
          result: { data: { retryMail: { __typename: 'MailMessage' as const, id: 'm1', status: 'QUEUED', lastError: null } } },
        },
        {
          request: { query: RetryMailMutation, variables: { id: 'm3' } },
          result: {
            errors: [
              new GraphQLError('conflict', { extensions: { code: 'CONFLICT', reason: 'MAIL_NOT_RETRYABLE', params: { status: 'SENT' } } }),
            ],
          },
        },
      ],
    });
    const first = await card('Atur ulang kata sandi');
    await userEvent.click(within(first).getByRole('button', { name: 'Kirim ulang' }));
    expect(await within(first).findByRole('status')).toHaveTextContent('E-mail "Atur ulang kata sandi" masuk antrean lagi.');
    expect(within(first).getByText('Dalam antrean')).toBeInTheDocument();
    expect(within(first).queryByRole('button', { name: 'Kirim ulang' })).not.toBeInTheDocument();

    const second = await card('Verifikasi e-mail');
    await userEvent.click(within(second).getByRole('button', { name: 'Kirim ulang' }));
    expect(await within(second).findByRole('alert')).toHaveTextContent(
      'Hanya e-mail yang gagal dapat dikirim ulang. Muat ulang daftar untuk melihat statusnya sekarang.',
    );
  });
});
