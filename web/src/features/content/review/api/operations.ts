import { graphql } from '../../../../gql';

export const ReviewQueueQuery = graphql(`
  query ReviewQueue {
    reviewQueue {
      id
      number
      title
      status
      submittedAt
      item {
        id
        type
        author {
          id
          fullName
        }
      }
    }
  }
`);

export const ReviewRevisionQuery = graphql(`
  query ReviewRevision($id: ID!) {
    contentRevision(id: $id) {
      ...RevisionContentFields
      updatedBy {
        id
        fullName
      }
      item {
        id
        type
        author {
          id
          fullName
          agency
          region {
            code
            name
            kind
          }
        }
      }
    }
  }
`);

export const ApproveRevisionMutation = graphql(`
  mutation ApproveRevision($input: RevisionTransitionInput!) {
    approveRevision(input: $input) {
      id
      status
      version
      publishedAt
      item {
        id
      }
    }
  }
`);

export const RequestChangesMutation = graphql(`
  mutation RequestChanges($input: RevisionTransitionInput!) {
    requestChanges(input: $input) {
      id
      status
      version
      item {
        id
      }
    }
  }
`);
