import { useMutation, useQuery } from '@apollo/client/react';
import { AssessmentsErrorReason, FrameworkCode, frameworkForYear } from '@living-lab/shared';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router-dom';
import { CsvExportButton } from '../../../components/CsvExportButton';
import { SelectField, TextAreaField, TextField } from '../../../components/FormField';
import { PageHeading } from '../../../components/PageHeading';
import { ErrorState, LoadingState } from '../../../components/States';
import type { AssessmentFieldsFragment } from '../../../gql/graphql';
import { type ApiError, errorMessage, isConflict, toApiError } from '../../../lib/errors';
import { useRegionName } from '../../../lib/regions';
import { formatIndex } from '../../../lib/spbe-format';
import { useCan } from '../../../lib/use-can';
import {
  FinalizeSpbeAssessmentMutation,
  ReopenSpbeAssessmentMutation,
  SaveSpbeAssessmentMutation,
  SpbeAssessmentQuery,
  SpbeFrameworkFullQuery,
} from '../api/operations';
import { type Framework, indicatorCodesIn, indicatorsOf, liveIndex } from '../components/framework';
import { RegionSwitch } from '../components/RegionSwitch';
import { SpbeTabs } from '../components/SpbeTabs';
import '../assessments.css';

interface Entry {
  level: string;
  evidenceUrl: string;
  note: string;
}
type Entries = Record<string, Entry>;

const EMPTY: Entry = { level: '', evidenceUrl: '', note: '' };

function entriesOf(assessment: AssessmentFieldsFragment | null | undefined): Entries {
  const entries: Entries = {};
  for (const level of assessment?.levels ?? []) {
    entries[level.indicatorCode] = { level: String(level.level), evidenceUrl: level.evidenceUrl ?? '', note: level.note };
  }
  return entries;
}

/** /spbe/wilayah/:regionCode/penilaian/:year — a coordinator's self-assessment of the 47 indicators. */
export default function AssessmentEditorPage() {
  const { t } = useTranslation('assessments');
  const can = useCan();
  const { regionCode = '', year: yearParam = '' } = useParams();
  const year = Number.parseInt(yearParam, 10);
  // The framework the year is scored on, as the server saves it (59/2020 for 2021-2025), not the one in force today.
  const frameworkCode = frameworkForYear(year)?.code;
  // From 2026 a region is evaluated on the Indeks Pemerintah Digital, which has its own page (owners, evidence, verdicts).
  const pemdiYear = frameworkCode === FrameworkCode.PERMENPANRB_8_2026;
  const framework = useQuery(SpbeFrameworkFullQuery, {
    variables: { code: frameworkCode ?? '' },
    skip: frameworkCode === undefined || pemdiYear,
  });
  const assessment = useQuery(SpbeAssessmentQuery, {
    variables: { regionCode, year },
    skip: !can('coordinateRegions') || !Number.isInteger(year) || pemdiYear,
    fetchPolicy: 'network-only',
  });
  const regionName = useRegionName(regionCode);
  const heading = regionName
    ? t('assessment.title', { year: yearParam, region: regionName })
    : t('assessment.titleNoRegion', { year: yearParam });

  if (pemdiYear) return <Navigate to={`/spbe/wilayah/${regionCode}/pemdi/${year}`} replace />;
  if (!can('coordinateRegions')) {
    return (
      <>
        <PageHeading>{heading}</PageHeading>
        <p className="notice notice-error" role="alert">
          {t('assessment.noAccess')}
        </p>
      </>
    );
  }
  const loading = (framework.loading && !framework.data) || (assessment.loading && !assessment.data);
  const error = framework.error ?? assessment.error;
  return (
    <>
      <PageHeading>{heading}</PageHeading>
      <RegionSwitch regionCode={regionCode} path={(code) => `/spbe/wilayah/${code}/penilaian/${yearParam}`} />
      <SpbeTabs regionCode={regionCode} />
      <CsvExportButton
        path="/exports/spbe-assessments.csv"
        params={{ region: regionCode }}
        fileName={`penilaian-spbe-${regionCode}.csv`}
        label={t('assessment.downloadCsv')}
      />
      {loading ? <LoadingState /> : null}
      {error && !loading ? (
        <ErrorState
          error={error}
          onRetry={() => {
            void framework.refetch();
            void assessment.refetch();
          }}
        />
      ) : null}
      {framework.data && assessment.data && !error ? (
        <AssessmentForm
          key={`${regionCode}/${year}`}
          regionCode={regionCode}
          year={year}
          framework={framework.data.spbeFramework}
          initial={assessment.data.spbeAssessment ?? null}
          onReload={async () => (await assessment.refetch()).data?.spbeAssessment ?? null}
        />
      ) : null}
    </>
  );
}

