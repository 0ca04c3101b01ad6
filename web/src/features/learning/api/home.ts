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
      recommended {
        id
        type
        publishedRevision {
          id
          title
          summary
          estimatedMinutes
        }
      }
    }
  }
`);
