import { useTranslation } from 'react-i18next';

export interface ModuleCriteriaView {
  title: string;
  lessonCount: number;
  quizPassMarkPercents: number[];
}

function ModuleRequirements({ module }: { module: ModuleCriteriaView }) {
  const { t } = useTranslation('learning');
  return (
    <ul className="certificate-criteria">
      <li>{t('certificates.criteria.lessons', { count: module.lessonCount })}</li>
      {module.quizPassMarkPercents.map((percent, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: marks may repeat; the list is static, never reordered
        <li key={index}>{t('certificates.criteria.quiz', { percent })}</li>
      ))}
    </ul>
  );
}

/**
 * What the learner met to earn the certificate, translated from the figures the server gives (the
 * credential itself carries them in Bahasa Indonesia): for a module its lessons and quizzes, for a path each module.
 */
export function CertificateCriteria({ kind, criteria }: { kind: string; criteria: ModuleCriteriaView[] }) {
  const { t } = useTranslation('learning');
  if (kind !== 'PATH') return criteria[0] ? <ModuleRequirements module={criteria[0]} /> : null;
  return (
    <>
      <p>{t('certificates.criteria.pathModules', { count: criteria.length })}</p>
      <ol className="certificate-criteria">
        {criteria.map((module) => (
          <li key={module.title}>
            {module.title}
            <ModuleRequirements module={module} />
          </li>
        ))}
      </ol>
    </>
  );
}
