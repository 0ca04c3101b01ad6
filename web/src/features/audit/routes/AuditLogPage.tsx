import { useQuery } from '@apollo/client/react';
import { AUDIT_ACTIONS, type AuditAction, isAuditAction } from '@living-lab/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CsvExportButton } from '../../../components/CsvExportButton';
import { SelectField, TextField } from '../../../components/FormField';
import { PageHeading } from '../../../components/PageHeading';
import { Pager } from '../../../components/Pager';
import { EmptyState, ErrorState, LoadingState } from '../../../components/States';
import type { AuditEventFilter } from '../../../gql/graphql';
import { useCan } from '../../../lib/use-can';
import { useFormat } from '../../../lib/use-format';
import { AuditEventsQuery } from '../api/operations';
import '../audit.css';

export const PAGE_SIZE = 25;

/** The start of a WIB day (UTC+7 all year) as an ISO moment; the day after for an inclusive "to". */
export function wibDayStart(day: string, plusDays = 0): string {
  const start = new Date(`${day}T00:00:00+07:00`);
  return new Date(start.getTime() + plusDays * 86_400_000).toISOString();
}

/** The admin audit trail: filter, page, download. */
export default function AuditLogPage() {
  const { t } = useTranslation('audit');
  const can = useCan();
  return (
    <>
      <PageHeading>{t('log.title')}</PageHeading>
      {can('viewAuditLog') ? (
        <AuditLog />
      ) : (
        <p className="notice notice-error" role="alert">
          {t('log.noAccess')}
        </p>
      )}
    </>
  );
}

function AuditLog() {
  const { t } = useTranslation('audit');
  const format = useFormat();
  const [form, setForm] = useState({ from: '', to: '', actorEmail: '', action: '', regionCode: '' });
  const [filter, setFilter] = useState<AuditEventFilter>({});
  const [offset, setOffset] = useState(0);
  const { data, previousData, loading, error, refetch } = useQuery(AuditEventsQuery, {
    variables: { filter, limit: PAGE_SIZE, offset },
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.auditEvents;
  const set = (field: keyof typeof form) => (value: string) => setForm((current) => ({ ...current, [field]: value }));

  function search(event: FormEvent) {
    event.preventDefault();
    setOffset(0);
    setFilter({
      from: form.from ? wibDayStart(form.from) : undefined,
      to: form.to ? wibDayStart(form.to, 1) : undefined,
      actorEmail: form.actorEmail.trim() || undefined,
      action: isAuditAction(form.action) ? form.action : undefined,
      regionCode: form.regionCode.trim() || undefined,
    });
  }

  const exportParams = Object.fromEntries(
    Object.entries({
      from: filter.from,
      to: filter.to,
      actorEmail: filter.actorEmail,
      action: filter.action,
      region: filter.regionCode,
    }).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
  const total = page?.totalCount ?? 0;
  const actionLabel = (action: string) => (isAuditAction(action) ? t(`log.actions.${action}`) : action);

  return (
    <>
      <p className="lead">{t('log.lead')}</p>
      {/* biome-ignore lint/a11y/useSemanticElements: older browsers (and jsdom) do not know <search> yet */}
      <div role="search">
        <form className="audit-filters" onSubmit={search}>
          <TextField
            id="audit-from"
            label={t('log.from')}
            hint={t('log.dateHint')}
            type="date"
            value={form.from}
            onValueChange={set('from')}
          />
          <TextField id="audit-to" label={t('log.to')} hint={t('log.dateHint')} type="date" value={form.to} onValueChange={set('to')} />
          <TextField
            id="audit-actor"
            label={t('log.actorEmail')}
            hint={t('log.actorEmailHint')}
            type="email"
            value={form.actorEmail}
            onValueChange={set('actorEmail')}
          />
          <SelectField id="audit-action" label={t('log.action')} value={form.action} onValueChange={set('action')}>
            <option value="">{t('log.allActions')}</option>
            {AUDIT_ACTIONS.map((action: AuditAction) => (
              <option key={action} value={action}>
                {t(`log.actions.${action}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            id="audit-region"
            label={t('log.regionCode')}
            hint={t('log.regionCodeHint')}
            value={form.regionCode}
            onValueChange={set('regionCode')}
          />
          <button type="submit" className="button button-primary">
            {t('log.searchButton')}
          </button>
        </form>
      </div>
      <CsvExportButton path="/exports/audit-events.csv" params={exportParams} fileName="jejak-audit.csv" label={t('log.export')} />
      <div aria-busy={loading || undefined}>
        <p role="status" className="status-text">
          {page ? t('log.total', { count: total }) : ''}
        </p>
        {loading && !page ? <LoadingState /> : null}
        {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
        {page && page.items.length === 0 ? <EmptyState>{t('log.empty')}</EmptyState> : null}
        {page && page.items.length > 0 ? (
          <>
            <p className="muted">{t('log.showing', { from: offset + 1, to: offset + page.items.length, total })}</p>
            <div className="audit-table-wrap">
              <table className="audit-table">
                <caption className="visually-hidden">{t('log.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('log.when')}</th>
                    <th scope="col">{t('log.who')}</th>
                    <th scope="col">{t('log.what')}</th>
                    <th scope="col">{t('log.subject')}</th>
                    <th scope="col">{t('log.region')}</th>
                    <th scope="col">{t('log.changes')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((event) => (
                    <tr key={event.id}>
                      <td data-label={t('log.when')}>{format.dateTime(event.occurredAt)}</td>
                      <td data-label={t('log.who')} className="audit-actor">
                        {event.actorEmail ?? t('log.system')}
                      </td>
                      <td data-label={t('log.what')}>
                        {actionLabel(event.action)} <code>{event.action}</code>
                      </td>
                      <td data-label={t('log.subject')}>
                        {event.subjectType} <code className="audit-id">{event.subjectId}</code>
                      </td>
                      <td data-label={t('log.region')}>{event.regionCode ?? '—'}</td>
                      <td data-label={t('log.changes')}>
                        <Changes label={t('log.before')} json={event.before} />
                        <Changes label={t('log.after')} json={event.after} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ) : null}
        <Pager
          page={Math.floor(offset / PAGE_SIZE) + 1}
          pageSize={PAGE_SIZE}
          total={total}
          label={t('log.pagination')}
          onPage={(next) => setOffset((next - 1) * PAGE_SIZE)}
        />
      </div>
    </>
  );
}

/** One side of a change: the changed fields, one per line. */
function Changes({ label, json }: { label: string; json: string | null | undefined }) {
  if (!json) return null;
  let entries: Array<[string, unknown]>;
  try {
    entries = Object.entries(JSON.parse(json) as Record<string, unknown>);
  } catch {
    entries = [['', json]];
  }
  return (
    <dl className="audit-changes">
      <dt>{label}</dt>
      {entries.map(([key, value]) => (
        <dd key={key}>
          {key ? <span className="audit-key">{key}: </span> : null}
          {typeof value === 'string' ? value : JSON.stringify(value)}
        </dd>
      ))}
    </dl>
  );
}
