import { graphql } from '../../../../gql';

export const RegionLearnersQuery = graphql(`
  query RegionLearners($regionCode: String!, $limit: Int!, $offset: Int!) {
    regionLearners(regionCode: $regionCode, limit: $limit, offset: $offset) {
      totalCount
      items {
        learner {
          id
          fullName
          agency
          region {
            code
            name
            kind
          }
        }
        enrolments
        completions
        lastActivityAt
        modules {
          itemId
          progressPercent
          completedAt
          item {
            id
            publishedRevision {
              id
              title
            }
          }
        }
      }
    }
  }
`);
