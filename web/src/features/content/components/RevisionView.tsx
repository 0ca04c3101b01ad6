import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Markdown } from '../../../components/Markdown';
import type { RevisionContentFieldsFragment } from '../../../gql/graphql';
import { regionLabel } from '../../../lib/regions';
import { useFormat } from '../../../lib/use-format';
import { LinkedCaseStudyQuery } from '../api/item';
import { IndicatorChips } from './IndicatorChips';

export interface RevisionAuthor {
  fullName: string;
  agency: string;
  region?: { code: string; name: string; kind: string } | null;
}

interface RevisionViewProps {
  type: string;
  revision: RevisionContentFieldsFragment;
  author: RevisionAuthor;
  /** Shown at the end of each playbook step, e.g. its questions (the published view only). */
  stepFooter?: (stepKey: string) => ReactNode;
}

/** A revision as learners read it: facts, summary, indicators and the body of its type. */
export function RevisionView({ type, revision, author, stepFooter }: RevisionViewProps) {
  const { t } = useTranslation('content');
  const format = useFormat();
  const authorText = t('content.authorLine', { name: author.fullName, agency: author.agency });
  return (
    <article className="revision" lang={revision.language}>
      <p className="lead">{revision.summary}</p>
      <section aria-labelledby="content-meta" className="card content-meta">
        <h2 id="content-meta" className="visually-hidden">
          {t('content.meta')}
        </h2>
        <dl className="details">
          <dt>{t('content.type')}</dt>
          <dd>{t(`content.types.${type}`)}</dd>
          <dt>{t('content.level')}</dt>
          <dd>{t(`content.levels.${revision.level}`)}</dd>
          <dt>{t('content.duration')}</dt>
          <dd>{t('content.minutes', { count: revision.estimatedMinutes })}</dd>
          <dt>{t('content.language')}</dt>
          <dd>{t(`language.${revision.language}`, { defaultValue: revision.language })}</dd>
          <dt>{t('content.author')}</dt>
          <dd>{author.region ? `${authorText} (${regionLabel(author.region, t)})` : authorText}</dd>
          {revision.publishedAt ? (
            <>
              <dt>{t('content.publishedAt')}</dt>
              <dd>{format.dateTime(revision.publishedAt)}</dd>
            </>
          ) : null}
        </dl>
        <h3 className="chips-title">{t('content.indicators')}</h3>
        {revision.indicators.length > 0 ? (
          <IndicatorChips indicators={revision.indicators} />
        ) : (
          <p className="muted">{t('content.noIndicators')}</p>
        )}
      </section>
      {type === 'MODULE' ? <ModuleBody revision={revision} /> : null}
      {type === 'CASE_STUDY' && revision.caseStudy ? <CaseStudyView body={revision.caseStudy} /> : null}
      {type === 'PLAYBOOK' && revision.playbook ? <PlaybookView body={revision.playbook} stepFooter={stepFooter} /> : null}
    </article>
  );
}

function ModuleBody({ revision }: { revision: RevisionContentFieldsFragment }) {
  const { t } = useTranslation('content');
  const lessons = [...revision.lessons].sort((a, b) => a.position - b.position);
  return (
    <>
      <nav aria-labelledby="lessons-nav" className="card lesson-nav">
        <h2 id="lessons-nav">{t('content.lessonsTitle')}</h2>
        <ol>
          {lessons.map((lesson) => (
            <li key={lesson.key}>
              <a href={`#lesson-${lesson.key}`}>{lesson.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {lessons.map((lesson, index) => (
        <section key={lesson.key} aria-labelledby={`lesson-${lesson.key}`} className="lesson">
          <h2 id={`lesson-${lesson.key}`} tabIndex={-1}>
            {t('content.lessonHeading', { number: index + 1, title: lesson.title })}
          </h2>
          <Markdown source={lesson.body} />
        </section>
      ))}
    </>
  );
}

type CaseStudyBody = NonNullable<RevisionContentFieldsFragment['caseStudy']>;
const CASE_STUDY_SECTIONS = ['context', 'problem', 'whatWasDone', 'results', 'lessonsLearned'] as const;

function CaseStudyView({ body }: { body: CaseStudyBody }) {
  const { t } = useTranslation('content');
  return (
    <>
      {CASE_STUDY_SECTIONS.map((section) => (
        <section key={section} aria-labelledby={`case-${section}`} className="case-section">
          <h2 id={`case-${section}`}>{t(`content.fields.${section}`)}</h2>
          <Markdown source={body[section]} />
        </section>
      ))}
      <section aria-labelledby="case-sources">
        <h2 id="case-sources">{t('content.sourcesTitle')}</h2>
        {body.sources.length === 0 ? (
          <p className="muted">{t('content.noSources')}</p>
        ) : (
          <ul className="sources">
            {body.sources.map((source, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: sources have no identity of their own
              <li key={index}>
                {source.url ? (
                  <a href={source.url} target="_blank" rel="noopener noreferrer nofollow">
                    {source.title}
                  </a>
                ) : (
                  <cite>{source.title}</cite>
                )}{' '}
                <span className="muted">({t('content.sourceMeta', { kind: source.kind, year: source.year })})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

type PlaybookBody = NonNullable<RevisionContentFieldsFragment['playbook']>;

function PlaybookView({ body, stepFooter }: { body: PlaybookBody; stepFooter?: (stepKey: string) => ReactNode }) {
  const { t } = useTranslation('content');
  const steps = [...body.steps].sort((a, b) => a.position - b.position);
  return (
    <>
      <section aria-labelledby="playbook-service">
        <h2 id="playbook-service">{t('content.service')}</h2>
        <p>{body.serviceName}</p>
      </section>
      <section aria-labelledby="playbook-prerequisites">
        <h2 id="playbook-prerequisites">{t('content.prerequisitesTitle')}</h2>
        {body.prerequisites.trim() ? <Markdown source={body.prerequisites} /> : <p className="muted">{t('content.noPrerequisites')}</p>}
      </section>
      <section aria-labelledby="playbook-steps">
        <h2 id="playbook-steps">{t('content.stepsTitle')}</h2>
        <ol className="steps">
          {steps.map((step, index) => (
            <li key={step.key} className="card step">
              <h3 id={`step-${step.key}`}>{t('content.stepHeading', { number: index + 1, title: step.title })}</h3>
              <dl className="details">
                <dt>{t('content.responsibleRole')}</dt>
                <dd>{step.responsibleRole}</dd>
                <dt>{t('content.estimatedDays')}</dt>
                <dd>{t('content.days', { count: step.estimatedDays })}</dd>
                <dt>{t('content.evidence')}</dt>
                <dd>{step.evidence}</dd>
              </dl>
              <Markdown source={step.description} />
              {stepFooter?.(step.key)}
            </li>
          ))}
        </ol>
      </section>
      {body.caseStudyId ? <LinkedCaseStudy id={body.caseStudyId} /> : null}
    </>
  );
}

function LinkedCaseStudy({ id }: { id: string }) {
  const { t } = useTranslation('content');
  const { data } = useQuery(LinkedCaseStudyQuery, { variables: { id } });
  const title = data?.contentItem.publishedRevision?.title;
  return (
    <section aria-labelledby="playbook-case-study">
      <h2 id="playbook-case-study">{t('content.linkedCaseStudy')}</h2>
      <p>
        <Link to={`/konten/${id}`}>{title ?? t('content.openLinkedCaseStudy')}</Link>
      </p>
    </section>
  );
}
