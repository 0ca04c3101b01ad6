import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { CoordinatedRegionSelect, useFirstCoordinatedRegion } from '../../../components/CoordinatedRegionSelect';
import { CsvExportButton } from '../../../components/CsvExportButton';
import { SelectField } from '../../../components/FormField';
import { PageHeading } from '../../../components/PageHeading';
import { EmptyState, ErrorState, LoadingState } from '../../../components/States';
import { TableScroll } from '../../../components/TableScroll';
import { useAuth } from '../../../lib/auth';
import { type ApiError, errorMessage, toApiError } from '../../../lib/errors';
import { homeProvince } from '../../../lib/regions';
import { useCan } from '../../../lib/use-can';
import { AdoptPlaybookMutation, ReplicationMatrixQuery, ReplicationPlaybooksQuery } from '../api/operations';
import '../replication.css';

/** /replikasi — which regions of the province replicate which Sumedang services, and how far they are. */
export default function ReplicationPage() {
  const { t } = useTranslation('replication');
  const { user } = useAuth();
  const can = useCan();
  const provinceCode = homeProvince(user);
  const { data, loading, error, refetch } = useQuery(ReplicationMatrixQuery, {
    variables: { provinceCode },
    fetchPolicy: 'cache-and-network',
  });
  const cells = data?.replicationMatrix ?? [];
  const regions = [...new Map(cells.map((cell) => [cell.region.code, cell.region])).values()].sort((a, b) => a.name.localeCompare(b.name));
  const playbooks = [...new Map(cells.map((cell) => [cell.playbook.id, cell.playbook])).values()];

  return (
    <>
      <PageHeading>{t('replication.title')}</PageHeading>
      <p className="lead">{t('replication.lead')}</p>
      {can('coordinateRegions') ? <StartReplication /> : null}
      {can('coordinateRegions') ? <TrackersExport /> : null}
      <section className="spbe-section" aria-labelledby="spbe-matrix-title">
        <h2 id="spbe-matrix-title">{t('replication.matrixTitle')}</h2>
        {loading && !data ? <LoadingState /> : null}
        {error && !data ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
        {data && cells.length === 0 ? <EmptyState>{t('replication.empty')}</EmptyState> : null}
        {cells.length > 0 ? (
          <TableScroll captionId="spbe-matrix-caption">
            <table>
              <caption id="spbe-matrix-caption">{t('replication.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('replication.region')}</th>
                  {playbooks.map((playbook) => (
                    <th scope="col" key={playbook.id}>
                      {playbook.publishedRevision?.title ?? playbook.id}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {regions.map((region) => (
                  <tr key={region.code}>
                    <th scope="row">{region.name}</th>
                    {playbooks.map((playbook) => {
                      const cell = cells.find((c) => c.region.code === region.code && c.playbook.id === playbook.id);
                      return (
                        <td key={playbook.id}>
                          {cell ? (
                            <Link
                              to={`/replikasi/${cell.adoptionId}`}
                              aria-label={t('replication.cellLabel', {
                                region: region.name,
                                playbook: playbook.publishedRevision?.title ?? '',
                                done: cell.stepsDone,
                                total: cell.stepsTotal,
                                blocked: cell.stepsBlocked,
                              })}
                            >
                              {t('replication.cell', { done: cell.stepsDone, total: cell.stepsTotal })}
                              {cell.stepsBlocked > 0 ? ` · ${t('replication.blocked', { n: cell.stepsBlocked })}` : ''}
                            </Link>
                          ) : (
                            <>
                              <span aria-hidden="true">–</span>
                              <span className="visually-hidden">{t('replication.notAdopted')}</span>
                            </>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ) : null}
      </section>
    </>
  );
}

/** A coordinator downloads every tracker of one region they coordinate (CSV). */
function TrackersExport() {
  const { t } = useTranslation('replication');
  const first = useFirstCoordinatedRegion();
  const [region, setRegion] = useState('');
  const chosen = region || first;
  return (
    <section className="card spbe-section" aria-labelledby="spbe-export-title">
      <h2 id="spbe-export-title">{t('replication.exportTitle')}</h2>
      <CoordinatedRegionSelect idPrefix="spbe-export" value={chosen} onChange={setRegion} />
      {chosen ? (
        <CsvExportButton
          path="/exports/replication-trackers.csv"
          params={{ region: chosen }}
          fileName={`replikasi-${chosen}.csv`}
          label={t('replication.downloadCsv')}
        />
      ) : null}
    </section>
  );
}

function StartReplication() {
  const { t } = useTranslation('replication');
  const navigate = useNavigate();
  const first = useFirstCoordinatedRegion();
  const [region, setRegion] = useState('');
  const [playbookId, setPlaybookId] = useState('');
  const [errors, setErrors] = useState<{ region?: string; playbook?: string }>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const playbooks = useQuery(ReplicationPlaybooksQuery);
  const [adopt, adopting] = useMutation(AdoptPlaybookMutation);
  const chosenRegion = region || first;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const next = {
      region: chosenRegion ? undefined : t('replication.regionRequired'),
      playbook: playbookId ? undefined : t('replication.playbookRequired'),
    };
    setErrors(next);
    if (next.region || next.playbook) return;
    try {
      const result = await adopt({ variables: { regionCode: chosenRegion, playbookId } });
      if (result.data) navigate(`/replikasi/${result.data.adoptPlaybook.id}`);
    } catch (error) {
      setFailure(toApiError(error));
    }
  };

  return (
    <section className="card spbe-section" aria-labelledby="spbe-start-title">
      <h2 id="spbe-start-title">{t('replication.startTitle')}</h2>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <CoordinatedRegionSelect idPrefix="spbe-start" value={chosenRegion} onChange={setRegion} error={errors.region} />
        {playbooks.error ? <ErrorState error={playbooks.error} /> : null}
        <SelectField
          id="spbe-start-playbook"
          label={t('replication.playbook')}
          value={playbookId}
          error={errors.playbook}
          onValueChange={setPlaybookId}
        >
          <option value="">{t('replication.choosePlaybook')}</option>
          {playbooks.data?.catalogue.items.map((hit) => (
            <option key={hit.item.id} value={hit.item.id}>
              {hit.revision.title}
            </option>
          ))}
        </SelectField>
        {failure ? (
          <p className="notice notice-error" role="alert">
            {errorMessage(t, failure)}
          </p>
        ) : null}
        <button type="submit" className="button button-primary" disabled={adopting.loading}>
          {adopting.loading ? t('common.saving') : t('replication.start')}
        </button>
      </form>
    </section>
  );
}
