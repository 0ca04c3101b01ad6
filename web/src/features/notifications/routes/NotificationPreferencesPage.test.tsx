import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderWithProviders, testUser } from '../../../test/render';
import { MyNotificationPreferencesQuery, SetNotificationPreferenceMutation } from '../api/operations';
import NotificationPreferencesPage from './NotificationPreferencesPage';

const preferences = {
  request: { query: MyNotificationPreferencesQuery },
  result: {
    data: {
      myNotificationPreferences: [
        { __typename: 'NotificationPreferenceView', kind: 'SESSION_SCHEDULED', emailDelivery: 'IMMEDIATE' },
        { __typename: 'NotificationPreferenceView', kind: 'REVISION_PUBLISHED', emailDelivery: 'DAILY_DIGEST' },
      ],
    },
  },
};

describe('NotificationPreferencesPage', () => {
  it('shows a labelled choice per kind and saves a change', async () => {
    const { operations } = renderWithProviders(<NotificationPreferencesPage />, {
      user: testUser(),
      mocks: [
        preferences,
        {
          request: { query: SetNotificationPreferenceMutation, variables: { input: { kind: 'SESSION_SCHEDULED', emailDelivery: 'OFF' } } },
          result: {
            data: {
              setNotificationPreference: { __typename: 'NotificationPreferenceView', kind: 'SESSION_SCHEDULED', emailDelivery: 'OFF' },
            },
          },
        },
      ],
    });
    const sessions = await screen.findByRole('combobox', { name: 'Sesi dijadwalkan' });
    expect(sessions).toHaveValue('IMMEDIATE');
    expect(screen.getByRole('combobox', { name: 'Revisi disetujui dan terbit' })).toHaveValue('DAILY_DIGEST');
    await userEvent.selectOptions(sessions, 'Tidak dikirim');
    expect(await screen.findByText('Tersimpan: Sesi dijadwalkan')).toBeInTheDocument();
    expect(operations).toContain('SetNotificationPreference');
  });

  it('shows a refusal in the user’s language', async () => {
    renderWithProviders(<NotificationPreferencesPage />, {
      user: testUser(),
      mocks: [
        preferences,
        {
          request: {
            query: SetNotificationPreferenceMutation,
            variables: { input: { kind: 'SESSION_SCHEDULED', emailDelivery: 'DAILY_DIGEST' } },
          },
          result: {
            errors: [
              new GraphQLError('UNKNOWN_NOTIFICATION_KIND', {
                extensions: { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_NOTIFICATION_KIND' },
              }),
            ],
          },
        },
      ],
    });
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Sesi dijadwalkan' }), 'Ringkasan harian');
    expect(await screen.findByRole('alert')).toHaveTextContent('Jenis pemberitahuan tidak dikenal.');
  });
});
