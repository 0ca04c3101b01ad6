import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { SelectField } from '../../../components/FormField';
import { PageHeading } from '../../../components/PageHeading';
import { ErrorState, LoadingState } from '../../../components/States';
import { useAuth } from '../../../lib/auth';
import { useCan } from '../../../lib/use-can';
import { useFormat } from '../../../lib/use-format';
import { QuizEditorModuleQuery, QuizForEditingQuery } from '../api/operations';
import { QuizEditorForm } from '../components/quiz-editor/QuizEditorForm';
import { emptyQuizValues, valuesFromQuiz } from '../components/quiz-editor/quiz-draft';
import '../learning.css';

/** The select's value for the quiz at the end of the module. */
const MODULE_END = 'akhir';

/** /konten/:id/kuis: the module's author (or an admin) writes a quiz after a lesson or at the end. */
export default function QuizEditorPage() {
  const { t } = useTranslation('learning');
  const { id = '' } = useParams();
  const { user } = useAuth();
  const can = useCan();
  const allowedRole = can('editLearningDesign');
  const moduleQuery = useQuery(QuizEditorModuleQuery, { variables: { id }, skip: !allowedRole });
  const [where, setWhere] = useState(MODULE_END);
  const item = moduleQuery.data?.contentItem;
  const revision = item?.publishedRevision;
  const title = revision?.title ?? '…';

  if (!allowedRole || (item && item.author.id !== user?.id && !can('manageAnyContent'))) {
    return (
      <>
        <PageHeading>{t('quizEditor.title', { title })}</PageHeading>
        <p className="notice notice-error" role="alert">
          {t('quizEditor.noAccess')}
        </p>
      </>
    );
  }
  if (!item) {
    return (
      <>
        <PageHeading>{t('quizEditor.title', { title })}</PageHeading>
        {moduleQuery.loading ? <LoadingState /> : null}
        {moduleQuery.error ? <ErrorState error={moduleQuery.error} onRetry={() => void moduleQuery.refetch()} /> : null}
      </>
    );
  }
  if (item.type !== 'MODULE' || !revision) {
    return (
      <>
        <PageHeading>{t('quizEditor.title', { title })}</PageHeading>
        <p className="notice notice-info">{t('quizEditor.notPublishedModule')}</p>
        <p>
          <Link to={`/konten/${id}`}>{t('learning.backToModule')}</Link>
        </p>
      </>
    );
  }

  const lessons = [...revision.lessons].sort((a, b) => a.position - b.position);
  const lessonKey = where === MODULE_END ? null : where;

  return (
    <>
      <p className="breadcrumb">
        <Link to={`/konten/${id}`}>{t('learning.backToModuleTitle', { title: revision.title })}</Link>
      </p>
      <PageHeading>{t('quizEditor.title', { title: revision.title })}</PageHeading>
      <p className="lead">{t('quizEditor.lead')}</p>
      <div className="card">
        <SelectField id="quiz-where" label={t('quizEditor.where')} hint={t('quizEditor.whereHint')} value={where} onValueChange={setWhere}>
          <option value={MODULE_END}>{t('learning.quiz.endOfModule')}</option>
          {lessons.map((lesson, index) => (
            <option key={lesson.key} value={lesson.key}>
              {t('quizEditor.afterLesson', { number: index + 1, title: lesson.title })}
            </option>
          ))}
        </SelectField>
      </div>
      <QuizAtPlace key={where} itemId={item.id} lessonKey={lessonKey} />
    </>
  );
}

/** Loads the quiz at one place (or none) and shows its form. */
function QuizAtPlace({ itemId, lessonKey }: { itemId: string; lessonKey: string | null }) {
  const { t } = useTranslation('learning');
  const format = useFormat();
  const [formKey, setFormKey] = useState(0);
  const { data, loading, error, refetch } = useQuery(QuizForEditingQuery, {
    variables: { itemId, lessonKey },
    fetchPolicy: 'network-only',
  });
  if (!data) {
    return loading ? <LoadingState /> : <ErrorState error={error} onRetry={() => void refetch()} />;
  }
  const quiz = data.quizForEditing ?? null;
  return (
    <>
      <p className="muted">
        {quiz ? t('quizEditor.existing', { version: quiz.version, date: format.dateTime(quiz.updatedAt) }) : t('quizEditor.none')}
      </p>
      <QuizEditorForm
        key={`${quiz?.id ?? 'new'}:${formKey}`}
        itemId={itemId}
        lessonKey={lessonKey}
        quiz={quiz}
        initial={quiz ? valuesFromQuiz(quiz) : emptyQuizValues()}
        onReload={() => {
          void refetch().then(() => setFormKey((key) => key + 1));
        }}
      />
    </>
  );
}
