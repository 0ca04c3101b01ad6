import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '../../../components/FormField';
import { ErrorState, LoadingState } from '../../../components/States';
import type {
  PemdiEvaluationDetailQuery as DetailData,
  EvidenceVerdict,
  PemdiEvaluationFieldsFragment,
  PemdiPlanBasis,
} from '../../../gql/graphql';

const VERDICTS: EvidenceVerdict[] = ['ACCEPTED', 'TO_REVISE', 'REJECTED'];
const PLAN_BASES: PemdiPlanBasis[] = ['SIMULATED', 'SELF_ASSESSED'];

import { useAuth } from '../../../lib/auth';
import { type ApiError, toApiError, useErrorMessage } from '../../../lib/errors';
import { formatIndex, parseIndex } from '../../../lib/spbe-format';
import { downloadEvidenceFile, EvidenceUploadError, uploadEvidenceFile } from '../api/evidence-files';
import {
  AddPemdiEvidenceLinkMutation,
  AssignPemdiOwnersMutation,
  PemdiEvaluationDetailQuery,
  PemdiIndexPlanQuery,
  PemdiOwnerCandidatesQuery,
  RecordEvidenceVerdictMutation,
  RemovePemdiEvidenceMutation,
  SavePemdiIndicatorMutation,
  SubmitPemdiEvaluationMutation,
} from '../api/pemdi-operations';

type Detail = NonNullable<DetailData['pemdiEvaluation']>;
type Entry = Detail['indicators'][number];
type Item = Entry['evidence'][number];

const apiErrorOf = (error: unknown): ApiError => (error instanceof EvidenceUploadError ? error.apiError : toApiError(error));

function Failure({ error }: { error: ApiError | null }) {
  const message = useErrorMessage();
  if (!error) return null;
  return (
    <p className="notice notice-error" role="alert">
      {message(error)}
    </p>
  );
}

/** The team's part of the page: owners, values, evidence, verdicts, what is open, "plan for me". */
export function PemdiEvaluationWork({
  evaluation,
  regionCode,
  onChanged,
}: {
  evaluation: PemdiEvaluationFieldsFragment;
  regionCode: string;
  onChanged(): void;
}) {
  const { t } = useTranslation('assessments');
  const detail = useQuery(PemdiEvaluationDetailQuery, { variables: { regionCode, year: evaluation.year }, fetchPolicy: 'network-only' });
  const refresh = () => {
    void detail.refetch();
    onChanged();
  };
  if (detail.loading && !detail.data) return <LoadingState />;
  if (detail.error) return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  const data = detail.data?.pemdiEvaluation;
  if (!data) return null;
  return (
    <>
      <OpenItems items={data.openItems} />
      {evaluation.viewer.coordinates ? <CoordinatorBar evaluation={evaluation} entries={data.indicators} onChanged={refresh} /> : null}
      <section aria-labelledby="pemdi-indicators">
        <h2 id="pemdi-indicators">{t('pemdi.indicators.title')}</h2>
        <ol className="pemdi-indicators">
          {data.indicators.map((entry) => (
            <IndicatorCard key={entry.indicatorCode} evaluation={evaluation} entry={entry} onChanged={refresh} />
          ))}
        </ol>
      </section>
      {evaluation.viewer.coordinates ? <PemdiPlan evaluationId={evaluation.id} /> : null}
    </>
  );
}

