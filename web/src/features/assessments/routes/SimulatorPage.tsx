import { useQuery } from '@apollo/client/react';
import { computeIndex, FrameworkCode, predicateFor } from '@living-lab/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { PageHeading } from '../../../components/PageHeading';
import { EmptyState, ErrorState, LoadingState } from '../../../components/States';
import { TableScroll } from '../../../components/TableScroll';
import type { ActionPlanFieldsFragment } from '../../../gql/graphql';
import { formatIndex } from '../../../lib/spbe-format';
import { useFormat } from '../../../lib/use-format';
import { LatestSpbeActionPlanQuery, RegionSpbeQuery, SpbeFrameworkFullQuery } from '../api/operations';
import { type Framework, indicatorsOf } from '../components/framework';
import { PlanForMe } from '../components/PlanForMe';
import { RegionSwitch } from '../components/RegionSwitch';
import { SpbeTabs } from '../components/SpbeTabs';
import '../assessments.css';

const SELF_ASSESSMENT_FRAMEWORK = FrameworkCode.PERMENPANRB_59_2020;

/** /spbe/wilayah/:regionCode/simulasi — what if some indicators were higher? And "plan for me". */
export default function SimulatorPage() {
  const { t } = useTranslation('assessments');
  const { regionCode = '' } = useParams();
  // Self-assessments (and so the simulator and "plan for me") are on SPBE 59/2020; the Indeks Pemerintah
  // Digital has its own evaluation page. Asked by code: the server's default is the framework in force this year.
  const framework = useQuery(SpbeFrameworkFullQuery, { variables: { code: SELF_ASSESSMENT_FRAMEWORK } });
  const spbe = useQuery(RegionSpbeQuery, {
    variables: { regionCode, frameworkCode: SELF_ASSESSMENT_FRAMEWORK },
    fetchPolicy: 'cache-and-network',
  });
  const latest = spbe.data?.regionSpbe.latestAssessment ?? null;
  const name = spbe.data?.regionSpbe.region.name ?? regionCode;
  const loading = (framework.loading && !framework.data) || (spbe.loading && !spbe.data);
  const error = framework.error ?? (spbe.data ? undefined : spbe.error);

  return (
    <>
      <PageHeading>{t('simulator.title', { name })}</PageHeading>
      <RegionSwitch regionCode={regionCode} path={(code) => `/spbe/wilayah/${code}/simulasi`} />
      <SpbeTabs regionCode={regionCode} />
      {loading ? <LoadingState /> : null}
      {error && !loading ? <ErrorState error={error} onRetry={() => void spbe.refetch()} /> : null}
      {framework.data && spbe.data && !latest ? <EmptyState>{t('simulator.noAssessment')}</EmptyState> : null}
      {framework.data && spbe.data && latest ? (
        <>
          <Simulator
            key={latest.id}
            framework={framework.data.spbeFramework}
            baseline={Object.fromEntries(spbe.data.regionSpbe.latestLevels.map((level) => [level.indicatorCode, level.level]))}
            year={latest.year}
          />
          <PlanForMe regionCode={regionCode} assessmentId={latest.id} defaultTarget={spbe.data.regionSpbe.target} />
        </>
      ) : null}
      {spbe.data ? <LatestPlan regionCode={regionCode} /> : null}
    </>
  );
}

