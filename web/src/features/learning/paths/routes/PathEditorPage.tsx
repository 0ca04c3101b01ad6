import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ErrorSummary, type SummaryItem } from '../../../../components/ErrorSummary';
import { SelectField, TextAreaField, TextField } from '../../../../components/FormField';
import { PageHeading } from '../../../../components/PageHeading';
import { focusAfterMove, moved, PartControls } from '../../../../components/PartControls';
import { ErrorState, LoadingState } from '../../../../components/States';
import type { LearningPathFieldsFragment } from '../../../../gql/graphql';
import { type ApiError, errorMessage, isConflict, issuesByField, toApiError } from '../../../../lib/errors';
import { useCan } from '../../../../lib/use-can';
import { LearningPathQuery, PublishedModulesQuery, SaveLearningPathMutation } from '../api/operations';
import '../../learning.css';

export interface StepValues {
  uid: string;
  itemId: string;
  /** Earlier steps' module ids that must be complete first. */
  requires: string[];
}

export interface PathValues {
  title: string;
  description: string;
  steps: StepValues[];
}

let lastUid = 0;
const newUid = () => `path-step-${++lastUid}`;

export function valuesFromPath(path: LearningPathFieldsFragment): PathValues {
  return {
    title: path.title,
    description: path.description,
    steps: [...path.steps]
      .sort((a, b) => a.position - b.position)
      .map((step) => ({ uid: newUid(), itemId: step.item.id, requires: step.requires.map((module) => module.id) })),
  };
}

/** Keeps only prerequisites that are still earlier steps (after a move or a removal). */
export function earlierOnly(steps: StepValues[]): StepValues[] {
  return steps.map((step, index) => {
    const earlier = new Set(steps.slice(0, index).map((item) => item.itemId));
    return { ...step, requires: step.requires.filter((id) => earlier.has(id)) };
  });
}

const fieldId = (path: string) => `path-${path.replaceAll('.', '-')}`;

/** /jalur/baru and /jalur/:id/sunting (mentors and admins). */
export default function PathEditorPage() {
  const { t } = useTranslation('learning');
  const { id } = useParams();
  const can = useCan();
  const allowed = can('editLearningDesign');
  const existing = useQuery(LearningPathQuery, { variables: { id: id ?? '' }, skip: !id || !allowed, fetchPolicy: 'network-only' });
  const [formKey, setFormKey] = useState(0);
  const heading = id ? t('paths.editTitle', { title: existing.data?.learningPath.title ?? '…' }) : t('paths.newTitle');

  if (!allowed) {
    return (
      <>
        <PageHeading>{heading}</PageHeading>
        <p className="notice notice-error" role="alert">
          {t('paths.noAccess')}
        </p>
      </>
    );
  }
  if (id && !existing.data) {
    return (
      <>
        <PageHeading>{heading}</PageHeading>
        {existing.loading ? <LoadingState /> : null}
        {existing.error ? <ErrorState error={existing.error} onRetry={() => void existing.refetch()} /> : null}
      </>
    );
  }
  const path = existing.data?.learningPath ?? null;
  return (
    <>
      <p className="breadcrumb">
        <Link to={path ? `/jalur/${path.id}` : '/jalur'}>{path ? t('paths.backToPath') : t('paths.backToList')}</Link>
      </p>
      <PageHeading>{heading}</PageHeading>
      <PathEditorForm
        key={`${path?.id ?? 'new'}:${path?.version ?? 0}:${formKey}`}
        path={path}
        onReload={() => {
          void existing.refetch().then(() => setFormKey((key) => key + 1));
        }}
      />
    </>
  );
}

