import { useMutation } from '@apollo/client/react';
import { CONTENT_LANGUAGES, CONTENT_LEVELS, type ContentType } from '@living-lab/shared';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryItem } from '../../../../components/ErrorSummary';
import { SelectField, TextAreaField, TextField } from '../../../../components/FormField';
import { type ApiError, errorMessage, isConflict, issuesByField, toApiError } from '../../../../lib/errors';
import { useFocusOnChange } from '../../../../lib/use-focus-on-change';
import { CreateContentMutation, SubmitForReviewMutation, UpdateDraftMutation, WithdrawFromReviewMutation } from '../../api/editor';
import { CaseStudyEditor, LessonsEditor, PlaybookEditor } from './BodyEditors';
import { type EditorValues, fieldId, toDraftInput, validateDraftInput } from './draft';
import { IndicatorTagsField } from './IndicatorTagsField';

export interface OpenRevision {
  id: string;
  number: number;
  status: string;
  version: number;
}

export type CreatedNotice = 'saved' | 'submitted';

interface ContentEditorFormProps {
  type: ContentType;
  /** null while the item is not created yet. */
  itemId: string | null;
  revision: OpenRevision | null;
  initial: EditorValues;
  /** A new item was created (and maybe submitted): the page moves to its edit address. */
  onCreated(itemId: string, notice: CreatedNotice): void;
  /** Load the latest version after a conflict (throws the form's text away). */
  onReload(): void;
  /** A status message carried over from the creation. */
  initialNotice?: string;
}

