import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '../../../../components/FormField';
import { focusAfterMove, moved, PartControls } from '../../../../components/PartControls';
import { PublishedCaseStudiesQuery } from '../../api/editor';
import { type EditorValues, fieldId, type LessonValues, newLesson, newSource, newStep, type SourceValues, type StepValues } from './draft';
import { MarkdownField } from './MarkdownField';

export interface BodyEditorProps {
  values: EditorValues;
  onChange(update: (previous: EditorValues) => EditorValues): void;
  /** Translated error of a field path, e.g. lessons.0.body. */
  errorOf(path: string): string | undefined;
  /** Says something to screen readers (moves, additions, removals). */
  announce(text: string): void;
}

function focusLater(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

export function LessonsEditor({ values, onChange, errorOf, announce }: BodyEditorProps) {
  const { t } = useTranslation('content');
  const lessons = values.lessons;
  const setLessons = (update: (lessons: LessonValues[]) => LessonValues[]) =>
    onChange((previous) => ({ ...previous, lessons: update(previous.lessons) }));
  const setLesson = (uid: string, field: 'title' | 'body') => (value: string) =>
    setLessons((list) => list.map((lesson) => (lesson.uid === uid ? { ...lesson, [field]: value } : lesson)));

  return (
    <section aria-labelledby="editor-lessons-title" className="editor-section">
      <h2 id="editor-lessons-title">{t('editor.lessonsTitle')}</h2>
      {errorOf('lessons') ? (
        <p className="field-error" id="editor-lessons-error">
          {errorOf('lessons')}
        </p>
      ) : null}
      {lessons.length === 0 ? <p className="muted">{t('editor.noLessons')}</p> : null}
      <ol className="part-list">
        {lessons.map((lesson, index) => {
          const number = index + 1;
          const idBase = `lesson-${lesson.uid}`;
          return (
            <li key={lesson.uid}>
              <fieldset className="part">
                <legend>{t('editor.lesson', { number })}</legend>
                <TextField
                  id={fieldId(`lessons.${index}.title`)}
                  label={t('editor.lessonTitle')}
                  value={lesson.title}
                  onValueChange={setLesson(lesson.uid, 'title')}
                  error={errorOf(`lessons.${index}.title`) ?? errorOf(`lessons.${index}.key`)}
                />
                <MarkdownField
                  id={fieldId(`lessons.${index}.body`)}
                  label={t('editor.lessonBody')}
                  context={t('editor.lesson', { number })}
                  value={lesson.body}
                  onValueChange={setLesson(lesson.uid, 'body')}
                  error={errorOf(`lessons.${index}.body`)}
                  rows={10}
                />
                <PartControls
                  idBase={idBase}
                  index={index}
                  count={lessons.length}
                  suffix={t('editor.lessonSuffix', { number })}
                  onMove={(delta) => {
                    setLessons((list) => moved(list, index, delta));
                    announce(t('parts.moved', { item: lesson.title || t('editor.lesson', { number }), position: number + delta }));
                    focusAfterMove(idBase, delta);
                  }}
                  onRemove={() => {
                    setLessons((list) => list.filter((part) => part.uid !== lesson.uid));
                    announce(t('parts.removed', { item: t('editor.lesson', { number }) }));
                    focusLater('editor-lessons');
                  }}
                />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        id="editor-lessons"
        className="button button-secondary"
        aria-describedby={errorOf('lessons') ? 'editor-lessons-error' : undefined}
        onClick={() => {
          const index = lessons.length;
          setLessons((list) => [...list, newLesson()]);
          announce(t('parts.added', { item: t('editor.lesson', { number: index + 1 }) }));
          focusLater(fieldId(`lessons.${index}.title`));
        }}
      >
        {t('editor.addLesson')}
      </button>
    </section>
  );
}

const CASE_SECTIONS = ['context', 'problem', 'whatWasDone', 'results', 'lessonsLearned'] as const;

export function CaseStudyEditor({ values, onChange, errorOf, announce }: BodyEditorProps) {
  const { t } = useTranslation('content');
  const caseStudy = values.caseStudy;
  const setCase = (update: (body: EditorValues['caseStudy']) => EditorValues['caseStudy']) =>
    onChange((previous) => ({ ...previous, caseStudy: update(previous.caseStudy) }));
  const setSource = (uid: string, field: keyof Omit<SourceValues, 'uid'>) => (value: string) =>
    setCase((body) => ({ ...body, sources: body.sources.map((source) => (source.uid === uid ? { ...source, [field]: value } : source)) }));

  return (
    <section aria-labelledby="editor-case-title" className="editor-section">
      <h2 id="editor-case-title">{t('editor.caseStudyTitle')}</h2>
      {CASE_SECTIONS.map((section) => (
        <MarkdownField
          key={section}
          id={fieldId(`caseStudy.${section}`)}
          label={t(`editor.${section}`)}
          hint={section === 'lessonsLearned' ? `${t('editor.lessonsLearnedHint')} ${t('editor.markdownHint')}` : undefined}
          value={caseStudy[section]}
          onValueChange={(value) => setCase((body) => ({ ...body, [section]: value }))}
          error={errorOf(`caseStudy.${section}`)}
        />
      ))}
      <h3 id="editor-sources-title">{t('editor.sourcesTitle')}</h3>
      {errorOf('caseStudy.sources') ? (
        <p className="field-error" id="editor-sources-error">
          {errorOf('caseStudy.sources')}
        </p>
      ) : null}
      {caseStudy.sources.length === 0 ? <p className="muted">{t('editor.noSources')}</p> : null}
      <ol className="part-list" aria-labelledby="editor-sources-title">
        {caseStudy.sources.map((source, index) => {
          const number = index + 1;
          const path = `caseStudy.sources.${index}`;
          return (
            <li key={source.uid}>
              <fieldset className="part">
                <legend>{t('editor.source', { number })}</legend>
                <TextField
                  id={fieldId(`${path}.title`)}
                  label={t('editor.sourceTitle')}
                  value={source.title}
                  onValueChange={setSource(source.uid, 'title')}
                  error={errorOf(`${path}.title`)}
                />
                <TextField
                  id={fieldId(`${path}.kind`)}
                  label={t('editor.sourceKind')}
                  hint={t('editor.sourceKindHint')}
                  value={source.kind}
                  onValueChange={setSource(source.uid, 'kind')}
                  error={errorOf(`${path}.kind`)}
                />
                <TextField
                  id={fieldId(`${path}.year`)}
                  label={t('editor.sourceYear')}
                  inputMode="numeric"
                  value={source.year}
                  onValueChange={setSource(source.uid, 'year')}
                  error={errorOf(`${path}.year`)}
                />
                <TextField
                  id={fieldId(`${path}.url`)}
                  label={t('editor.sourceUrl')}
                  type="url"
                  value={source.url}
                  onValueChange={setSource(source.uid, 'url')}
                  error={errorOf(`${path}.url`)}
                />
                <PartControls
                  idBase={`source-${source.uid}`}
                  index={index}
                  count={caseStudy.sources.length}
                  suffix={t('editor.sourceSuffix', { number })}
                  onRemove={() => {
                    setCase((body) => ({ ...body, sources: body.sources.filter((part) => part.uid !== source.uid) }));
                    announce(t('parts.removed', { item: t('editor.source', { number }) }));
                    focusLater('editor-caseStudy-sources');
                  }}
                />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        id="editor-caseStudy-sources"
        className="button button-secondary"
        onClick={() => {
          const index = caseStudy.sources.length;
          setCase((body) => ({ ...body, sources: [...body.sources, newSource()] }));
          announce(t('parts.added', { item: t('editor.source', { number: index + 1 }) }));
          focusLater(fieldId(`caseStudy.sources.${index}.title`));
        }}
      >
        {t('editor.addSource')}
      </button>
    </section>
  );
}

export function PlaybookEditor({ values, onChange, errorOf, announce }: BodyEditorProps) {
  const { t } = useTranslation('content');
  const playbook = values.playbook;
  const caseStudies = useQuery(PublishedCaseStudiesQuery);
  const options = caseStudies.data?.catalogue.items ?? [];
  const setPlaybook = (update: (body: EditorValues['playbook']) => EditorValues['playbook']) =>
    onChange((previous) => ({ ...previous, playbook: update(previous.playbook) }));
  const setSteps = (update: (steps: StepValues[]) => StepValues[]) => setPlaybook((body) => ({ ...body, steps: update(body.steps) }));
  const setStep = (uid: string, field: keyof Omit<StepValues, 'uid' | 'key'>) => (value: string) =>
    setSteps((steps) => steps.map((step) => (step.uid === uid ? { ...step, [field]: value } : step)));

  return (
    <section aria-labelledby="editor-playbook-title" className="editor-section">
      <h2 id="editor-playbook-title">{t('editor.playbookTitle')}</h2>
      <TextField
        id={fieldId('playbook.serviceName')}
        label={t('editor.serviceName')}
        value={playbook.serviceName}
        onValueChange={(value) => setPlaybook((body) => ({ ...body, serviceName: value }))}
        error={errorOf('playbook.serviceName')}
      />
      <MarkdownField
        id={fieldId('playbook.prerequisites')}
        label={t('editor.prerequisites')}
        value={playbook.prerequisites}
        onValueChange={(value) => setPlaybook((body) => ({ ...body, prerequisites: value }))}
        error={errorOf('playbook.prerequisites')}
        rows={5}
      />
      <SelectField
        id={fieldId('playbook.caseStudyId')}
        label={t('editor.caseStudy')}
        hint={caseStudies.loading ? t('editor.caseStudiesLoading') : undefined}
        value={playbook.caseStudyId}
        onValueChange={(value) => setPlaybook((body) => ({ ...body, caseStudyId: value }))}
        error={errorOf('playbook.caseStudyId')}
      >
        <option value="">{t('editor.noCaseStudy')}</option>
        {options.map((hit) => (
          <option key={hit.item.id} value={hit.item.id}>
            {hit.revision.title}
          </option>
        ))}
        {playbook.caseStudyId && !options.some((hit) => hit.item.id === playbook.caseStudyId) ? (
          <option value={playbook.caseStudyId}>{playbook.caseStudyId}</option>
        ) : null}
      </SelectField>
      <h3 id="editor-steps-title">{t('editor.stepsTitle')}</h3>
      {errorOf('playbook.steps') ? (
        <p className="field-error" id="editor-steps-error">
          {errorOf('playbook.steps')}
        </p>
      ) : null}
      {playbook.steps.length === 0 ? <p className="muted">{t('editor.noSteps')}</p> : null}
      <ol className="part-list" aria-labelledby="editor-steps-title">
        {playbook.steps.map((step, index) => {
          const number = index + 1;
          const path = `playbook.steps.${index}`;
          const idBase = `step-${step.uid}`;
          return (
            <li key={step.uid}>
              <fieldset className="part">
                <legend>{t('editor.step', { number })}</legend>
                <TextField
                  id={fieldId(`${path}.title`)}
                  label={t('editor.stepTitle')}
                  value={step.title}
                  onValueChange={setStep(step.uid, 'title')}
                  error={errorOf(`${path}.title`) ?? errorOf(`${path}.key`)}
                />
                <MarkdownField
                  id={fieldId(`${path}.description`)}
                  label={t('editor.stepDescription')}
                  context={t('editor.step', { number })}
                  value={step.description}
                  onValueChange={setStep(step.uid, 'description')}
                  error={errorOf(`${path}.description`)}
                  rows={5}
                />
                <TextField
                  id={fieldId(`${path}.responsibleRole`)}
                  label={t('editor.responsibleRole')}
                  value={step.responsibleRole}
                  onValueChange={setStep(step.uid, 'responsibleRole')}
                  error={errorOf(`${path}.responsibleRole`)}
                />
                <TextField
                  id={fieldId(`${path}.estimatedDays`)}
                  label={t('editor.estimatedDays')}
                  inputMode="numeric"
                  value={step.estimatedDays}
                  onValueChange={setStep(step.uid, 'estimatedDays')}
                  error={errorOf(`${path}.estimatedDays`)}
                />
                <TextAreaField
                  id={fieldId(`${path}.evidence`)}
                  label={t('editor.evidence')}
                  value={step.evidence}
                  onValueChange={setStep(step.uid, 'evidence')}
                  error={errorOf(`${path}.evidence`)}
                  rows={3}
                />
                <PartControls
                  idBase={idBase}
                  index={index}
                  count={playbook.steps.length}
                  suffix={t('editor.stepSuffix', { number })}
                  onMove={(delta) => {
                    setSteps((steps) => moved(steps, index, delta));
                    announce(t('parts.moved', { item: step.title || t('editor.step', { number }), position: number + delta }));
                    focusAfterMove(idBase, delta);
                  }}
                  onRemove={() => {
                    setSteps((steps) => steps.filter((part) => part.uid !== step.uid));
                    announce(t('parts.removed', { item: t('editor.step', { number }) }));
                    focusLater('editor-playbook-steps');
                  }}
                />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        id="editor-playbook-steps"
        className="button button-secondary"
        aria-describedby={errorOf('playbook.steps') ? 'editor-steps-error' : undefined}
        onClick={() => {
          const index = playbook.steps.length;
          setSteps((steps) => [...steps, newStep()]);
          announce(t('parts.added', { item: t('editor.step', { number: index + 1 }) }));
          focusLater(fieldId(`playbook.steps.${index}.title`));
        }}
      >
        {t('editor.addStep')}
      </button>
    </section>
  );
}
