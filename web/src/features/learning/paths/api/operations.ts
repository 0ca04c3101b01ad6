import { graphql } from '../../../../gql';

export const LearningPathFields = graphql(`
  fragment LearningPathFields on LearningPath {
    id
    title
    description
    version
    createdAt
    steps {
      position
      locked
      completed
      item {
        id
        publishedRevision {
          id
          title
          summary
        }
      }
      requires {
        id
        publishedRevision {
          id
          title
        }
      }
    }
  }
`);

export const LearningPathsQuery = graphql(`
  query LearningPaths {
    learningPaths {
      ...LearningPathFields
    }
  }
`);

export const LearningPathQuery = graphql(`
  query LearningPath($id: ID!) {
    learningPath(id: $id) {
      ...LearningPathFields
    }
  }
`);

/** Published modules a path can hold. */
export const PublishedModulesQuery = graphql(`
  query PublishedModules {
    catalogue(type: MODULE, limit: 100, offset: 0) {
      totalCount
      items {
        item {
          id
        }
        revision {
          id
          title
        }
      }
    }
  }
`);

export const SaveLearningPathMutation = graphql(`
  mutation SaveLearningPath($input: SaveLearningPathInput!) {
    saveLearningPath(input: $input) {
      ...LearningPathFields
    }
  }
`);

export const EnrolInPathMutation = graphql(`
  mutation EnrolInPath($itemId: ID!, $pathId: ID!) {
    enrol(itemId: $itemId, pathId: $pathId) {
      itemId
      enrolled
      enrolledAt
    }
  }
`);
