import { graphql } from '../../../gql';

/** Everything needed to show a revision as learners see it (detail page and review). */
export const RevisionContentFields = graphql(`
  fragment RevisionContentFields on ContentRevision {
    id
    number
    status
    version
    title
    summary
    level
    estimatedMinutes
    language
    publishedAt
    updatedAt
    submittedAt
    indicators {
      frameworkCode
      code
      name
    }
    lessons {
      key
      position
      title
      body
    }
    caseStudy {
      context
      problem
      whatWasDone
      results
      lessonsLearned
      sources {
        title
        kind
        year
        url
      }
    }
    playbook {
      serviceName
      prerequisites
      caseStudyId
      steps {
        key
        position
        title
        description
        responsibleRole
        estimatedDays
        evidence
      }
    }
  }
`);