interface FormProps {
  regionCode: string;
  year: number;
  framework: Framework;
  initial: AssessmentFieldsFragment | null;
  onReload(): Promise<AssessmentFieldsFragment | null>;
}

function AssessmentForm({ regionCode, year, framework, initial, onReload }: FormProps) {
  const { t, i18n } = useTranslation('assessments');
  const [current, setCurrent] = useState<AssessmentFieldsFragment | null>(initial);
  const [entries, setEntries] = useState<Entries>(() => entriesOf(initial));
  const [dirty, setDirty] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState('');
  const [save, saving] = useMutation(SaveSpbeAssessmentMutation);
  const [finalize, finalizing] = useMutation(FinalizeSpbeAssessmentMutation);
  const [reopen, reopening] = useMutation(ReopenSpbeAssessmentMutation);
  const alertRef = useRef<HTMLDivElement>(null);
  const busy = saving.loading || finalizing.loading || reopening.loading;
  const isFinal = current?.status === 'FINAL';
  const indicators = indicatorsOf(framework);

  useEffect(() => {
    if (failure) alertRef.current?.focus();
  }, [failure]);

  const levels = useMemo(() => {
    const map: Record<string, number> = {};
    for (const [code, entry] of Object.entries(entries)) if (entry.level) map[code] = Number(entry.level);
    return map;
  }, [entries]);
  const live = liveIndex(framework, levels);
  const filled = indicators.filter((indicator) => levels[indicator.code] !== undefined).length;
  const missingLocally = indicators.filter((indicator) => levels[indicator.code] === undefined).map((indicator) => indicator.code);

  const update = (code: string, patch: Partial<Entry>) => {
    setEntries((previous) => ({ ...previous, [code]: { ...(previous[code] ?? EMPTY), ...patch } }));
    setDirty(true);
    setNotice('');
  };

  const adopt = (assessment: AssessmentFieldsFragment) => {
    setCurrent(assessment);
    setEntries(entriesOf(assessment));
    setDirty(false);
  };

  async function saveDraft(): Promise<AssessmentFieldsFragment | null> {
    const input = {
      regionCode,
      year,
      levels: Object.entries(entries)
        .filter(([, entry]) => entry.level)
        .map(([indicatorCode, entry]) => ({
          indicatorCode,
          level: Number(entry.level),
          evidenceUrl: entry.evidenceUrl.trim() || null,
          note: entry.note.trim(),
        })),
      ...(current ? { version: current.version } : {}),
    };
    const result = await save({
      variables: { input },
      update(cache, { data }) {
        if (data)
          cache.writeQuery({
            query: SpbeAssessmentQuery,
            variables: { regionCode, year },
            data: { spbeAssessment: data.saveSpbeAssessment },
          });
      },
    });
    const saved = result.data?.saveSpbeAssessment ?? null;
    if (saved) adopt(saved);
    return saved;
  }

  async function run(action: () => Promise<string>) {
    setFailure(null);
    setNotice('');
    try {
      setNotice(await action());
    } catch (error) {
      setFailure(toApiError(error));
    }
  }

  const onSave = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await saveDraft();
      return t('assessment.saved');
    });
  };

  const onFinalize = () =>
    void run(async () => {
      const base = dirty || !current ? await saveDraft() : current;
      if (!base) return '';
      const result = await finalize({ variables: { input: { assessmentId: base.id, version: base.version } } });
      if (result.data) adopt(result.data.finalizeSpbeAssessment);
      return t('assessment.finalized', { index: formatIndex(result.data?.finalizeSpbeAssessment.index, i18n.language) });
    });

  const onReopen = () =>
    void run(async () => {
      let base = current;
      if (base?.status !== 'FINAL') base = await onReload();
      if (!base) return '';
      const result = await reopen({ variables: { input: { assessmentId: base.id, version: base.version } } });
      if (result.data) adopt(result.data.reopenSpbeAssessment);
      return t('assessment.reopened');
    });

  const onReloadLatest = () =>
    void run(async () => {
      const fresh = await onReload();
      if (fresh) adopt(fresh);
      return t('assessment.reloaded');
    });

  const finalProblem = failure?.reason === AssessmentsErrorReason.ASSESSMENT_FINAL;
  const missingFromServer = failure?.reason === AssessmentsErrorReason.INCOMPLETE_ASSESSMENT ? indicatorCodesIn(failure.fields) : [];
  const missing = missingFromServer.length > 0 ? missingFromServer : missingLocally;

  return (
    <form onSubmit={onSave} noValidate aria-busy={busy || undefined}>
      <div className="spbe-live">
        <p id="spbe-live-title" className="visually-hidden">
          {t('assessment.liveTitle')}
        </p>
        <p role="status" aria-live="polite">
          {live
            ? t('assessment.liveIndex', { index: formatIndex(live.index, i18n.language), predicate: live.predicate })
            : t('assessment.liveIncomplete', { filled, total: indicators.length })}
        </p>
        <p>
          {current
            ? t('assessment.statusLine', {
                status: t(`assessmentStatus.${current.status}`),
                version: current.version,
              })
            : t('assessment.notSaved')}
          {dirty ? ` · ${t('assessment.unsaved')}` : ''}
        </p>
      </div>

      {isFinal && !failure ? (
        <div className="notice notice-info">
          <p>
            {t('assessment.isFinal', {
              index: formatIndex(current?.index, i18n.language),
              predicate: current?.predicate ?? '',
            })}
          </p>
          <button type="button" className="button button-secondary" onClick={onReopen} disabled={busy}>
            {t('assessment.reopen')}
          </button>
        </div>
      ) : null}

      {failure ? (
        <div className="notice notice-error" role="alert" tabIndex={-1} ref={alertRef}>
          <p className="notice-title">{errorMessage(t, failure)}</p>
          {finalProblem ? (
            <>
              <p>{t('assessment.finalExplained')}</p>
              <button type="button" className="button button-secondary" onClick={onReopen} disabled={busy}>
                {t('assessment.reopen')}
              </button>
            </>
          ) : null}
          {failure.reason === AssessmentsErrorReason.INCOMPLETE_ASSESSMENT && missing.length > 0 ? (
            <>
              <p>{t('assessment.missing', { n: missing.length })}</p>
              <ul>
                {missing.map((code) => (
                  <li key={code}>
                    <a
                      href={`#spbe-level-${code}`}
                      onClick={(event) => {
                        event.preventDefault();
                        document.getElementById(`spbe-level-${code}`)?.focus();
                      }}
                    >
                      {code}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {isConflict(failure) ? (
            <button type="button" className="button button-secondary" onClick={onReloadLatest} disabled={busy}>
              {t('common.reload')}
            </button>
          ) : null}
        </div>
      ) : null}
      {notice ? (
        <p className="notice notice-success" role="status">
          {notice}
        </p>
      ) : (
        <p className="visually-hidden" role="status" />
      )}

      {framework.domains.map((domain) => (
        <section key={domain.code} className="spbe-section" aria-labelledby={`spbe-domain-${domain.code}`}>
          <h2 id={`spbe-domain-${domain.code}`}>
            {domain.code} · {domain.name}
          </h2>
          {domain.aspects.map((aspect) => (
            <fieldset key={aspect.code} className="spbe-aspect">
              <legend>
                {aspect.code} · {aspect.name}
              </legend>
              {aspect.indicators.map((indicator) => {
                const entry = entries[indicator.code] ?? EMPTY;
                return (
                  <fieldset key={indicator.code} className="spbe-indicator">
                    <legend>
                      {indicator.code} · {indicator.name}
                    </legend>
                    <SelectField
                      id={`spbe-level-${indicator.code}`}
                      label={t('assessment.level', { code: indicator.code })}
                      value={entry.level}
                      disabled={isFinal}
                      onValueChange={(value) => update(indicator.code, { level: value })}
                    >
                      <option value="">{t('assessment.chooseLevel')}</option>
                      {framework.maturityLevels.map((level) => (
                        <option key={level.level} value={String(level.level)}>
                          {level.level} – {level.name}
                        </option>
                      ))}
                    </SelectField>
                    <TextField
                      id={`spbe-evidence-${indicator.code}`}
                      type="url"
                      label={t('assessment.evidence', { code: indicator.code })}
                      hint={undefined}
                      value={entry.evidenceUrl}
                      disabled={isFinal}
                      onValueChange={(value) => update(indicator.code, { evidenceUrl: value })}
                    />
                    <TextAreaField
                      id={`spbe-note-${indicator.code}`}
                      label={t('assessment.note', { code: indicator.code })}
                      rows={2}
                      value={entry.note}
                      disabled={isFinal}
                      onValueChange={(value) => update(indicator.code, { note: value })}
                    />
                  </fieldset>
                );
              })}
            </fieldset>
          ))}
        </section>
      ))}

      <div className="spbe-actions">
        <button type="submit" className="button button-secondary" disabled={busy || isFinal}>
          {saving.loading ? t('common.saving') : t('assessment.saveDraft')}
        </button>
        <button type="button" className="button button-primary" onClick={onFinalize} disabled={busy || isFinal}>
          {t('assessment.finalize')}
        </button>
        <Link to={`/spbe/wilayah/${regionCode}/simulasi`}>{t('assessment.toSimulator')}</Link>
      </div>
    </form>
  );
}
