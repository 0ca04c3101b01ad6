import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorSummary, type SummaryItem } from '../../../components/ErrorSummary';
import { SelectField, TextAreaField, TextField } from '../../../components/FormField';
import { PageHeading } from '../../../components/PageHeading';
import { ErrorState, LoadingState } from '../../../components/States';
import type { AdoptionStepFieldsFragment, StepStatus } from '../../../gql/graphql';
import { type ApiError, errorMessage, isConflict, toApiError } from '../../../lib/errors';
import { downloadFile, EVIDENCE_FILE_ACCEPT, FileTransferError } from '../../../lib/file-upload';
import { useCan } from '../../../lib/use-can';
import { useFormat } from '../../../lib/use-format';
import { uploadStepEvidenceFile } from '../api/evidence-file';
import { PlaybookAdoptionQuery, UpdateAdoptionStepMutation } from '../api/operations';
import '../replication.css';

export const STEP_STATUSES: StepStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'BLOCKED'];

const apiErrorOf = (error: unknown): ApiError => (error instanceof FileTransferError ? error.apiError : toApiError(error));

/** /replikasi/:adoptionId — the steps of one region's replication of a playbook. */
export default function AdoptionPage() {
  const { t } = useTranslation('replication');
  const can = useCan();
  const { adoptionId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PlaybookAdoptionQuery, {
    variables: { id: adoptionId },
    fetchPolicy: 'cache-and-network',
  });
  const adoption = data?.playbookAdoption;
  const title = adoption
    ? t('adoption.title', { playbook: adoption.playbook.publishedRevision?.title ?? '', region: adoption.region.name })
    : t('adoption.titleLoading');
  const done = adoption?.steps.filter((step) => step.status === 'DONE').length ?? 0;

  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p>
        <Link to="/replikasi">{t('adoption.back')}</Link>
      </p>
      {loading && !adoption ? <LoadingState /> : null}
      {error && !adoption ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {adoption ? (
        <>
          <p>
            {t('adoption.progress', { done, total: adoption.steps.length })}{' '}
            <Link to={`/konten/${adoption.playbook.id}`}>{t('adoption.openPlaybook')}</Link>
          </p>
          <ol className="spbe-steps">
            {[...adoption.steps]
              .sort((a, b) => a.position - b.position)
              .map((step) => (
                <li key={step.stepKey}>
                  <StepCard adoptionId={adoption.id} step={step} canEdit={can('coordinateRegions')} onReload={() => void refetch()} />
                </li>
              ))}
          </ol>
        </>
      ) : null}
    </>
  );
}

function StepCard({
  adoptionId,
  step,
  canEdit,
  onReload,
}: {
  adoptionId: string;
  step: AdoptionStepFieldsFragment;
  canEdit: boolean;
  onReload(): void;
}) {
  const { t } = useTranslation('replication');
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const headingId = `spbe-step-${step.stepKey}`;
  return (
    <article className="card" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        {t('adoption.stepTitle', { position: step.position, title: step.title })}
      </h2>
      <p className={`spbe-status spbe-status-${step.status}`}>{t(`stepStatus.${step.status}`)}</p>
      <dl className="spbe-dl">
        <dt>{t('adoption.responsibleRole')}</dt>
        <dd>{step.responsibleRole}</dd>
        <dt>{t('adoption.estimatedDays')}</dt>
        <dd>{t('adoption.days', { n: step.estimatedDays })}</dd>
        <dt>{t('adoption.expectedEvidence')}</dt>
        <dd>{step.expectedEvidence}</dd>
        <dt>{t('adoption.owner')}</dt>
        <dd>{step.owner || t('common.notSet')}</dd>
        <dt>{t('adoption.evidence')}</dt>
        <dd>
          {step.evidenceUrl ? (
            <a href={step.evidenceUrl} rel="noopener noreferrer" target="_blank">
              {step.evidenceUrl}
            </a>
          ) : null}
          {step.evidenceUrl && step.evidenceNote ? ' · ' : null}
          {step.evidenceNote}
          {step.evidenceFilePath && step.evidenceFileName ? (
            <EvidenceFileLink path={step.evidenceFilePath} name={step.evidenceFileName} />
          ) : null}
          {!step.evidenceUrl && !step.evidenceNote && !step.evidenceFilePath ? t('common.notSet') : null}
        </dd>
        {step.status === 'BLOCKED' && step.blockedReason ? (
          <>
            <dt>{t('adoption.blockedReason')}</dt>
            <dd>{step.blockedReason}</dd>
          </>
        ) : null}
        <dt>{t('adoption.startedOn')}</dt>
        <dd>{step.startedOn ? format.day(step.startedOn) : '–'}</dd>
        <dt>{t('adoption.doneOn')}</dt>
        <dd>{step.doneOn ? format.day(step.doneOn) : '–'}</dd>
      </dl>
      {canEdit && !editing ? (
        <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
          {t('adoption.edit', { position: step.position })}
        </button>
      ) : null}
      {canEdit && editing ? <StepForm adoptionId={adoptionId} step={step} onDone={() => setEditing(false)} onReload={onReload} /> : null}
    </article>
  );
}