/** What is still open, once by owner and once by indicator. */
function OpenItems({ items }: { items: Detail['openItems'] }) {
  const { t } = useTranslation('assessments');
  const byOwner = new Map<string, Detail['openItems']>();
  for (const item of items) {
    const name = item.owner?.fullName ?? t('pemdi.open.noOwner');
    byOwner.set(name, [...(byOwner.get(name) ?? []), item]);
  }
  const byIndicator = new Map<string, Detail['openItems']>();
  for (const item of items) {
    const key = `${item.indicatorCode} ${item.indicatorName}`;
    byIndicator.set(key, [...(byIndicator.get(key) ?? []), item]);
  }
  const line = (item: Detail['openItems'][number], withIndicator: boolean) =>
    `${withIndicator ? `${item.indicatorCode}: ` : ''}${t(`pemdi.open.kind.${item.kind}`)}${item.note ? ` — ${item.note}` : ''}`;
  return (
    <section aria-labelledby="pemdi-open" className="pemdi-open">
      <h2 id="pemdi-open">{t('pemdi.open.title', { count: items.length })}</h2>
      {items.length === 0 ? (
        <p>{t('pemdi.open.none')}</p>
      ) : (
        <div className="pemdi-open-columns">
          <div>
            <h3>{t('pemdi.open.byOwner')}</h3>
            <ul>
              {[...byOwner].map(([owner, list]) => (
                <li key={owner}>
                  <strong>{owner}</strong>
                  <ul>
                    {list.map((item, index) => (
                      <li key={`${item.indicatorCode}-${item.kind}-${item.evidenceItemId ?? index}`}>{line(item, true)}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3>{t('pemdi.open.byIndicator')}</h3>
            <ul>
              {[...byIndicator].map(([indicator, list]) => (
                <li key={indicator}>
                  <strong>{indicator}</strong>
                  <ul>
                    {list.map((item, index) => (
                      <li key={`${item.kind}-${item.evidenceItemId ?? index}`}>
                        {line(item, false)}
                        {item.owner ? ` (${item.owner.fullName})` : ''}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </section>
  );
}

/** Coordinators: assign owners, submit (again after revisions). */
function CoordinatorBar({
  evaluation,
  entries,
  onChanged,
}: {
  evaluation: PemdiEvaluationFieldsFragment;
  entries: Entry[];
  onChanged(): void;
}) {
  const { t } = useTranslation('assessments');
  const candidates = useQuery(PemdiOwnerCandidatesQuery, { variables: { evaluationId: evaluation.id } });
  const [owners, setOwners] = useState<Record<string, string>>(() =>
    Object.fromEntries(entries.map((entry) => [entry.indicatorCode, entry.owner?.id ?? ''])),
  );
  const [assign, assigning] = useMutation(AssignPemdiOwnersMutation);
  const [submit, submitting] = useMutation(SubmitPemdiEvaluationMutation);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState('');
  const people = candidates.data?.pemdiOwnerCandidates ?? [];

  const saveOwners = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setNotice('');
    try {
      await assign({
        variables: {
          input: {
            evaluationId: evaluation.id,
            version: evaluation.version,
            assignments: entries.map((entry) => ({ indicatorCode: entry.indicatorCode, ownerId: owners[entry.indicatorCode] || null })),
          },
        },
      });
      setNotice(t('pemdi.owners.saved'));
      onChanged();
    } catch (error) {
      setFailure(toApiError(error));
    }
  };

  return (
    <section aria-labelledby="pemdi-coordination" className="pemdi-coordination">
      <h2 id="pemdi-coordination">{t('pemdi.owners.title')}</h2>
      <form onSubmit={saveOwners}>
        <div className="pemdi-owner-grid">
          {entries.map((entry) => (
            <SelectField
              key={entry.indicatorCode}
              id={`owner-${entry.indicatorCode}`}
              label={t('pemdi.owners.selectLabel', { code: entry.indicatorCode, name: entry.indicatorName })}
              value={owners[entry.indicatorCode] ?? ''}
              onValueChange={(value) => setOwners((current) => ({ ...current, [entry.indicatorCode]: value }))}
            >
              <option value="">{t('pemdi.owners.none')}</option>
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.agency ? `${person.fullName} (${person.agency})` : person.fullName}
                </option>
              ))}
            </SelectField>
          ))}
        </div>
        <button type="submit" className="button" disabled={assigning.loading}>
          {t('pemdi.owners.save')}
        </button>
      </form>
      <p>{t('pemdi.submit.hint')}</p>
      <button
        type="button"
        className="button"
        disabled={submitting.loading}
        onClick={async () => {
          setFailure(null);
          setNotice('');
          try {
            await submit({ variables: { input: { evaluationId: evaluation.id, version: evaluation.version } } });
            setNotice(t('pemdi.submit.done'));
            onChanged();
          } catch (error) {
            setFailure(toApiError(error));
          }
        }}
      >
        {evaluation.status === 'DRAFT' ? t('pemdi.submit.submit') : t('pemdi.submit.resubmit')}
      </button>
      <Failure error={failure} />
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
    </section>
  );
}

function IndicatorCard({ evaluation, entry, onChanged }: { evaluation: PemdiEvaluationFieldsFragment; entry: Entry; onChanged(): void }) {
  const { t, i18n } = useTranslation('assessments');
  const { user } = useAuth();
  const owns = !!user && entry.owner?.id === user.id;
  const current = entry.evidence.filter((item) => !item.replacedById);
  const toRevise = current.filter((item) => item.verdict === 'TO_REVISE');
  const mayAddEvidence = owns && (evaluation.status === 'DRAFT' || toRevise.length > 0);
  const headingId = `indicator-${entry.indicatorCode}`;
  return (
    <li className="pemdi-indicator" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {entry.indicatorCode} {entry.indicatorName}
      </h3>
      <p className="muted">
        {t('pemdi.indicators.meta', {
          aspect: entry.aspectCode,
          weight: (entry.weightBp / 100).toLocaleString(i18n.language),
          owner: entry.owner?.fullName ?? t('pemdi.owners.none'),
        })}
      </p>
      {owns && evaluation.status === 'DRAFT' ? (
        <ValueForm evaluationId={evaluation.id} entry={entry} onChanged={onChanged} />
      ) : (
        <p>
          {t('pemdi.indicators.value', { value: formatIndex(entry.value, i18n.language) })}
          {entry.justification ? ` — ${entry.justification}` : ''}
        </p>
      )}
      <h4>{t('pemdi.evidence.title')}</h4>
      {entry.evidence.length === 0 ? <p>{t('pemdi.evidence.none')}</p> : null}
      <ul className="pemdi-evidence">
        {entry.evidence.map((item) => (
          <EvidenceRow key={item.id} item={item} owns={owns} coordinates={evaluation.viewer.coordinates} onChanged={onChanged} />
        ))}
      </ul>
      {mayAddEvidence ? (
        <EvidenceForm evaluationId={evaluation.id} indicatorCode={entry.indicatorCode} toRevise={toRevise} onChanged={onChanged} />
      ) : null}
    </li>
  );
}

function ValueForm({ evaluationId, entry, onChanged }: { evaluationId: string; entry: Entry; onChanged(): void }) {
  const { t, i18n } = useTranslation('assessments');
  const [value, setValue] = useState(entry.value === null || entry.value === undefined ? '' : formatIndex(entry.value, i18n.language));
  const [justification, setJustification] = useState(entry.justification);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [save, saving] = useMutation(SavePemdiIndicatorMutation);
  const [saved, setSaved] = useState(false);
  const id = `value-${entry.indicatorCode}`;
  const parsed = parseIndex(value, i18n.language);
  return (
    <form
      className="pemdi-value-form"
      onSubmit={async (event) => {
        event.preventDefault();
        setFailure(null);
        setSaved(false);
        if (parsed === null) {
          setFailure({ reason: 'INVALID_VALUE', params: {}, fields: [{ field: 'value', message: 'value.invalid' }], network: false });
          return;
        }
        try {
          await save({
            variables: {
              input: { evaluationId, indicatorCode: entry.indicatorCode, value: parsed, justification, version: entry.version },
            },
          });
          setSaved(true);
          onChanged();
        } catch (error) {
          setFailure(toApiError(error));
        }
      }}
    >
      <TextField
        id={id}
        label={t('pemdi.indicators.valueLabel', { code: entry.indicatorCode })}
        hint={t('pemdi.indicators.valueHint')}
        inputMode="decimal"
        value={value}
        onValueChange={setValue}
        error={failure?.fields.some((field) => field.field === 'value') ? t('errors.INVALID_VALUE') : undefined}
      />
      <TextAreaField
        id={`justification-${entry.indicatorCode}`}
        label={t('pemdi.indicators.justification')}
        value={justification}
        onValueChange={setJustification}
        rows={3}
      />
      <button type="submit" className="button" disabled={saving.loading}>
        {t('pemdi.indicators.save', { code: entry.indicatorCode })}
      </button>
      <Failure error={failure} />
      {saved ? (
        <p className="notice" role="status">
          {t('pemdi.indicators.saved', { code: entry.indicatorCode })}
        </p>
      ) : null}
    </form>
  );
}

function EvidenceRow({ item, owns, coordinates, onChanged }: { item: Item; owns: boolean; coordinates: boolean; onChanged(): void }) {
  const { t } = useTranslation('assessments');
  const [remove] = useMutation(RemovePemdiEvidenceMutation);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const label = item.fileName ?? item.url ?? '';
  return (
    <li className={item.replacedById ? 'pemdi-evidence-replaced' : undefined}>
      {item.downloadPath ? (
        <button
          type="button"
          className="link-button"
          onClick={() => downloadEvidenceFile(item.downloadPath as string, label).catch((error: unknown) => setFailure(apiErrorOf(error)))}
        >
          {t('pemdi.evidence.download', { name: label })}
        </button>
      ) : (
        <a href={item.url ?? '#'} target="_blank" rel="noopener noreferrer">
          {label}
        </a>
      )}
      {item.note ? <span> — {item.note}</span> : null}
      <span className="pemdi-verdict">
        {' '}
        [
        {item.replacedById
          ? t('pemdi.evidence.replaced')
          : item.submittedRound === null
            ? t('pemdi.evidence.notSubmitted')
            : item.verdict
              ? t(`pemdi.verdict.${item.verdict}`)
              : t('pemdi.verdict.NONE')}
        ]
      </span>
      {item.assessorNote ? <p className="pemdi-assessor-note">{t('pemdi.evidence.assessorNote', { note: item.assessorNote })}</p> : null}
      {owns && item.submittedRound === null ? (
        <button
          type="button"
          className="button button-secondary"
          onClick={async () => {
            try {
              await remove({ variables: { itemId: item.id } });
              onChanged();
            } catch (error) {
              setFailure(toApiError(error));
            }
          }}
        >
          {t('pemdi.evidence.remove', { name: label })}
        </button>
      ) : null}
      {coordinates && item.submittedRound !== null && !item.replacedById ? (
        <VerdictForm item={item} label={label} onChanged={onChanged} />
      ) : null}
      <Failure error={failure} />
    </li>
  );
}

function VerdictForm({ item, label, onChanged }: { item: Item; label: string; onChanged(): void }) {
  const { t } = useTranslation('assessments');
  const [verdict, setVerdict] = useState<string>(item.verdict ?? 'ACCEPTED');
  const [note, setNote] = useState(item.assessorNote);
  const [record, recording] = useMutation(RecordEvidenceVerdictMutation);
  const [failure, setFailure] = useState<ApiError | null>(null);
  return (
    <form
      className="pemdi-verdict-form"
      aria-label={t('pemdi.verdict.formLabel', { name: label })}
      onSubmit={async (event) => {
        event.preventDefault();
        setFailure(null);
        try {
          await record({ variables: { input: { itemId: item.id, verdict: verdict as EvidenceVerdict, note, version: item.version } } });
          onChanged();
        } catch (error) {
          setFailure(toApiError(error));
        }
      }}
    >
      <SelectField id={`verdict-${item.id}`} label={t('pemdi.verdict.label', { name: label })} value={verdict} onValueChange={setVerdict}>
        {VERDICTS.map((value) => (
          <option key={value} value={value}>
            {t(`pemdi.verdict.${value}`)}
          </option>
        ))}
      </SelectField>
      <TextField id={`verdict-note-${item.id}`} label={t('pemdi.verdict.note', { name: label })} value={note} onValueChange={setNote} />
      <button type="submit" className="button" disabled={recording.loading}>
        {t('pemdi.verdict.record', { name: label })}
      </button>
      <Failure error={failure} />
    </form>
  );
}

function EvidenceForm({
  evaluationId,
  indicatorCode,
  toRevise,
  onChanged,
}: {
  evaluationId: string;
  indicatorCode: string;
  toRevise: Item[];
  onChanged(): void;
}) {
  const { t } = useTranslation('assessments');
  const [kind, setKind] = useState<'FILE' | 'LINK'>('FILE');
  const [file, setFile] = useState<File | null>(null);
  const [url, setUrl] = useState('');
  const [note, setNote] = useState('');
  const [replaces, setReplaces] = useState(toRevise[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [addLink] = useMutation(AddPemdiEvidenceLinkMutation);
  const prefix = `evidence-${indicatorCode}`;
  return (
    <form
      className="pemdi-evidence-form"
      aria-label={t('pemdi.evidence.formLabel', { code: indicatorCode })}
      onSubmit={async (event) => {
        event.preventDefault();
        setFailure(null);
        setBusy(true);
        try {
          if (kind === 'FILE') {
            if (!file) {
              setFailure({ reason: 'FILE_MISSING', params: {}, fields: [], network: false });
              return;
            }
            await uploadEvidenceFile(evaluationId, indicatorCode, file, { note, replacesItemId: replaces || null });
          } else {
            await addLink({ variables: { input: { evaluationId, indicatorCode, url, note, replacesItemId: replaces || null } } });
          }
          setFile(null);
          setUrl('');
          setNote('');
          onChanged();
        } catch (error) {
          setFailure(apiErrorOf(error));
        } finally {
          setBusy(false);
        }
      }}
    >
      <fieldset>
        <legend>{t('pemdi.evidence.add', { code: indicatorCode })}</legend>
        <label>
          <input type="radio" name={`${prefix}-kind`} checked={kind === 'FILE'} onChange={() => setKind('FILE')} />{' '}
          {t('pemdi.evidence.kindFile')}
        </label>
        <label>
          <input type="radio" name={`${prefix}-kind`} checked={kind === 'LINK'} onChange={() => setKind('LINK')} />{' '}
          {t('pemdi.evidence.kindLink')}
        </label>
      </fieldset>
      {kind === 'FILE' ? (
        <div className="field">
          <label htmlFor={`${prefix}-file`}>{t('pemdi.evidence.file')}</label>
          <p className="field-hint" id={`${prefix}-file-hint`}>
            {t('pemdi.evidence.fileHint')}
          </p>
          <input
            id={`${prefix}-file`}
            type="file"
            aria-describedby={`${prefix}-file-hint`}
            accept=".pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx,.pptx,.odt,.ods"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </div>
      ) : (
        <TextField id={`${prefix}-url`} label={t('pemdi.evidence.url')} type="url" value={url} onValueChange={setUrl} />
      )}
      <TextField id={`${prefix}-note`} label={t('pemdi.evidence.note')} value={note} onValueChange={setNote} />
      {toRevise.length > 0 ? (
        <SelectField id={`${prefix}-replaces`} label={t('pemdi.evidence.replaces')} value={replaces} onValueChange={setReplaces}>
          <option value="">{t('pemdi.evidence.replacesNone')}</option>
          {toRevise.map((item) => (
            <option key={item.id} value={item.id}>
              {item.fileName ?? item.url}
            </option>
          ))}
        </SelectField>
      ) : null}
      <button type="submit" className="button" disabled={busy}>
        {t('pemdi.evidence.submit', { code: indicatorCode })}
      </button>
      <Failure error={failure} />
    </form>
  );
}

/** "Plan for me" on the Pemdi framework: from the simulated (default) or self-assessed values to the target. */
function PemdiPlan({ evaluationId }: { evaluationId: string }) {
  const { t, i18n } = useTranslation('assessments');
  const [basis, setBasis] = useState<PemdiPlanBasis>('SIMULATED');
  const [asked, setAsked] = useState(false);
  const plan = useQuery(PemdiIndexPlanQuery, { variables: { evaluationId, basis }, skip: !asked, fetchPolicy: 'network-only' });
  const result = plan.data?.pemdiIndexPlan;
  return (
    <section aria-labelledby="pemdi-plan" className="pemdi-plan">
      <h2 id="pemdi-plan">{t('pemdi.plan.title')}</h2>
      <fieldset>
        <legend>{t('pemdi.plan.basis')}</legend>
        {PLAN_BASES.map((value) => (
          <label key={value}>
            <input type="radio" name="pemdi-plan-basis" checked={basis === value} onChange={() => setBasis(value)} />{' '}
            {t(`pemdi.plan.${value}`)}
          </label>
        ))}
      </fieldset>
      <button type="button" className="button" onClick={() => (asked ? void plan.refetch() : setAsked(true))}>
        {t('pemdi.plan.make')}
      </button>
      {plan.loading ? <LoadingState /> : null}
      {plan.error ? <ErrorState error={plan.error} /> : null}
      {result ? (
        <div role="status">
          <p data-testid="pemdi-plan-summary">
            {t(result.reachable ? 'pemdi.plan.reaches' : 'pemdi.plan.unreachable', {
              from: formatIndex(result.currentIndex, i18n.language),
              to: formatIndex(result.plannedIndex, i18n.language),
              target: formatIndex(result.target, i18n.language),
              count: result.raises.length,
            })}
          </p>
          <p className="muted">{result.explanation}</p>
          <ol>
            {raisesByIndicator(result.raises).map((raise) => (
              <li key={raise.indicatorCode}>
                {t('pemdi.plan.raise', {
                  code: raise.indicatorCode,
                  name: raise.indicatorName,
                  from: formatIndex(raise.fromLevel, i18n.language),
                  to: formatIndex(raise.toLevel, i18n.language),
                })}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </section>
  );
}

/** The planner's raises of 0.25, one line per indicator: from its current value to its planned one, in the plan's order. */
export function raisesByIndicator<R extends { indicatorCode: string; indicatorName: string; fromLevel: number; toLevel: number }>(
  raises: readonly R[],
): R[] {
  const byCode = new Map<string, R>();
  for (const raise of raises) {
    const seen = byCode.get(raise.indicatorCode);
    byCode.set(raise.indicatorCode, seen ? { ...seen, toLevel: raise.toLevel } : raise);
  }
  return [...byCode.values()];
}
