import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { PageHeading } from '../../../components/PageHeading';
import { ErrorState, LoadingState } from '../../../components/States';
import type { PemdiEvaluationFieldsFragment } from '../../../gql/graphql';
import { type ApiError, toApiError, useErrorMessage } from '../../../lib/errors';
import { useRegionName } from '../../../lib/regions';
import { useCan } from '../../../lib/use-can';
import { OpenPemdiEvaluationMutation, PemdiEvaluationQuery } from '../api/pemdi-operations';
import { PemdiEvaluationWork } from '../components/PemdiEvaluationWork';
import { PemdiIndicesPanel } from '../components/PemdiIndicesPanel';
import { RegionSwitch } from '../components/RegionSwitch';
import { SpbeTabs } from '../components/SpbeTabs';
import '../assessments.css';

/** The first evaluation year of the Indeks Pemerintah Digital (PermenPANRB 8/2026). */
const FIRST_PEMDI_YEAR = 2026;

/**
 * /spbe/wilayah/:regionCode/pemdi/:year — a region's Pemdi self-assessment as it runs: the three
 * indices for everyone of the region; owners, values, evidence and verdicts for its team.
 */
export default function PemdiEvaluationPage() {
  const { t } = useTranslation('assessments');
  const { regionCode = '', year: yearParam = '' } = useParams();
  const year = Number.parseInt(yearParam, 10);
  const regionName = useRegionName(regionCode);
  const validYear = Number.isInteger(year) && year >= FIRST_PEMDI_YEAR;
  const query = useQuery(PemdiEvaluationQuery, { variables: { regionCode, year }, skip: !validYear, fetchPolicy: 'network-only' });
  const heading = t('pemdi.title', { year: yearParam, region: regionName ?? regionCode });

  return (
    <>
      <PageHeading>{heading}</PageHeading>
      <RegionSwitch regionCode={regionCode} path={(code) => `/spbe/wilayah/${code}/pemdi/${yearParam}`} />
      <SpbeTabs regionCode={regionCode} />
      <p className="muted">{t('pemdi.framework')}</p>
      {!validYear ? (
        <p className="notice notice-error" role="alert">
          {t('pemdi.yearNotCovered', { from: FIRST_PEMDI_YEAR })}
        </p>
      ) : query.loading && !query.data ? (
        <LoadingState />
      ) : query.error ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data?.pemdiEvaluation ? (
        <Evaluation evaluation={query.data.pemdiEvaluation} regionCode={regionCode} onChanged={() => void query.refetch()} />
      ) : (
        <NotOpened regionCode={regionCode} year={year} onOpened={() => void query.refetch()} />
      )}
    </>
  );
}

function NotOpened({ regionCode, year, onOpened }: { regionCode: string; year: number; onOpened(): void }) {
  const { t } = useTranslation('assessments');
  const can = useCan();
  const message = useErrorMessage();
  const [open, opening] = useMutation(OpenPemdiEvaluationMutation);
  const [failure, setFailure] = useState<ApiError | null>(null);
  return (
    <section aria-labelledby="pemdi-not-opened">
      <h2 id="pemdi-not-opened">{t('pemdi.notOpened.title')}</h2>
      <p>{t('pemdi.notOpened.text', { year })}</p>
      {failure ? (
        <p className="notice notice-error" role="alert">
          {message(failure)}
        </p>
      ) : null}
      {can('coordinateRegions') ? (
        <button
          type="button"
          className="button"
          disabled={opening.loading}
          onClick={async () => {
            setFailure(null);
            try {
              await open({ variables: { input: { regionCode, year } } });
              onOpened();
            } catch (error) {
              setFailure(toApiError(error));
            }
          }}
        >
          {t('pemdi.notOpened.open', { year })}
        </button>
      ) : null}
    </section>
  );
}

function Evaluation({
  evaluation,
  regionCode,
  onChanged,
}: {
  evaluation: PemdiEvaluationFieldsFragment;
  regionCode: string;
  onChanged(): void;
}) {
  const { t } = useTranslation('assessments');
  return (
    <>
      <p className="pemdi-status">{t(`pemdi.status.${evaluation.status}`, { round: evaluation.submissionRound })}</p>
      <PemdiIndicesPanel indices={evaluation.indices} />
      {evaluation.viewer.seesEvidence ? (
        <PemdiEvaluationWork evaluation={evaluation} regionCode={regionCode} onChanged={onChanged} />
      ) : (
        <p className="muted">{t('pemdi.indicesOnly')}</p>
      )}
    </>
  );
}