export function ContentEditorForm({ type, itemId, revision, initial, onCreated, onReload, initialNotice = '' }: ContentEditorFormProps) {
  const { t } = useTranslation('content');
  const [values, setValues] = useState<EditorValues>(initial);
  const [saved, setSaved] = useState(() => JSON.stringify(toDraftInput(type, initial)));
  const [version, setVersion] = useState(revision?.version ?? 0);
  const [status, setStatus] = useState(revision?.status ?? 'DRAFT');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  /** Whether the listed problems stop a save (errors) or only the submission (missing parts). */
  const [incomplete, setIncomplete] = useState(false);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState(initialNotice);
  const [announcement, setAnnouncement] = useState('');
  const summaryRef = useRef<HTMLDivElement>(null);
  const [create, creating] = useMutation(CreateContentMutation);
  const [update, updating] = useMutation(UpdateDraftMutation);
  const [submitForReview, submitting] = useMutation(SubmitForReviewMutation);
  const [withdraw, withdrawing] = useMutation(WithdrawFromReviewMutation);
  const busy = creating.loading || updating.loading || submitting.loading || withdrawing.loading;
  const inReview = status === 'IN_REVIEW';
  const draftInput = toDraftInput(type, values);
  const dirty = !itemId || JSON.stringify(draftInput) !== saved;

  const focusSummary = () => requestAnimationFrame(() => summaryRef.current?.focus());
  // A conflict's alert sits above a long form: scrolled into view and focused (at 360 px it was 4 400 px
  // above the viewport). A save's, submission's or withdrawal's message likewise.
  const conflictRef = useFocusOnChange<HTMLDivElement>(isConflict(apiError) ? apiError : null);
  const noticeRef = useFocusOnChange<HTMLParagraphElement>(notice || null);
  const change = (update: (previous: EditorValues) => EditorValues) => setValues(update);
  const set = (field: 'title' | 'summary' | 'level' | 'estimatedMinutes' | 'language') => (value: string) =>
    setValues((previous) => ({ ...previous, [field]: value }));
  const errorOf = (path: string) => (fieldErrors[path] ? t(`validation.${fieldErrors[path]}`) : undefined);

  function failed(error: unknown, submitting = false) {
    const info = toApiError(error);
    setIncomplete(submitting && info.fields.length > 0);
    setFieldErrors(issuesByField(info.fields));
    setApiError(info);
    if (!isConflict(info)) focusSummary();
  }

  /** Validates and saves; the revision to act on next, or null when it did not work. */
  async function save(): Promise<{ itemId: string; revisionId: string; version: number; created: boolean } | null> {
    setApiError(null);
    setNotice('');
    // Saving needs only what keeps a draft storable; completeness is for the submission.
    const issues = validateDraftInput('draft', type, draftInput);
    setIncomplete(false);
    if (issues.length > 0) {
      setFieldErrors(issuesByField(issues));
      focusSummary();
      return null;
    }
    setFieldErrors({});
    try {
      if (!itemId || !revision) {
        const { data } = await create({ variables: { input: { type, draft: draftInput } } });
        const item = data?.createContent;
        if (!item?.workingRevision) return null;
        setSaved(JSON.stringify(draftInput));
        return { itemId: item.id, revisionId: item.workingRevision.id, version: item.workingRevision.version, created: true };
      }
      const { data } = await update({ variables: { input: { revisionId: revision.id, version, draft: draftInput } } });
      if (!data) return null;
      setVersion(data.updateDraft.version);
      setSaved(JSON.stringify(draftInput));
      return { itemId, revisionId: revision.id, version: data.updateDraft.version, created: false };
    } catch (error) {
      failed(error);
      return null;
    }
  }

  async function onSave(event: FormEvent) {
    event.preventDefault();
    if (inReview) return;
    const result = await save();
    if (!result) return;
    if (result.created) onCreated(result.itemId, 'saved');
    else setNotice(t('editor.saved'));
  }

  async function onSubmitForReview() {
    setApiError(null);
    setNotice('');
    const hard = validateDraftInput('draft', type, draftInput);
    const missing = hard.length > 0 ? hard : validateDraftInput('submission', type, draftInput);
    if (missing.length > 0) {
      setIncomplete(hard.length === 0);
      setFieldErrors(issuesByField(missing));
      focusSummary();
      return;
    }
    let target = itemId && revision ? { itemId, revisionId: revision.id, version, created: false } : null;
    if (dirty || !target) {
      target = await save();
      if (!target) return;
    }
    try {
      const { data } = await submitForReview({ variables: { input: { revisionId: target.revisionId, version: target.version } } });
      if (target.created) {
        onCreated(target.itemId, 'submitted');
        return;
      }
      if (data) {
        setVersion(data.submitForReview.version);
        setStatus(data.submitForReview.status);
      }
      setNotice(t('editor.submitted'));
    } catch (error) {
      if (target.created) {
        // The draft exists now: continue on its page, where the submit can be retried.
        onCreated(target.itemId, 'saved');
        return;
      }
      failed(error, true);
    }
  }

  async function onWithdraw() {
    if (!revision) return;
    setApiError(null);
    setNotice('');
    try {
      const { data } = await withdraw({ variables: { input: { revisionId: revision.id, version } } });
      if (data) {
        setVersion(data.withdrawFromReview.version);
        setStatus(data.withdrawFromReview.status);
      }
      setNotice(t('editor.withdrawn'));
    } catch (error) {
      failed(error);
    }
  }

  const summary: SummaryItem[] = Object.entries(fieldErrors).map(([path, message]) => ({
    fieldId: fieldId(path),
    message: t(`validation.${message}`),
  }));
  const conflict = isConflict(apiError);
  if (apiError && !conflict && apiError.fields.length === 0) summary.push({ message: errorMessage(t, apiError) });

  return (
    <form className="form editor-form" onSubmit={onSave} noValidate aria-busy={busy || undefined}>
      <p role="status" className="status-text" ref={noticeRef} tabIndex={notice ? -1 : undefined}>
        {notice}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {conflict ? (
        <div className="notice notice-error" role="alert" ref={conflictRef} tabIndex={-1}>
          <p>{t('editor.conflict')}</p>
          <button type="button" className="button button-secondary" onClick={onReload}>
            {t('common.loadLatest')}
          </button>
        </div>
      ) : null}
      <ErrorSummary items={summary} ref={summaryRef} title={incomplete ? t('editor.incompleteTitle') : undefined} />
      {inReview ? (
        <div className="notice notice-info">
          <p>{t('editor.inReview')}</p>
        </div>
      ) : null}
      <fieldset className="editor-body" disabled={inReview}>
        <legend className="visually-hidden">{t('editor.commonTitle')}</legend>
        <section aria-labelledby="editor-common-title" className="editor-section">
          <h2 id="editor-common-title">{t('editor.commonTitle')}</h2>
          <TextField
            id={fieldId('title')}
            label={t('editor.title')}
            value={values.title}
            onValueChange={set('title')}
            error={errorOf('title')}
          />
          <TextAreaField
            id={fieldId('summary')}
            label={t('editor.summary')}
            hint={t('editor.summaryHint')}
            value={values.summary}
            onValueChange={set('summary')}
            error={errorOf('summary')}
            rows={3}
          />
          <div className="field-row">
            <SelectField
              id={fieldId('level')}
              label={t('editor.level')}
              value={values.level}
              onValueChange={set('level')}
              error={errorOf('level')}
            >
              {CONTENT_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`content.levels.${level}`)}
                </option>
              ))}
            </SelectField>
            <TextField
              id={fieldId('estimatedMinutes')}
              label={t('editor.estimatedMinutes')}
              inputMode="numeric"
              value={values.estimatedMinutes}
              onValueChange={set('estimatedMinutes')}
              error={errorOf('estimatedMinutes')}
            />
            <SelectField
              id={fieldId('language')}
              label={t('editor.language')}
              value={values.language}
              onValueChange={set('language')}
              error={errorOf('language')}
            >
              {CONTENT_LANGUAGES.map((language) => (
                <option key={language} value={language} lang={language}>
                  {t(`language.${language}`)}
                </option>
              ))}
            </SelectField>
          </div>
          <IndicatorTagsField
            id={fieldId('indicatorCodes')}
            tags={values.indicators}
            onChange={(indicators) => setValues((previous) => ({ ...previous, indicators }))}
            error={errorOf('indicatorCodes') ?? errorOf('indicators')}
          />
        </section>
        {type === 'MODULE' ? <LessonsEditor values={values} onChange={change} errorOf={errorOf} announce={setAnnouncement} /> : null}
        {type === 'CASE_STUDY' ? <CaseStudyEditor values={values} onChange={change} errorOf={errorOf} announce={setAnnouncement} /> : null}
        {type === 'PLAYBOOK' ? <PlaybookEditor values={values} onChange={change} errorOf={errorOf} announce={setAnnouncement} /> : null}
      </fieldset>
      <div className="actions editor-actions">
        {inReview ? (
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void onWithdraw()}>
            {t('editor.withdraw')}
          </button>
        ) : (
          <>
            <button type="submit" className="button button-secondary" disabled={busy}>
              {updating.loading || creating.loading ? t('common.saving') : t('editor.save')}
            </button>
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void onSubmitForReview()}>
              {t('editor.submit')}
            </button>
          </>
        )}
        {!inReview && itemId && dirty ? <p className="muted unsaved">{t('editor.unsaved')}</p> : null}
      </div>
    </form>
  );
}
