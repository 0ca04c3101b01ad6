import { useMutation } from '@apollo/client/react';
import {
  ANSWER_POLICIES,
  type AnswerPolicy,
  CommonErrorReason,
  LearningErrorReason,
  QUESTION_KINDS,
  type QuestionKind,
} from '@living-lab/shared';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryItem } from '../../../../components/ErrorSummary';
import { SelectField, TextAreaField, TextField } from '../../../../components/FormField';
import { focusAfterMove, moved, PartControls } from '../../../../components/PartControls';
import type { QuizForEditingFieldsFragment } from '../../../../gql/graphql';
import { type ApiError, errorMessage, issuesByField, toApiError } from '../../../../lib/errors';
import { SaveQuizMutation } from '../../api/operations';
import {
  asTrueFalse,
  newOption,
  newQuestion,
  type OptionValues,
  type QuestionValues,
  type QuizEditorValues,
  quizFieldId,
  toQuizInput,
  validateQuizInput,
  valuesFromQuiz,
} from './quiz-draft';

interface QuizEditorFormProps {
  itemId: string;
  /** null: the quiz at the end of the module. */
  lessonKey: string | null;
  /** The stored quiz, or null to create one. */
  quiz: QuizForEditingFieldsFragment | null;
  initial: QuizEditorValues;
  /** Load the stored quiz again after a conflict (throws the form's text away). */
  onReload(): void;
  onSaved?(quiz: QuizForEditingFieldsFragment): void;
}

