import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/FormField';
import { PageHeading } from '../../../components/PageHeading';
import { Pager } from '../../../components/Pager';
import { EmptyState, ErrorState, LoadingState } from '../../../components/States';
import type { MailOutboxQuery as MailOutboxData, MailStatus } from '../../../gql/graphql';
import { type ApiError, toApiError } from '../../../lib/errors';
import { useCan } from '../../../lib/use-can';
import { useFormat } from '../../../lib/use-format';
import { MailOutboxQuery, RetryMailMutation } from '../api/operations';
import '../mail.css';

export const PAGE_SIZE = 20;

const STATUSES: MailStatus[] = ['QUEUED', 'RETRYING', 'SENT', 'FAILED', 'KEPT', 'SKIPPED'];

type Message = MailOutboxData['mailOutbox']['items'][number];

/** The admin Outbox: every message the platform sent or tried to, its status and errors, and "send again". */
export default function MailOutboxPage() {
  const { t } = useTranslation('mail');
  const can = useCan();
  return (
    <>
      <PageHeading>{t('outbox.title')}</PageHeading>
      {can('manageMailOutbox') ? (
        <Outbox />
      ) : (
        <p className="notice notice-error" role="alert">
          {t('outbox.noAccess')}
        </p>
      )}
    </>
  );
}

function Outbox() {
  const { t } = useTranslation('mail');
  const [searchText, setSearchText] = useState('');
  const [statusText, setStatusText] = useState('');
  const [filters, setFilters] = useState<{ search?: string; status?: MailStatus }>({});
  const [offset, setOffset] = useState(0);
  const { data, previousData, loading, error, refetch } = useQuery(MailOutboxQuery, {
    variables: { ...filters, limit: PAGE_SIZE, offset },
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.mailOutbox;

  function search(event: FormEvent) {
    event.preventDefault();
    setOffset(0);
    setFilters({
      search: searchText.trim() || undefined,
      status: (STATUSES as string[]).includes(statusText) ? (statusText as MailStatus) : undefined,
    });
  }

  const total = page?.totalCount ?? 0;

  return (
    <>
      <p className="lead">{t('outbox.lead')}</p>
      <p className="muted">{t('outbox.keptHint')}</p>
      {/* biome-ignore lint/a11y/useSemanticElements: older browsers (and jsdom) do not know <search> yet */}
      <div role="search">
        <form className="mail-filters" onSubmit={search}>
          <TextField
            id="outbox-search"
            label={t('outbox.search')}
            hint={t('outbox.searchHint')}
            type="search"
            value={searchText}
            onValueChange={setSearchText}
          />
          <SelectField id="outbox-status" label={t('outbox.statusFilter')} value={statusText} onValueChange={setStatusText}>
            <option value="">{t('outbox.allStatuses')}</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`outbox.status.${status}`)}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="button button-primary">
            {t('outbox.searchButton')}
          </button>
        </form>
      </div>
      <div aria-busy={loading || undefined}>
        <p role="status" className="status-text">
          {loading ? t('common.loading') : page ? t('outbox.total', { count: total }) : ''}
        </p>
        {loading && !page ? <LoadingState /> : null}
        {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
        {page && page.items.length === 0 ? <EmptyState>{t('outbox.empty')}</EmptyState> : null}
        {page && page.items.length > 0 ? (
          <>
            <p className="muted">{t('outbox.showing', { from: offset + 1, to: offset + page.items.length, total })}</p>
            <ul className="mail-list">
              {page.items.map((message) => (
                <li key={message.id}>
                  <MessageCard message={message} />
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <Pager
          page={Math.floor(offset / PAGE_SIZE) + 1}
          pageSize={PAGE_SIZE}
          total={total}
          label={t('outbox.pagination')}
          onPage={(next) => setOffset((next - 1) * PAGE_SIZE)}
        />
      </div>
    </>
  );
}

function MessageCard({ message }: { message: Message }) {
  const { t } = useTranslation('mail');
  const format = useFormat();
  const [retryMail, { loading: retrying }] = useMutation(RetryMailMutation);
  const [feedback, setFeedback] = useState<{ kind: 'success' } | { kind: 'error'; error: ApiError } | null>(null);
  const titleId = `mail-${message.id}-subject`;

  async function retry() {
    setFeedback(null);
    try {
      await retryMail({ variables: { id: message.id } });
      setFeedback({ kind: 'success' });
    } catch (error) {
      setFeedback({ kind: 'error', error: toApiError(error) });
    }
  }

  return (
    <article className="card mail-card" aria-labelledby={titleId}>
      <h2 id={titleId} className="mail-subject">
        {message.subject}
      </h2>
      <p>
        <span className={`mail-status mail-status-${message.status.toLowerCase()}`}>{t(`outbox.status.${message.status}`)}</span>
      </p>
      <dl className="mail-facts">
        <div>
          <dt>{t('outbox.to')}</dt>
          <dd className="mail-address">{message.to}</dd>
        </div>
        <div>
          <dt>{t('outbox.kind')}</dt>
          <dd>
            <code>{message.kind}</code> · {message.essential ? t('outbox.essential') : t('outbox.optional')}
          </dd>
        </div>
        <div>
          <dt>{t('outbox.language')}</dt>
          <dd>{message.locale === 'en' ? t('outbox.languages.en') : t('outbox.languages.id')}</dd>
        </div>
        <div>
          <dt>{t('outbox.createdAt')}</dt>
          <dd>{format.dateTime(message.createdAt)}</dd>
        </div>
        {message.sentAt ? (
          <div>
            <dt>{t('outbox.sentAt')}</dt>
            <dd>{format.dateTime(message.sentAt)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('outbox.attempts')}</dt>
          <dd>{format.number(message.attempts)}</dd>
        </div>
        {message.attachmentNames.length > 0 ? (
          <div>
            <dt>{t('outbox.attachments')}</dt>
            <dd>{message.attachmentNames.join(', ')}</dd>
          </div>
        ) : null}
        {message.lastError ? (
          <div>
            <dt>{t('outbox.lastError')}</dt>
            <dd className="mail-error">{message.lastError}</dd>
          </div>
        ) : null}
      </dl>
      <details className="mail-body">
        <summary>{t('outbox.showText')}</summary>
        <pre lang={message.locale}>{message.textBody}</pre>
      </details>
      {message.status === 'FAILED' ? (
        <button type="button" className="button button-secondary" disabled={retrying} onClick={() => void retry()}>
          {t('outbox.retry')}
        </button>
      ) : null}
      {feedback?.kind === 'success' ? (
        <p role="status" className="notice notice-success">
          {t('outbox.retried', { subject: message.subject })}
        </p>
      ) : null}
      {feedback?.kind === 'error' ? <ErrorState error={feedback.error} /> : null}
    </article>
  );
}
