import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeading } from '../../../components/PageHeading';
import { ErrorState, LoadingState } from '../../../components/States';
import { MyNotificationPreferencesQuery, SetNotificationPreferenceMutation } from '../api/operations';
import '../notifications.css';

const DELIVERIES = ['IMMEDIATE', 'DAILY_DIGEST', 'OFF'] as const;

/** /pemberitahuan/pengaturan: e-mail at once, in the daily digest, or not at all, per kind. */
export default function NotificationPreferencesPage() {
  const { t } = useTranslation('notifications');
  const { data, loading, error, refetch } = useQuery(MyNotificationPreferencesQuery);
  const [save, saving] = useMutation(SetNotificationPreferenceMutation);
  const [status, setStatus] = useState('');
  const preferences = data?.myNotificationPreferences;

  return (
    <>
      <PageHeading>{t('preferences.title')}</PageHeading>
      <p className="lead">{t('preferences.lead')}</p>
      <p>
        <Link to="/pemberitahuan">{t('preferences.back')}</Link>
      </p>
      <p role="status" aria-live="polite" className="muted">
        {status}
      </p>
      {saving.error ? <ErrorState error={saving.error} /> : null}
      {!preferences && loading ? <LoadingState /> : null}
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {preferences ? (
        <ul className="preference-list">
          {preferences.map((preference) => {
            const id = `preference-${preference.kind}`;
            const name = t(`kindNames.${preference.kind}`);
            return (
              <li key={preference.kind} className="preference">
                <label htmlFor={id}>{name}</label>
                <select
                  id={id}
                  value={preference.emailDelivery}
                  onChange={(event) => {
                    setStatus('');
                    save({ variables: { input: { kind: preference.kind, emailDelivery: event.target.value } } })
                      .then(() => setStatus(t('preferences.saved', { kind: name })))
                      // The refusal is shown from `saving.error`.
                      .catch(() => undefined);
                  }}
                >
                  {DELIVERIES.map((delivery) => (
                    <option key={delivery} value={delivery}>
                      {t(`preferences.deliveries.${delivery}`)}
                    </option>
                  ))}
                </select>
              </li>
            );
          })}
        </ul>
      ) : null}
    </>
  );
}
