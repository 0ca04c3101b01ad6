import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { computeIndex, predicateFor } from '@living-lab/shared';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorSummary, type SummaryItem } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/FormField';
import { PageHeading } from '../../../components/PageHeading';
import { EmptyState, ErrorState, LoadingState } from '../../../components/States';
import { TableScroll } from '../../../components/TableScroll';
import type { ActionPlanFieldsFragment, SpbeIndexPlanQuery as PlanData } from '../../../gql/graphql';
import { errorMessage, toApiError } from '../../../lib/errors';
import { formatIndex } from '../../../lib/spbe-format';
import { useCan } from '../../../lib/use-can';
import { useFormat } from '../../../lib/use-format';
import {
  LatestSpbeActionPlanQuery,
  RegionSpbeQuery,
  SaveSpbeActionPlanMutation,
  SpbeFrameworkFullQuery,
  SpbeIndexPlanQuery,
} from '../api/operations';
import { type Framework, indicatorsOf } from '../components/framework';
import { RegionSwitch } from '../components/RegionSwitch';
import { SpbeTabs } from '../components/SpbeTabs';
import '../assessments.css';

/** /spbe/wilayah/:regionCode/simulasi — what if some indicators were higher? And "plan for me". */
export default function SimulatorPage() {
  const { t } = useTranslation('assessments');
  const { regionCode = '' } = useParams();
  const framework = useQuery(SpbeFrameworkFullQuery);
  const spbe = useQuery(RegionSpbeQuery, { variables: { regionCode }, fetchPolicy: 'cache-and-network' });
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
            baseline={Object.fromEntries(latest.levels.map((level) => [level.indicatorCode, level.level]))}
            year={latest.year}
          />
          <PlanForMe
            regionCode={regionCode}
            assessmentId={latest.id}
            defaultTarget={spbe.data.regionSpbe.target}
            framework={framework.data.spbeFramework}
          />
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
    <section className="spbe-section" aria-labelledby="spbe-sim-title">
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

type Plan = PlanData['spbeIndexPlan'];
interface ItemDraft {
  owner: string;
  dueDate: string;
}

function PlanForMe({
  regionCode,
  assessmentId,
  defaultTarget,
  framework,
}: {
  regionCode: string;
  assessmentId: string;
  defaultTarget: number;
  framework: Framework;
}) {
  const { t, i18n } = useTranslation('assessments');
  const can = useCan();
  const lang = i18n.language;
  const [target, setTarget] = useState(String(defaultTarget));
  const [targetError, setTargetError] = useState('');
  const [loadPlan, planResult] = useLazyQuery(SpbeIndexPlanQuery, { fetchPolicy: 'network-only' });
  const plan = planResult.data?.spbeIndexPlan;

  const onPlan = (event: FormEvent) => {
    event.preventDefault();
    const value = Number(target.replace(',', '.'));
    if (!Number.isFinite(value) || value < 1 || value > 5) {
      setTargetError(t('plan.targetInvalid'));
      return;
    }
    setTargetError('');
    void loadPlan({ variables: { assessmentId, target: value } }).catch(() => undefined);
  };

  return (
    <section className="spbe-section" aria-labelledby="spbe-plan-title">
      <h2 id="spbe-plan-title">{t('plan.title')}</h2>
      <p>{t('plan.lead')}</p>
      <form onSubmit={onPlan} noValidate className="card">
        <TextField
          id="spbe-plan-target"
          label={t('plan.target')}
          hint={t('plan.targetHint')}
          inputMode="decimal"
          value={target}
          error={targetError || undefined}
          onValueChange={setTarget}
        />
        <button type="submit" className="button button-primary" disabled={planResult.loading}>
          {planResult.loading ? t('common.loading') : t('plan.button')}
        </button>
      </form>
      {planResult.error ? <ErrorState error={planResult.error} /> : null}
      {plan ? (
        <PlanResult
          key={`${plan.target}-${plan.raises.length}-${plan.currentIndex}`}
          plan={plan}
          regionCode={regionCode}
          assessmentId={assessmentId}
          canSave={can('coordinateRegions')}
          framework={framework}
          lang={lang}
        />
      ) : null}
    </section>
  );
}

function PlanResult({
  plan,
  regionCode,
  assessmentId,
  canSave,
  lang,
}: {
  plan: Plan;
  regionCode: string;
  assessmentId: string;
  canSave: boolean;
  framework: Framework;
  lang: string;
}) {
  const { t } = useTranslation('assessments');
  const [drafts, setDrafts] = useState<ItemDraft[]>(() => plan.raises.map(() => ({ owner: '', dueDate: '' })));
  const [problems, setProblems] = useState<SummaryItem[]>([]);
  const [saved, setSaved] = useState('');
  const summaryRef = useRef<HTMLDivElement>(null);
  const [savePlan, saving] = useMutation(SaveSpbeActionPlanMutation, {
    refetchQueries: [{ query: LatestSpbeActionPlanQuery, variables: { regionCode } }],
  });

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    setSaved('');
    const issues: SummaryItem[] = [];
    drafts.forEach((draft, position) => {
      if (!draft.owner.trim())
        issues.push({
          fieldId: `spbe-plan-owner-${position}`,
          message: t('plan.ownerRequired', { code: plan.raises[position]?.indicatorCode }),
        });
    });
    setProblems(issues);
    if (issues.length > 0) {
      setTimeout(() => summaryRef.current?.focus(), 0);
      return;
    }
    try {
      await savePlan({
        variables: {
          input: {
            assessmentId,
            target: plan.target,
            items: plan.raises.map((raise, position) => ({
              indicatorCode: raise.indicatorCode,
              fromLevel: raise.fromLevel,
              toLevel: raise.toLevel,
              owner: drafts[position]?.owner.trim() ?? '',
              dueDate: drafts[position]?.dueDate || null,
            })),
          },
        },
      });
      setSaved(t('plan.saved'));
    } catch (error) {
      setProblems([{ message: errorMessage(t, toApiError(error)) }]);
      setTimeout(() => summaryRef.current?.focus(), 0);
    }
  };

  return (
    <section className="spbe-plan" aria-labelledby="spbe-plan-result-title">
      <h3 id="spbe-plan-result-title">{t('plan.resultTitle')}</h3>
      <p role="status">
        {t(plan.reachable ? 'plan.summaryReachable' : 'plan.summaryUnreachable', {
          current: formatIndex(plan.currentIndex, lang),
          planned: formatIndex(plan.plannedIndex, lang),
          target: formatIndex(plan.target, lang),
          n: plan.raises.length,
        })}
      </p>
      <p className="notice notice-info">
        <span className="notice-title">{t('plan.explanation')}</span> <span lang="id">{plan.explanation}</span>
      </p>
      {plan.raises.length > 0 ? (
        <form onSubmit={(event) => void onSave(event)} noValidate>
          <ErrorSummary ref={summaryRef} items={problems} />
          <ol className="spbe-steps">
            {plan.raises.map((raise, position) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: an indicator may be raised more than once; the position is the identity
              <li key={`${raise.indicatorCode}-${raise.fromLevel}-${position}`}>
                <fieldset className="spbe-plan-item">
                  <legend>
                    {t('plan.raise', {
                      code: raise.indicatorCode,
                      name: raise.indicatorName,
                      from: raise.fromLevel,
                      to: raise.toLevel,
                    })}
                  </legend>
                  <p>{t('plan.gain', { gain: formatIndex(raise.gain, lang) })}</p>
                  {raise.content.length > 0 ? (
                    <>
                      <p>{t('plan.content')}</p>
                      <ul>
                        {raise.content.map((item) => (
                          <li key={item.id}>
                            <Link to={`/konten/${item.id}`}>{item.publishedRevision?.title ?? item.id}</Link> (
                            {t(`contentTypes.${item.type}`)})
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : (
                    <p>{t('plan.noContent')}</p>
                  )}
                  {canSave ? (
                    <>
                      <TextField
                        id={`spbe-plan-owner-${position}`}
                        label={t('plan.owner', { code: raise.indicatorCode, to: raise.toLevel })}
                        value={drafts[position]?.owner ?? ''}
                        error={problems.find((p) => p.fieldId === `spbe-plan-owner-${position}`)?.message}
                        onValueChange={(owner) => setDrafts((previous) => previous.map((d, i) => (i === position ? { ...d, owner } : d)))}
                      />
                      <TextField
                        id={`spbe-plan-due-${position}`}
                        type="date"
                        label={t('plan.dueDate', { code: raise.indicatorCode, to: raise.toLevel })}
                        value={drafts[position]?.dueDate ?? ''}
                        onValueChange={(dueDate) =>
                          setDrafts((previous) => previous.map((d, i) => (i === position ? { ...d, dueDate } : d)))
                        }
                      />
                    </>
                  ) : null}
                </fieldset>
              </li>
            ))}
          </ol>
          {canSave ? (
            <button type="submit" className="button button-primary" disabled={saving.loading}>
              {saving.loading ? t('common.saving') : t('plan.save')}
            </button>
          ) : null}
          {saved ? (
            <p className="notice notice-success" role="status">
              {saved}
            </p>
          ) : null}
        </form>
      ) : null}
    </section>
  );
}

function LatestPlan({ regionCode }: { regionCode: string }) {
  const { t, i18n } = useTranslation('assessments');
  const format = useFormat();
  const { data, error } = useQuery(LatestSpbeActionPlanQuery, { variables: { regionCode }, fetchPolicy: 'cache-and-network' });
  const plan: ActionPlanFieldsFragment | null | undefined = data?.latestSpbeActionPlan;
  return (
    <section className="spbe-section" aria-labelledby="spbe-latest-plan-title">
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
