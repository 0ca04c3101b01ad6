import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/States';
import { CreateCalendarFeedMutation, RevokeCalendarFeedMutation } from '../api/operations';

/** A private calendar feed URL (shown once, with a copy button), and revoking it. */
export function CalendarFeedSection() {
  const { t } = useTranslation('mentoring');
  const [create, creating] = useMutation(CreateCalendarFeedMutation);
  const [revoke, revoking] = useMutation(RevokeCalendarFeedMutation);
  const [url, setUrl] = useState('');
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<unknown>(null);

  async function run(action: () => Promise<void>) {
    setFailure(null);
    setStatus('');
    try {
      await action();
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <section aria-labelledby="calendar-feed" className="card">
      <h2 id="calendar-feed">{t('mentoring.calendar.title')}</h2>
      <p>{t('mentoring.calendar.explain')}</p>
      <p className="muted">{t('mentoring.calendar.replaces')}</p>
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          disabled={creating.loading}
          onClick={() =>
            void run(async () => {
              const { data } = await create();
              if (data) {
                setUrl(data.createCalendarFeed.url);
                setStatus(t('mentoring.calendar.created'));
                requestAnimationFrame(() => document.getElementById('calendar-feed-url')?.focus());
              }
            })
          }
        >
          {t('mentoring.calendar.create')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={revoking.loading}
          onClick={() =>
            void run(async () => {
              await revoke();
              setUrl('');
              setStatus(t('mentoring.calendar.revoked'));
            })
          }
        >
          {t('mentoring.calendar.revoke')}
        </button>
      </div>
      {url ? (
        <div className="field">
          <label htmlFor="calendar-feed-url">{t('mentoring.calendar.url')}</label>
          <p className="field-hint" id="calendar-feed-url-hint">
            {t('mentoring.calendar.urlHint')}
          </p>
          <div className="copy-row">
            <input
              id="calendar-feed-url"
              type="text"
              readOnly
              value={url}
              aria-describedby="calendar-feed-url-hint"
              onFocus={(event) => event.target.select()}
            />
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                if (!navigator.clipboard) {
                  setStatus(t('mentoring.calendar.copyFailed'));
                  return;
                }
                void navigator.clipboard
                  .writeText(url)
                  .then(() => setStatus(t('mentoring.calendar.copied')))
                  .catch(() => setStatus(t('mentoring.calendar.copyFailed')));
              }}
            >
              {t('mentoring.calendar.copy')}
            </button>
          </div>
        </div>
      ) : null}
      <p role="status" className="status-text">
        {status}
      </p>
      {failure ? <ErrorState error={failure} /> : null}
    </section>
  );
}