function Simulator({ framework, baseline, year }: { framework: Framework; baseline: Record<string, number>; year: number }) {
  const { t, i18n } = useTranslation('assessments');
  const lang = i18n.language;
  const [levels, setLevels] = useState<Record<string, number>>(baseline);
  const baseIndex = useMemo(() => computeIndex(framework, baseline), [framework, baseline]);
  const index = computeIndex(framework, levels);
  const predicate = predicateFor(framework.predicates, index);
  const raised = indicatorsOf(framework).filter((indicator) => levels[indicator.code] !== baseline[indicator.code]).length;

  return (
    <section className="spbe-section no-print" aria-labelledby="spbe-sim-title">
      <h2 id="spbe-sim-title">{t('simulator.sectionTitle')}</h2>
      <p>
        {t('simulator.lead', {
          year,
          index: formatIndex(baseIndex, lang),
          predicate: predicateFor(framework.predicates, baseIndex),
        })}
      </p>
      <div className="spbe-live">
        <p role="status" aria-live="polite" aria-atomic="true" data-testid="simulated-index">
          {t('simulator.result', {
            index: formatIndex(index, lang),
            predicate,
            change: formatIndex(index - baseIndex, lang),
            n: raised,
          })}
        </p>
        <div className="spbe-actions">
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => setLevels(baseline)}
            disabled={raised === 0}
          >
            {t('simulator.reset')}
          </button>
        </div>
      </div>
      {framework.domains.map((domain) => (
        <details key={domain.code} className="spbe-sim-domain" open>
          <summary>
            {domain.code} · {domain.name}
          </summary>
          <ul className="spbe-sim-list">
            {domain.aspects.flatMap((aspect) =>
              aspect.indicators.map((indicator) => {
                const id = `spbe-sim-${indicator.code}`;
                const changed = levels[indicator.code] !== baseline[indicator.code];
                return (
                  <li key={indicator.code}>
                    <label htmlFor={id} className={changed ? 'spbe-raised' : undefined}>
                      {indicator.code} · {indicator.name}
                    </label>
                    <select
                      id={id}
                      value={String(levels[indicator.code] ?? '')}
                      aria-describedby={`${id}-base`}
                      onChange={(event) => setLevels((previous) => ({ ...previous, [indicator.code]: Number(event.target.value) }))}
                    >
                      {framework.maturityLevels.map((level) => (
                        <option key={level.level} value={String(level.level)}>
                          {level.level} – {level.name}
                        </option>
                      ))}
                    </select>
                    <span id={`${id}-base`} className="field-hint">
                      {t('simulator.baseline', { level: baseline[indicator.code] })}
                    </span>
                  </li>
                );
              }),
            )}
          </ul>
        </details>
      ))}
    </section>
  );
}

function LatestPlan({ regionCode }: { regionCode: string }) {
  const { t, i18n } = useTranslation('assessments');
  const format = useFormat();
  const { data, error } = useQuery(LatestSpbeActionPlanQuery, { variables: { regionCode }, fetchPolicy: 'cache-and-network' });
  const plan: ActionPlanFieldsFragment | null | undefined = data?.latestSpbeActionPlan;
  return (
    <section className="spbe-section no-print" aria-labelledby="spbe-latest-plan-title">
      <h2 id="spbe-latest-plan-title">{t('latestPlan.title')}</h2>
      {error ? <ErrorState error={error} /> : null}
      {data && !plan ? <EmptyState>{t('latestPlan.none')}</EmptyState> : null}
      {plan ? (
        <>
          <p>{t('latestPlan.meta', { target: formatIndex(plan.target, i18n.language), date: format.dateTime(plan.createdAt) })}</p>
          <TableScroll captionId="spbe-latest-plan-caption">
            <table>
              <caption id="spbe-latest-plan-caption">{t('latestPlan.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('latestPlan.indicator')}</th>
                  <th scope="col">{t('latestPlan.levels')}</th>
                  <th scope="col">{t('latestPlan.owner')}</th>
                  <th scope="col">{t('latestPlan.due')}</th>
                </tr>
              </thead>
              <tbody>
                {plan.items.map((item) => (
                  <tr key={item.id}>
                    <th scope="row">{item.indicatorCode}</th>
                    <td>{t('latestPlan.fromTo', { from: item.fromLevel, to: item.toLevel })}</td>
                    <td>{item.owner}</td>
                    <td>{item.dueDate ? format.day(item.dueDate) : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      ) : null}
    </section>
  );
}