function StepForm({
  adoptionId,
  step,
  onDone,
  onReload,
}: {
  adoptionId: string;
  step: AdoptionStepFieldsFragment;
  onDone(): void;
  onReload(): void;
}) {
  const { t } = useTranslation('replication');
  const prefix = `spbe-step-${step.stepKey}`;
  const [status, setStatus] = useState<StepStatus>(step.status);
  const [blockedReason, setBlockedReason] = useState(step.blockedReason ?? '');
  const [owner, setOwner] = useState(step.owner);
  const [evidenceUrl, setEvidenceUrl] = useState(step.evidenceUrl ?? '');
  const [evidenceNote, setEvidenceNote] = useState(step.evidenceNote);
  const [startedOn, setStartedOn] = useState(step.startedOn ?? '');
  const [doneOn, setDoneOn] = useState(step.doneOn ?? '');
  const [issues, setIssues] = useState<SummaryItem[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const [update, updating] = useMutation(UpdateAdoptionStepMutation);

  const fieldError = (id: string) => issues.find((issue) => issue.fieldId === id)?.message;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const found: SummaryItem[] = [];
    if (status === 'DONE' && !evidenceUrl.trim() && !evidenceNote.trim() && !step.evidenceFilePath) {
      found.push({ fieldId: `${prefix}-evidence-url`, message: t('adoption.evidenceRequired') });
    }
    if (status === 'BLOCKED' && !blockedReason.trim()) {
      found.push({ fieldId: `${prefix}-blocked`, message: t('adoption.reasonRequired') });
    }
    setIssues(found);
    if (found.length > 0) {
      setTimeout(() => summaryRef.current?.focus(), 0);
      return;
    }
    try {
      await update({
        variables: {
          input: {
            adoptionId,
            stepKey: step.stepKey,
            status,
            blockedReason: status === 'BLOCKED' ? blockedReason.trim() : null,
            owner: owner.trim(),
            evidenceUrl: evidenceUrl.trim() || null,
            evidenceNote: evidenceNote.trim(),
            startedOn: startedOn || null,
            doneOn: doneOn || null,
            version: step.version,
          },
        },
        update(cache, { data }) {
          const saved = data?.updateAdoptionStep;
          if (!saved) return;
          cache.updateQuery({ query: PlaybookAdoptionQuery, variables: { id: adoptionId } }, (previous) =>
            previous
              ? {
                  playbookAdoption: {
                    ...previous.playbookAdoption,
                    steps: previous.playbookAdoption.steps.map((s) => (s.stepKey === saved.stepKey ? { ...s, ...saved } : s)),
                  },
                }
              : previous,
          );
        },
      });
      onDone();
    } catch (error) {
      setFailure(toApiError(error));
      setTimeout(() => failureRef.current?.focus(), 0);
    }
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('adoption.formLabel', { position: step.position })}>
      <ErrorSummary ref={summaryRef} items={issues} />
      {failure ? (
        <div className="notice notice-error" role="alert" tabIndex={-1} ref={failureRef}>
          <p>{errorMessage(t, failure)}</p>
          {isConflict(failure) ? (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                onReload();
                onDone();
              }}
            >
              {t('common.reload')}
            </button>
          ) : null}
        </div>
      ) : null}
      <SelectField
        id={`${prefix}-status`}
        label={t('adoption.status')}
        value={status}
        onValueChange={(value) => setStatus(value as StepStatus)}
      >
        {STEP_STATUSES.map((value) => (
          <option key={value} value={value}>
            {t(`stepStatus.${value}`)}
          </option>
        ))}
      </SelectField>
      {status === 'BLOCKED' ? (
        <TextField
          id={`${prefix}-blocked`}
          label={t('adoption.blockedReason')}
          value={blockedReason}
          error={fieldError(`${prefix}-blocked`)}
          onValueChange={setBlockedReason}
        />
      ) : null}
      <TextField id={`${prefix}-owner`} label={t('adoption.owner')} value={owner} onValueChange={setOwner} />
      <TextField
        id={`${prefix}-evidence-url`}
        type="url"
        label={t('adoption.evidenceUrl')}
        hint={t('adoption.evidenceHint')}
        value={evidenceUrl}
        error={fieldError(`${prefix}-evidence-url`)}
        onValueChange={setEvidenceUrl}
      />
      <TextAreaField
        id={`${prefix}-evidence-note`}
        label={t('adoption.evidenceNote')}
        rows={2}
        value={evidenceNote}
        onValueChange={setEvidenceNote}
      />
      <EvidenceFileField adoptionId={adoptionId} step={step} prefix={prefix} />
      <TextField id={`${prefix}-started`} type="date" label={t('adoption.startedOn')} value={startedOn} onValueChange={setStartedOn} />
      <TextField id={`${prefix}-done`} type="date" label={t('adoption.doneOn')} value={doneOn} onValueChange={setDoneOn} />
      <div className="spbe-actions">
        <button type="submit" className="button button-primary" disabled={updating.loading}>
          {updating.loading ? t('common.saving') : t('adoption.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('adoption.cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * The stored evidence file. The route wants the session's bearer token, so the click fetches it with
 * the token and saves it; the href keeps it a real link for screen readers and keyboards.
 */
function EvidenceFileLink({ path, name }: { path: string; name: string }) {
  const { t } = useTranslation('replication');
  const [failure, setFailure] = useState<ApiError | null>(null);
  return (
    <span className="spbe-evidence-file">
      <a
        href={path}
        download={name}
        onClick={(event) => {
          event.preventDefault();
          setFailure(null);
          downloadFile(path, name).catch((error: unknown) => setFailure(apiErrorOf(error)));
        }}
      >
        {t('adoption.download', { name })}
      </a>
      {failure ? (
        <span className="field-error" role="alert">
          {errorMessage(t, failure)}
        </span>
      ) : null}
    </span>
  );
}

type UploadState = { kind: 'idle' } | { kind: 'uploading'; name: string } | { kind: 'uploaded'; name: string };

/**
 * Uploads the step's evidence file at once (its own request, not part of "Save step"). The server bumps
 * the step's version, so the answer goes into the cache: the form then saves with the new version.
 */
function EvidenceFileField({ adoptionId, step, prefix }: { adoptionId: string; step: AdoptionStepFieldsFragment; prefix: string }) {
  const { t } = useTranslation('replication');
  const client = useApolloClient();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<UploadState>({ kind: 'idle' });
  const [failure, setFailure] = useState<ApiError | null>(null);
  const inputId = `${prefix}-file`;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;

  const upload = async () => {
    setFailure(null);
    if (!file) {
      setFailure({ reason: 'FILE_MISSING', params: {}, fields: [], network: false });
      inputRef.current?.focus();
      return;
    }
    setState({ kind: 'uploading', name: file.name });
    try {
      const saved = await uploadStepEvidenceFile(adoptionId, step.stepKey, file);
      client.cache.updateQuery({ query: PlaybookAdoptionQuery, variables: { id: adoptionId } }, (previous) =>
        previous
          ? {
              playbookAdoption: {
                ...previous.playbookAdoption,
                steps: previous.playbookAdoption.steps.map((s) =>
                  s.stepKey === saved.stepKey
                    ? { ...s, evidenceFileName: saved.evidenceFileName, evidenceFilePath: saved.evidenceFilePath, version: saved.version }
                    : s,
                ),
              },
            }
          : previous,
      );
      setState({ kind: 'uploaded', name: saved.evidenceFileName ?? file.name });
      setFile(null);
      if (inputRef.current) inputRef.current.value = '';
    } catch (error) {
      setState({ kind: 'idle' });
      setFailure(apiErrorOf(error));
      inputRef.current?.focus();
    }
  };

  return (
    <div className="field spbe-file-field">
      <label htmlFor={inputId}>{t('adoption.evidenceFile')}</label>
      <p className="field-hint" id={hintId}>
        {t('adoption.evidenceFileHint')}
        {step.evidenceFileName ? ` ${t('adoption.evidenceFileCurrent', { name: step.evidenceFileName })}` : null}
      </p>
      {failure ? (
        <p className="field-error" id={errorId} role="alert">
          {errorMessage(t, failure)}
        </p>
      ) : null}
      <div className="spbe-file-row">
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          accept={EVIDENCE_FILE_ACCEPT}
          aria-describedby={failure ? `${hintId} ${errorId}` : hintId}
          aria-invalid={failure ? true : undefined}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setFailure(null);
            setState({ kind: 'idle' });
          }}
        />
        <button type="button" className="button button-secondary" disabled={state.kind === 'uploading'} onClick={() => void upload()}>
          {t('adoption.upload')}
        </button>
      </div>
      <p role="status" className="spbe-file-status">
        {state.kind === 'uploading' ? t('adoption.uploading', { name: state.name }) : null}
        {state.kind === 'uploaded' ? t('adoption.uploaded', { name: state.name }) : null}
      </p>
    </div>
  );
}
