import { graphql } from '../../../gql';

export const LearnerHomeQuery = graphql(`
  query LearnerHome {
    learnerHome {
      continueLearning {
        itemId
        progressPercent
        lessonCount
        completedLessonKeys
        resumeLessonKey
        item {
          id
          publishedRevision {
            id
            title
          }
        }
      }
      certificates {
        id
        code
        title
        kind
        issuedAt
      }
      recommendations {
        item {
          id
          type
          publishedRevision {
            id
            title
            summary
            estimatedMinutes
          }
        }
        reason {
          basis
          regionCode
          regionName
          frameworkCode
          year
          indicatorCode
          indicatorName
          value
          weightPercent
          crosswalkedFrom {
            frameworkCode
            code
            name
          }
        }
      }
    }
  }
`);