function PathEditorForm({ path, onReload }: { path: LearningPathFieldsFragment | null; onReload(): void }) {
  const { t } = useTranslation('learning');
  const navigate = useNavigate();
  const modules = useQuery(PublishedModulesQuery);
  const [save, saving] = useMutation(SaveLearningPathMutation);
  const [values, setValues] = useState<PathValues>(() => (path ? valuesFromPath(path) : { title: '', description: '', steps: [] }));
  const [toAdd, setToAdd] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const summaryRef = useRef<HTMLDivElement>(null);

  // Titles of published modules, and of the path's own steps (in case one is no longer in the catalogue).
  const titles = new Map<string, string>();
  for (const step of path?.steps ?? []) if (step.item.publishedRevision) titles.set(step.item.id, step.item.publishedRevision.title);
  for (const hit of modules.data?.catalogue.items ?? []) titles.set(hit.item.id, hit.revision.title);
  const titleOf = (itemId: string) => titles.get(itemId) ?? t('paths.unpublishedModule');
  const chosen = new Set(values.steps.map((step) => step.itemId));
  const available = (modules.data?.catalogue.items ?? []).filter((hit) => !chosen.has(hit.item.id));

  const errorOf = (key: string) => (fieldErrors[key] ? t(`validation.${fieldErrors[key]}`) : undefined);
  const setSteps = (update: (steps: StepValues[]) => StepValues[]) =>
    setValues((previous) => ({ ...previous, steps: earlierOnly(update(previous.steps)) }));

  function addStep() {
    if (!toAdd) return;
    const previousStep = values.steps[values.steps.length - 1];
    // By default a step requires the one before it.
    setSteps((steps) => [...steps, { uid: newUid(), itemId: toAdd, requires: previousStep ? [previousStep.itemId] : [] }]);
    setAnnouncement(t('parts.added', { item: titleOf(toAdd) }));
    setToAdd('');
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setApiError(null);
    const issues: Record<string, string> = {};
    if (!values.title.trim()) issues.title = 'title.required';
    if (values.steps.length === 0) issues.steps = 'paths.stepsRequired';
    setFieldErrors(issues);
    if (Object.keys(issues).length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    try {
      const { data } = await save({
        variables: {
          input: {
            ...(path ? { id: path.id, version: path.version } : {}),
            title: values.title,
            description: values.description,
            steps: values.steps.map((step) => ({ itemId: step.itemId, requiresItemIds: step.requires })),
          },
        },
      });
      if (data) navigate(`/jalur/${data.saveLearningPath.id}`, { state: { saved: true } });
    } catch (caught) {
      const info = toApiError(caught);
      setApiError(info);
      setFieldErrors(issuesByField(info.fields));
      if (!isConflict(info)) requestAnimationFrame(() => summaryRef.current?.focus());
    }
  }

  const summary: SummaryItem[] = Object.entries(fieldErrors).map(([key, message]) => ({
    fieldId: key === 'steps' || key.startsWith('steps.') ? 'path-add-module' : fieldId(key),
    message: t(`validation.${message}`),
  }));
  const conflict = isConflict(apiError);
  if (apiError && !conflict && apiError.fields.length === 0) summary.push({ message: errorMessage(t, apiError) });

  return (
    <form className="form editor-form" onSubmit={submit} noValidate aria-busy={saving.loading || undefined}>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {conflict ? (
        <div className="notice notice-error" role="alert">
          <p>{t('paths.conflict')}</p>
          <button type="button" className="button button-secondary" onClick={onReload}>
            {t('common.loadLatest')}
          </button>
        </div>
      ) : null}
      <ErrorSummary items={summary} ref={summaryRef} />
      <section aria-labelledby="path-about" className="editor-section">
        <h2 id="path-about">{t('paths.aboutTitle')}</h2>
        <TextField
          id={fieldId('title')}
          label={t('paths.fieldTitle')}
          value={values.title}
          onValueChange={(title) => setValues((previous) => ({ ...previous, title }))}
          error={errorOf('title')}
        />
        <TextAreaField
          id={fieldId('description')}
          label={t('paths.fieldDescription')}
          value={values.description}
          rows={3}
          onValueChange={(description) => setValues((previous) => ({ ...previous, description }))}
          error={errorOf('description')}
        />
      </section>
      <section aria-labelledby="path-steps-title" className="editor-section">
        <h2 id="path-steps-title">{t('paths.stepsTitle')}</h2>
        <p className="field-hint">{t('paths.stepsHint')}</p>
        {errorOf('steps') ? (
          <p className="field-error" id="path-steps-error">
            {errorOf('steps')}
          </p>
        ) : null}
        {values.steps.length === 0 ? <p className="muted">{t('paths.noSteps')}</p> : null}
        <ol className="part-list">
          {values.steps.map((step, index) => {
            const number = index + 1;
            const idBase = `path-step-${step.uid}`;
            const earlier = values.steps.slice(0, index);
            const title = titleOf(step.itemId);
            const stepError = errorOf(`steps.${index}.itemId`) ?? errorOf(`steps.${index}.requiresItemIds`);
            return (
              <li key={step.uid}>
                <fieldset className="part">
                  <legend>{t('paths.stepLegend', { number, title })}</legend>
                  {stepError ? <p className="field-error">{stepError}</p> : null}
                  {earlier.length === 0 ? (
                    <p className="muted">{t('paths.firstStep')}</p>
                  ) : (
                    <fieldset className="prerequisites">
                      <legend>{t('paths.prerequisites')}</legend>
                      {earlier.map((other) => {
                        const checkboxId = `${idBase}-requires-${other.itemId}`;
                        return (
                          <div className="checkbox" key={other.uid}>
                            <input
                              id={checkboxId}
                              type="checkbox"
                              checked={step.requires.includes(other.itemId)}
                              onChange={(event) => {
                                const checked = event.target.checked;
                                setSteps((steps) =>
                                  steps.map((item) =>
                                    item.uid === step.uid
                                      ? {
                                          ...item,
                                          requires: checked
                                            ? [...item.requires.filter((id) => id !== other.itemId), other.itemId]
                                            : item.requires.filter((id) => id !== other.itemId),
                                        }
                                      : item,
                                  ),
                                );
                              }}
                            />
                            <label htmlFor={checkboxId}>{titleOf(other.itemId)}</label>
                          </div>
                        );
                      })}
                    </fieldset>
                  )}
                  <PartControls
                    idBase={idBase}
                    index={index}
                    count={values.steps.length}
                    suffix={t('paths.stepSuffix', { number })}
                    onMove={(delta) => {
                      setSteps((steps) => moved(steps, index, delta));
                      setAnnouncement(t('parts.moved', { item: title, position: number + delta }));
                      focusAfterMove(idBase, delta);
                    }}
                    onRemove={() => {
                      setSteps((steps) => steps.filter((item) => item.uid !== step.uid));
                      setAnnouncement(t('parts.removed', { item: title }));
                      requestAnimationFrame(() => document.getElementById('path-add-module')?.focus());
                    }}
                  />
                </fieldset>
              </li>
            );
          })}
        </ol>
        <div className="add-step">
          <SelectField
            id="path-add-module"
            label={t('paths.addModuleLabel')}
            value={toAdd}
            onValueChange={setToAdd}
            error={errorOf('steps')}
            hint={modules.error ? t('paths.modulesLoadError') : undefined}
          >
            <option value="">{modules.loading ? t('common.loading') : t('paths.chooseModule')}</option>
            {available.map((hit) => (
              <option key={hit.item.id} value={hit.item.id}>
                {hit.revision.title}
              </option>
            ))}
          </SelectField>
          <button type="button" className="button button-secondary" disabled={!toAdd} onClick={addStep}>
            {t('paths.addModule')}
          </button>
        </div>
      </section>
      <div className="actions editor-actions">
        <button type="submit" className="button button-primary" disabled={saving.loading}>
          {saving.loading ? t('common.saving') : t('paths.save')}
        </button>
      </div>
    </form>
  );
}
