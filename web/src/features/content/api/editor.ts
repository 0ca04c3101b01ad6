import { graphql } from '../../../gql';

/** The author's open revision with the comments of earlier reviews. */
export const EditorItemQuery = graphql(`
  query EditorItem($id: ID!) {
    contentItem(id: $id) {
      id
      type
      status
      author {
        id
        fullName
      }
      publishedRevision {
        id
      }
      workingRevision {
        ...RevisionContentFields
      }
      history {
        id
        action
        comment
        createdAt
        revisionId
        actor {
          id
          fullName
        }
      }
    }
  }
`);

/** Published case studies a playbook can link to. */
export const PublishedCaseStudiesQuery = graphql(`
  query PublishedCaseStudies {
    catalogue(type: CASE_STUDY, limit: 100, offset: 0) {
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

export const CreateContentMutation = graphql(`
  mutation CreateContent($input: CreateContentInput!) {
    createContent(input: $input) {
      id
      type
      status
      workingRevision {
        ...RevisionContentFields
      }
    }
  }
`);

export const UpdateDraftMutation = graphql(`
  mutation UpdateDraft($input: UpdateDraftInput!) {
    updateDraft(input: $input) {
      ...RevisionContentFields
    }
  }
`);

export const SubmitForReviewMutation = graphql(`
  mutation SubmitForReview($input: RevisionTransitionInput!) {
    submitForReview(input: $input) {
      id
      status
      version
      submittedAt
    }
  }
`);

export const WithdrawFromReviewMutation = graphql(`
  mutation WithdrawFromReview($input: RevisionTransitionInput!) {
    withdrawFromReview(input: $input) {
      id
      status
      version
    }
  }
`);