function focusLater(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

export function QuizEditorForm({ itemId, lessonKey, quiz, initial, onReload, onSaved }: QuizEditorFormProps) {
  const { t } = useTranslation('learning');
  const [values, setValues] = useState<QuizEditorValues>(initial);
  const [version, setVersion] = useState<number | null>(quiz?.version ?? null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const summaryRef = useRef<HTMLDivElement>(null);
  const [saveQuiz, saving] = useMutation(SaveQuizMutation);

  const errorOf = (path: string) => (fieldErrors[path] ? t(`validation.${fieldErrors[path]}`) : undefined);
  const focusSummary = () => requestAnimationFrame(() => summaryRef.current?.focus());
  const setQuestions = (update: (questions: QuestionValues[]) => QuestionValues[]) =>
    setValues((previous) => ({ ...previous, questions: update(previous.questions) }));
  const setQuestion = (uid: string, update: (question: QuestionValues) => QuestionValues) =>
    setQuestions((list) => list.map((question) => (question.uid === uid ? update(question) : question)));
  const setOption = (questionUid: string, optionUid: string, update: (option: OptionValues) => OptionValues) =>
    setQuestion(questionUid, (question) => ({
      ...question,
      options: question.options.map((option) => (option.uid === optionUid ? update(option) : option)),
    }));

  async function save(event: FormEvent) {
    event.preventDefault();
    setApiError(null);
    setNotice('');
    const input = toQuizInput(itemId, lessonKey, values, version);
    const issues = validateQuizInput(input);
    if (issues.length > 0) {
      setFieldErrors(issuesByField(issues));
      focusSummary();
      return;
    }
    setFieldErrors({});
    try {
      const { data } = await saveQuiz({ variables: { input } });
      if (!data) return;
      setVersion(data.saveQuiz.version);
      setValues(valuesFromQuiz(data.saveQuiz));
      setNotice(t('quizEditor.saved'));
      onSaved?.(data.saveQuiz);
    } catch (caught) {
      const info = toApiError(caught);
      setFieldErrors(issuesByField(info.fields));
      setApiError(info);
      if (!isStale(info)) focusSummary();
    }
  }

  const stale = isStale(apiError);
  const summary: SummaryItem[] = Object.entries(fieldErrors).map(([path, message]) => ({
    fieldId: quizFieldId(path),
    message: t(`validation.${message}`),
  }));
  if (apiError && !stale && apiError.fields.length === 0) summary.push({ message: errorMessage(t, apiError) });
  const questions = values.questions;

  return (
    <form className="form editor-form quiz-editor" onSubmit={save} noValidate aria-busy={saving.loading || undefined}>
      <p role="status" className="status-text">
        {notice}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {stale ? (
        <div className="notice notice-error" role="alert">
          <p>{apiError?.reason === LearningErrorReason.QUIZ_EXISTS ? t('quizEditor.exists') : t('quizEditor.conflict')}</p>
          <button type="button" className="button button-secondary" onClick={onReload}>
            {t('common.loadLatest')}
          </button>
        </div>
      ) : null}
      <ErrorSummary items={summary} ref={summaryRef} />
      <section aria-labelledby="quiz-settings" className="editor-section">
        <h2 id="quiz-settings">{t('quizEditor.settingsTitle')}</h2>
        <TextField
          id={quizFieldId('passMarkPercent')}
          label={t('quizEditor.passMark')}
          hint={t('quizEditor.passMarkHint')}
          inputMode="numeric"
          value={values.passMarkPercent}
          onValueChange={(value) => setValues((previous) => ({ ...previous, passMarkPercent: value }))}
          error={errorOf('passMarkPercent')}
        />
        <TextField
          id={quizFieldId('attemptsAllowed')}
          label={t('quizEditor.attemptsAllowed')}
          hint={t('quizEditor.attemptsAllowedHint')}
          inputMode="numeric"
          value={values.attemptsAllowed}
          onValueChange={(value) => setValues((previous) => ({ ...previous, attemptsAllowed: value }))}
          error={errorOf('attemptsAllowed')}
        />
        <SelectField
          id={quizFieldId('answerPolicy')}
          label={t('quizEditor.answerPolicy')}
          value={values.answerPolicy}
          error={errorOf('answerPolicy')}
          onValueChange={(value) => setValues((previous) => ({ ...previous, answerPolicy: value as AnswerPolicy }))}
        >
          {ANSWER_POLICIES.map((policy) => (
            <option key={policy} value={policy}>
              {t(`quizEditor.answerPolicies.${policy}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={quizFieldId('drawCount')}
          label={t('quizEditor.drawCount')}
          hint={t('quizEditor.drawCountHint')}
          inputMode="numeric"
          value={values.drawCount}
          onValueChange={(value) => setValues((previous) => ({ ...previous, drawCount: value }))}
          error={errorOf('drawCount')}
        />
      </section>
      <section aria-labelledby="quiz-questions" className="editor-section">
        <h2 id="quiz-questions">{t('quizEditor.questionsTitle')}</h2>
        {errorOf('questions') ? (
          <p className="field-error" id="quiz-questions-error">
            {errorOf('questions')}
          </p>
        ) : null}
        {questions.length === 0 ? <p className="muted">{t('quizEditor.noQuestions')}</p> : null}
        <ol className="part-list">
          {questions.map((question, index) => {
            const number = index + 1;
            const path = `questions.${index}`;
            const idBase = `quiz-question-${question.uid}`;
            const optionsError = errorOf(`${path}.options`);
            const fixedOptions = question.kind === 'TRUE_FALSE';
            return (
              <li key={question.uid}>
                <fieldset className="part">
                  <legend>{t('quizEditor.question', { number })}</legend>
                  <SelectField
                    id={quizFieldId(`${path}.kind`)}
                    label={t('quizEditor.kind')}
                    value={question.kind}
                    error={errorOf(`${path}.kind`)}
                    onValueChange={(value) =>
                      setQuestion(question.uid, (current) =>
                        value === 'TRUE_FALSE'
                          ? asTrueFalse(current, t('quizEditor.trueText'), t('quizEditor.falseText'))
                          : { ...current, kind: value as QuestionKind },
                      )
                    }
                  >
                    {QUESTION_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {t(`quizEditor.kinds.${kind}`)}
                      </option>
                    ))}
                  </SelectField>
                  <TextAreaField
                    id={quizFieldId(`${path}.prompt`)}
                    label={t('quizEditor.prompt')}
                    value={question.prompt}
                    rows={3}
                    error={errorOf(`${path}.prompt`)}
                    onValueChange={(value) => setQuestion(question.uid, (current) => ({ ...current, prompt: value }))}
                  />
                  <fieldset
                    className={optionsError ? 'options-editor field-invalid' : 'options-editor'}
                    id={quizFieldId(`${path}.options`)}
                    tabIndex={-1}
                    aria-describedby={optionsError ? `${quizFieldId(`${path}.options`)}-error` : `${idBase}-options-hint`}
                  >
                    <legend>{t('quizEditor.options')}</legend>
                    <p className="field-hint" id={`${idBase}-options-hint`}>
                      {t(`quizEditor.optionsHint.${question.kind}`)}
                    </p>
                    {optionsError ? (
                      <p className="field-error" id={`${quizFieldId(`${path}.options`)}-error`}>
                        {optionsError}
                      </p>
                    ) : null}
                    <ol className="option-list">
                      {question.options.map((option, optionIndex) => {
                        const optionNumber = optionIndex + 1;
                        const optionPath = `${path}.options.${optionIndex}`;
                        const correctId = `${quizFieldId(optionPath)}-correct`;
                        const suffix = t('quizEditor.optionSuffix', { number: optionNumber });
                        return (
                          <li key={option.uid} className="option-row">
                            <TextField
                              id={quizFieldId(`${optionPath}.text`)}
                              label={t('quizEditor.optionText', { number: optionNumber })}
                              value={option.text}
                              error={errorOf(`${optionPath}.text`)}
                              onValueChange={(value) => setOption(question.uid, option.uid, (current) => ({ ...current, text: value }))}
                            />
                            <div className="checkbox">
                              <input
                                id={correctId}
                                type="checkbox"
                                checked={option.correct}
                                onChange={(event) => {
                                  const checked = event.target.checked;
                                  setQuestion(question.uid, (current) => ({
                                    ...current,
                                    // A question with one right answer: ticking another moves the mark.
                                    options: current.options.map((item) =>
                                      item.uid === option.uid
                                        ? { ...item, correct: checked }
                                        : current.kind !== 'MULTIPLE_CHOICE' && checked
                                          ? { ...item, correct: false }
                                          : item,
                                    ),
                                  }));
                                }}
                              />
                              <label htmlFor={correctId}>
                                {t('quizEditor.correct')}
                                <span className="visually-hidden"> ({suffix})</span>
                              </label>
                            </div>
                            {fixedOptions ? null : (
                              <button
                                type="button"
                                className="button button-secondary button-small"
                                onClick={() => {
                                  setQuestion(question.uid, (current) => ({
                                    ...current,
                                    options: current.options.filter((item) => item.uid !== option.uid),
                                  }));
                                  setAnnouncement(t('parts.removed', { item: suffix }));
                                  focusLater(`${idBase}-add-option`);
                                }}
                              >
                                {t('parts.remove')}
                                <span className="visually-hidden"> {suffix}</span>
                              </button>
                            )}
                          </li>
                        );
                      })}
                    </ol>
                    {fixedOptions ? null : (
                      <button
                        type="button"
                        id={`${idBase}-add-option`}
                        className="button button-secondary button-small"
                        onClick={() => {
                          const optionIndex = question.options.length;
                          setQuestion(question.uid, (current) => ({ ...current, options: [...current.options, newOption()] }));
                          setAnnouncement(t('parts.added', { item: t('quizEditor.optionSuffix', { number: optionIndex + 1 }) }));
                          focusLater(quizFieldId(`${path}.options.${optionIndex}.text`));
                        }}
                      >
                        {t('quizEditor.addOption')}
                        <span className="visually-hidden"> ({t('quizEditor.questionSuffix', { number })})</span>
                      </button>
                    )}
                  </fieldset>
                  <TextAreaField
                    id={quizFieldId(`${path}.explanation`)}
                    label={t('quizEditor.explanation')}
                    hint={t('quizEditor.explanationHint')}
                    value={question.explanation}
                    rows={3}
                    error={errorOf(`${path}.explanation`)}
                    onValueChange={(value) => setQuestion(question.uid, (current) => ({ ...current, explanation: value }))}
                  />
                  <PartControls
                    idBase={idBase}
                    index={index}
                    count={questions.length}
                    suffix={t('quizEditor.questionSuffix', { number })}
                    onMove={(delta) => {
                      setQuestions((list) => moved(list, index, delta));
                      setAnnouncement(t('parts.moved', { item: t('quizEditor.question', { number }), position: number + delta }));
                      focusAfterMove(idBase, delta);
                    }}
                    onRemove={() => {
                      setQuestions((list) => list.filter((item) => item.uid !== question.uid));
                      setAnnouncement(t('parts.removed', { item: t('quizEditor.question', { number }) }));
                      focusLater('quiz-add-question');
                    }}
                  />
                </fieldset>
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          id="quiz-add-question"
          className="button button-secondary"
          aria-describedby={errorOf('questions') ? 'quiz-questions-error' : undefined}
          onClick={() => {
            const index = questions.length;
            setQuestions((list) => [...list, newQuestion()]);
            setAnnouncement(t('parts.added', { item: t('quizEditor.question', { number: index + 1 }) }));
            focusLater(quizFieldId(`questions.${index}.prompt`));
          }}
        >
          {t('quizEditor.addQuestion')}
        </button>
      </section>
      <div className="actions editor-actions">
        <button type="submit" className="button button-primary" disabled={saving.loading}>
          {saving.loading ? t('common.saving') : t('quizEditor.save')}
        </button>
      </div>
    </form>
  );
}

function isStale(error: ApiError | null): boolean {
  return (
    error?.code === 'CONFLICT' && (error.reason === CommonErrorReason.STALE_VERSION || error.reason === LearningErrorReason.QUIZ_EXISTS)
  );
}
