import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { CoordinatedRegionSelect, useFirstCoordinatedRegion } from '../../../../components/CoordinatedRegionSelect';
import { CsvExportButton } from '../../../../components/CsvExportButton';
import { PageHeading } from '../../../../components/PageHeading';
import { Pager } from '../../../../components/Pager';
import { ProgressBar } from '../../../../components/ProgressBar';
import { CoordinationTabs } from '../../../../components/SectionTabs';
import { EmptyState, ErrorState, LoadingState } from '../../../../components/States';
import type { RegionLearnersQuery as RegionLearnersData } from '../../../../gql/graphql';
import { regionLabel } from '../../../../lib/regions';
import { useCan } from '../../../../lib/use-can';
import { useFormat } from '../../../../lib/use-format';
import { RegionLearnersQuery } from '../api/operations';
import '../../learning.css';

export const LEARNERS_PAGE_SIZE = 25;
const PARAMS = { region: 'wilayah', page: 'halaman' } as const;

type Learner = RegionLearnersData['regionLearners']['items'][number];

/** /koordinasi/peserta: a coordinator's (or an admin's) view of the learners of a region. */
export default function RegionLearnersPage() {
  const { t } = useTranslation('learning');
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const firstRegion = useFirstCoordinatedRegion();
  const chosen = params.get(PARAMS.region) ?? firstRegion;
  const page = Math.max(1, Number.parseInt(params.get(PARAMS.page) ?? '1', 10) || 1);

  if (!can('coordinateRegions')) {
    return (
      <>
        <PageHeading>{t('coordination.title')}</PageHeading>
        <p className="notice notice-error" role="alert">
          {t('common.coordinatorsOnly')}
        </p>
      </>
    );
  }

  const choose = (code: string, pageNumber = 1) => {
    const next = new URLSearchParams();
    if (code) next.set(PARAMS.region, code);
    if (pageNumber > 1) next.set(PARAMS.page, String(pageNumber));
    setParams(next);
  };

  return (
    <>
      <PageHeading>{t('coordination.title')}</PageHeading>
      <CoordinationTabs />
      <p className="lead">{t('coordination.lead')}</p>
      <div className="card coordination-region">
        <CoordinatedRegionSelect idPrefix="coordination" value={chosen} onChange={(code) => choose(code)} />
        {chosen ? (
          <CsvExportButton path="/exports/region-learners.csv" params={{ region: chosen }} fileName={`peserta-${chosen}.csv`} />
        ) : null}
      </div>
      {chosen ? <LearnerTable regionCode={chosen} page={page} onPage={(next) => choose(chosen, next)} /> : null}
    </>
  );
}

function LearnerTable({ regionCode, page, onPage }: { regionCode: string; page: number; onPage(page: number): void }) {
  const { t } = useTranslation('learning');
  const offset = (page - 1) * LEARNERS_PAGE_SIZE;
  const { data, previousData, loading, error, refetch } = useQuery(RegionLearnersQuery, {
    variables: { regionCode, limit: LEARNERS_PAGE_SIZE, offset },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const result = (data ?? previousData)?.regionLearners;
  const total = result?.totalCount ?? 0;

  return (
    <section aria-labelledby="coordination-learners" aria-busy={loading || undefined}>
      <h2 id="coordination-learners">{t('coordination.learnersTitle')}</h2>
      <p role="status" className="status-text">
        {loading ? t('common.loading') : result ? t('coordination.total', { count: total }) : ''}
      </p>
      {loading && !result ? <LoadingState /> : null}
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {result && result.items.length === 0 && !error ? <EmptyState>{t('coordination.empty')}</EmptyState> : null}
      {result && result.items.length > 0 ? (
        <table className="learner-table responsive-table">
          <caption className="visually-hidden">{t('coordination.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('coordination.name')}</th>
              <th scope="col">{t('coordination.agency')}</th>
              <th scope="col" className="numeric">
                {t('coordination.enrolments')}
              </th>
              <th scope="col" className="numeric">
                {t('coordination.completions')}
              </th>
              <th scope="col">{t('coordination.lastActivity')}</th>
              <th scope="col">{t('coordination.modules')}</th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((row) => (
              <LearnerRow key={row.learner.id} row={row} />
            ))}
          </tbody>
        </table>
      ) : null}
      <Pager page={page} pageSize={LEARNERS_PAGE_SIZE} total={total} label={t('coordination.pagination')} onPage={onPage} />
    </section>
  );
}

function LearnerRow({ row }: { row: Learner }) {
  const { t } = useTranslation('learning');
  const format = useFormat();
  return (
    <tr>
      <th scope="row" data-label={t('coordination.name')}>
        {row.learner.fullName}
        {row.learner.region ? <span className="muted cell-note">{regionLabel(row.learner.region, t)}</span> : null}
      </th>
      <td data-label={t('coordination.agency')}>{row.learner.agency}</td>
      <td data-label={t('coordination.enrolments')} className="numeric">
        {row.enrolments}
      </td>
      <td data-label={t('coordination.completions')} className="numeric">
        {row.completions}
      </td>
      <td data-label={t('coordination.lastActivity')}>
        {row.lastActivityAt ? format.dateTime(row.lastActivityAt) : t('coordination.never')}
      </td>
      <td data-label={t('coordination.modules')}>
        {row.modules.length === 0 ? (
          <span className="muted">{t('coordination.noModules')}</span>
        ) : (
          <ul className="module-progress-list">
            {row.modules.map((module) => {
              const title = module.item.publishedRevision?.title ?? t('paths.unpublishedModule');
              return (
                <li key={module.itemId}>
                  <span className="module-progress-title">{title}</span>
                  <ProgressBar
                    percent={module.progressPercent}
                    label={t('coordination.moduleProgress', { name: row.learner.fullName, title })}
                    valueText={
                      module.completedAt
                        ? t('coordination.completedOn', { date: format.dateTime(module.completedAt) })
                        : `${module.progressPercent}%`
                    }
                  />
                </li>
              );
            })}
          </ul>
        )}
      </td>
    </tr>
  );
}
