import { useLazyQuery, useMutation } from '@apollo/client/react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorSummary, type SummaryItem } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/FormField';
import { ErrorState } from '../../../components/States';
import { TableScroll } from '../../../components/TableScroll';
import type { SpbeIndexPlanQuery as PlanData } from '../../../gql/graphql';
import { formatNumber } from '../../../lib/dates';
import { errorMessage, toApiError } from '../../../lib/errors';
import { formatIndex, parseIndex } from '../../../lib/spbe-format';
import { useCan } from '../../../lib/use-can';
import { useFormat } from '../../../lib/use-format';
import { LatestSpbeActionPlanQuery, SaveSpbeActionPlanMutation, SpbeIndexPlanQuery } from '../api/operations';
import { type PlanRow, planRows } from './plan-rows';
import '../assessments.css';

type Plan = PlanData['spbeIndexPlan'];
interface RowDraft {
  owner: string;
  dueDate: string;
}

const DEFAULT_OWNER_ID = 'spbe-plan-default-owner';

/** Index points a row adds, with the third decimal a 1,3 % indicator needs ("0,013"). */
const formatGain = (gain: number, language: string) => formatNumber(gain, language, { minimumFractionDigits: 2, maximumFractionDigits: 3 });

/** "Plan for me": the fewest raises to a target, one row per indicator, saved as an action plan. */
export function PlanForMe({
  regionCode,
  assessmentId,
  defaultTarget,
}: {
  regionCode: string;
  assessmentId: string;
  defaultTarget: number;
}) {
  const { t, i18n } = useTranslation('assessments');
  const can = useCan();
  const lang = i18n.language;
  const [target, setTarget] = useState(() => formatIndex(defaultTarget, lang));
  const [targetError, setTargetError] = useState('');
  const [loadPlan, planResult] = useLazyQuery(SpbeIndexPlanQuery, { fetchPolicy: 'network-only' });
  const plan = planResult.data?.spbeIndexPlan;

  const onPlan = (event: FormEvent) => {
    event.preventDefault();
    const value = parseIndex(target, lang);
    if (value === null) {
      setTargetError(t('plan.targetInvalid'));
      return;
    }
    setTargetError('');
    void loadPlan({ variables: { assessmentId, target: value } }).catch(() => undefined);
  };

  return (
    <section className="spbe-section spbe-plan-section" aria-labelledby="spbe-plan-title">
      <h2 id="spbe-plan-title">{t('plan.title')}</h2>
      <p className="no-print">{t('plan.lead')}</p>
      <form onSubmit={onPlan} noValidate className="card no-print">
        <TextField
          id="spbe-plan-target"
          label={t('plan.target')}
          hint={t('plan.targetHint')}
          inputMode="decimal"
          autoComplete="off"
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
  lang: string;
}) {
  const { t } = useTranslation('assessments');
  const rows = planRows(plan.raises);
  const [defaultOwner, setDefaultOwner] = useState('');
  const [drafts, setDrafts] = useState<RowDraft[]>(() => rows.map(() => ({ owner: '', dueDate: '' })));
  const [problems, setProblems] = useState<SummaryItem[]>([]);
  const [saved, setSaved] = useState('');
  const summaryRef = useRef<HTMLDivElement>(null);
  const [savePlan, saving] = useMutation(SaveSpbeActionPlanMutation, {
    refetchQueries: [{ query: LatestSpbeActionPlanQuery, variables: { regionCode } }],
  });
  const setDraft = (position: number, change: Partial<RowDraft>) =>
    setDrafts((previous) => previous.map((draft, i) => (i === position ? { ...draft, ...change } : draft)));
  const ownerOf = (position: number) => drafts[position]?.owner.trim() || defaultOwner.trim();
  const defaultOwnerError = problems.find((problem) => problem.fieldId === DEFAULT_OWNER_ID)?.message;

  const focusSummary = () => setTimeout(() => summaryRef.current?.focus(), 0);

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    setSaved('');
    const missing = rows.filter((_, position) => !ownerOf(position)).map((row) => row.indicatorCode);
    if (missing.length > 0) {
      // One message, on the field that fills them all, rather than one per row.
      setProblems([{ fieldId: DEFAULT_OWNER_ID, message: t('plan.ownerMissing', { codes: missing.join(', ') }) }]);
      focusSummary();
      return;
    }
    setProblems([]);
    try {
      await savePlan({
        variables: {
          input: {
            assessmentId,
            target: plan.target,
            // One item per indicator, in the order shown (the server reads them back in it).
            items: rows.map((row, position) => ({
              indicatorCode: row.indicatorCode,
              fromLevel: row.fromLevel,
              toLevel: row.toLevel,
              owner: ownerOf(position),
              dueDate: drafts[position]?.dueDate || null,
            })),
          },
        },
      });
      setSaved(t('plan.saved'));
    } catch (error) {
      setProblems([{ message: errorMessage(t, toApiError(error)) }]);
      focusSummary();
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
          indicators: rows.length,
        })}
      </p>
      <p className="notice notice-info">
        <span className="notice-title">{t('plan.explanation')}</span> <span lang="id">{plan.explanation}</span>
      </p>
      {rows.length > 0 ? (
        <form onSubmit={(event) => void onSave(event)} noValidate aria-labelledby="spbe-plan-result-title">
          <ErrorSummary ref={summaryRef} items={problems} />
          {canSave ? (
            <div className="card spbe-plan-default no-print">
              <TextField
                id={DEFAULT_OWNER_ID}
                label={t('plan.defaultOwner')}
                hint={t('plan.defaultOwnerHint')}
                value={defaultOwner}
                error={defaultOwnerError}
                autoComplete="organization"
                onValueChange={setDefaultOwner}
              />
              <button
                type="button"
                className="button button-secondary button-small"
                disabled={!defaultOwner.trim()}
                onClick={() => setDrafts((previous) => previous.map((draft) => ({ ...draft, owner: defaultOwner.trim() })))}
              >
                {t('plan.applyOwner')}
              </button>
            </div>
          ) : null}
          <TableScroll captionId="spbe-plan-caption" className="spbe-plan-scroll">
            <table className="spbe-plan-table">
              <caption id="spbe-plan-caption">{t('plan.caption', { n: rows.length })}</caption>
              <thead>
                <tr>
                  <th scope="col" className="numeric">
                    {t('plan.colNumber')}
                  </th>
                  <th scope="col">{t('plan.colIndicator')}</th>
                  <th scope="col">{t('plan.colLevels')}</th>
                  <th scope="col" className="numeric">
                    {t('plan.colGain')}
                  </th>
                  <th scope="col">{t('plan.colContent')}</th>
                  {canSave ? (
                    <>
                      <th scope="col">{t('plan.colOwner')}</th>
                      <th scope="col">{t('plan.colDue')}</th>
                    </>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {rows.map((row, position) => (
                  <PlanRowView
                    key={row.indicatorCode}
                    row={row}
                    position={position}
                    draft={drafts[position] ?? { owner: '', dueDate: '' }}
                    defaultOwner={defaultOwner.trim()}
                    canSave={canSave}
                    lang={lang}
                    onChange={(change) => setDraft(position, change)}
                  />
                ))}
              </tbody>
            </table>
          </TableScroll>
          <div className="spbe-actions no-print">
            {canSave ? (
              <button type="submit" className="button button-primary" disabled={saving.loading}>
                {saving.loading ? t('common.saving') : t('plan.save')}
              </button>
            ) : null}
            <button type="button" className="button button-secondary" onClick={() => window.print()}>
              {t('plan.print')}
            </button>
          </div>
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

function PlanRowView({
  row,
  position,
  draft,
  defaultOwner,
  canSave,
  lang,
  onChange,
}: {
  row: PlanRow;
  position: number;
  draft: RowDraft;
  defaultOwner: string;
  canSave: boolean;
  lang: string;
  onChange(change: Partial<RowDraft>): void;
}) {
  const { t } = useTranslation('assessments');
  const format = useFormat();
  const ownerId = `spbe-plan-owner-${position}`;
  const dueId = `spbe-plan-due-${position}`;
  return (
    <tr>
      <td className="numeric">{position + 1}</td>
      <th scope="row">
        {row.indicatorCode} · {row.indicatorName}
      </th>
      <td className="spbe-plan-levels">{t('plan.fromTo', { from: row.fromLevel, to: row.toLevel })}</td>
      <td className="numeric">{formatGain(row.gain, lang)}</td>
      <td>
        {row.content.length > 0 ? (
          <ul className="spbe-plan-content">
            {row.content.map((item) => (
              <li key={item.id}>
                <Link to={`/konten/${item.id}`}>{item.publishedRevision?.title ?? item.id}</Link> ({t(`contentTypes.${item.type}`)})
              </li>
            ))}
          </ul>
        ) : (
          t('plan.noContent')
        )}
      </td>
      {canSave ? (
        <>
          <td>
            <label htmlFor={ownerId} className="visually-hidden">
              {t('plan.owner', { code: row.indicatorCode })}
            </label>
            <input
              id={ownerId}
              name={ownerId}
              className="spbe-plan-input"
              value={draft.owner}
              placeholder={defaultOwner || undefined}
              onChange={(event) => onChange({ owner: event.target.value })}
            />
            {/* Printed instead of the empty field: the owner the row is saved with. */}
            <span className="print-only">{draft.owner.trim() || defaultOwner}</span>
          </td>
          <td>
            <label htmlFor={dueId} className="visually-hidden">
              {t('plan.dueDate', { code: row.indicatorCode })}
            </label>
            <input
              id={dueId}
              name={dueId}
              type="date"
              className="spbe-plan-input"
              value={draft.dueDate}
              onChange={(event) => onChange({ dueDate: event.target.value })}
            />
            <span className="print-only">{draft.dueDate ? format.day(draft.dueDate) : ''}</span>
          </td>
        </>
      ) : null}
    </tr>
  );
}
