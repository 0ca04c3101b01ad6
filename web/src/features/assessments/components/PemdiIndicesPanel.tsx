import { useTranslation } from 'react-i18next';
import type { PemdiEvaluationFieldsFragment } from '../../../gql/graphql';
import { formatIndex } from '../../../lib/spbe-format';

type Indices = PemdiEvaluationFieldsFragment['indices'];

/** The three indices side by side, each named for what it is, never one series. */
export function PemdiIndicesPanel({ indices }: { indices: Indices }) {
  const { t, i18n } = useTranslation('assessments');
  const figure = (value: { index: number; predicate: string } | null | undefined) =>
    value ? `${formatIndex(value.index, i18n.language)} (${value.predicate})` : t('pemdi.indices.none');
  return (
    <section aria-labelledby="pemdi-indices" className="pemdi-indices">
      <h2 id="pemdi-indices">{t('pemdi.indices.title', { year: indices.year })}</h2>
      <dl className="pemdi-index-list">
        <div>
          <dt>{t('pemdi.indices.selfAssessed')}</dt>
          <dd data-testid="pemdi-self-assessed">{figure(indices.selfAssessed)}</dd>
          <dd className="muted">{t('pemdi.indices.selfAssessedHint')}</dd>
        </div>
        <div>
          <dt>{t('pemdi.indices.simulated')}</dt>
          <dd data-testid="pemdi-simulated">{figure(indices.simulated)}</dd>
          <dd className="muted">
            {t('pemdi.indices.simulatedHint', { proven: indices.simulated.provenIndicators, total: indices.simulated.totalIndicators })}
          </dd>
        </div>
        <div>
          <dt>{t('pemdi.indices.official')}</dt>
          <dd data-testid="pemdi-official">{figure(indices.official)}</dd>
          <dd className="muted">
            {indices.official
              ? indices.official.demo
                ? t('pemdi.indices.officialDemo', { source: indices.official.source })
                : indices.official.source
              : t('pemdi.indices.officialNone')}
          </dd>
        </div>
      </dl>
    </section>
  );
}
