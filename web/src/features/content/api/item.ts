import { graphql } from '../../../gql';

/** What every signed-in user may read: the published revision. */
export const ContentItemQuery = graphql(`
  query ContentItem($id: ID!) {
    contentItem(id: $id) {
      id
      type
      status
      archivedAt
      createdAt
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
      publishedRevision {
        ...RevisionContentFields
      }
    }
  }
`);

/** The work in progress: only for mentors, admins and the author (learners get FORBIDDEN). */
export const ContentWorkQuery = graphql(`
  query ContentWork($id: ID!) {
    contentItem(id: $id) {
      id
      workingRevision {
        id
        number
        status
        version
        title
        updatedAt
      }
    }
  }
`);

/** Title of the case study a playbook links to. */
export const LinkedCaseStudyQuery = graphql(`
  query LinkedCaseStudy($id: ID!) {
    contentItem(id: $id) {
      id
      publishedRevision {
        id
        title
      }
    }
  }
`);

export const ContentHistoryQuery = graphql(`
  query ContentHistory($id: ID!) {
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
        title
      }
      workingRevision {
        id
        title
      }
      revisions {
        id
        number
        status
        title
        updatedAt
        updatedBy {
          id
          fullName
        }
      }
      history {
        id
        action
        changedFields
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

export const MyContentQuery = graphql(`
  query MyContent {
    myContent {
      id
      type
      status
      archivedAt
      createdAt
      publishedRevision {
        id
        title
        publishedAt
      }
      workingRevision {
        id
        number
        title
        status
        updatedAt
      }
    }
  }
`);

export const StartRevisionMutation = graphql(`
  mutation StartRevision($itemId: ID!) {
    startRevision(itemId: $itemId) {
      id
      number
      status
      version
      title
      updatedAt
      item {
        id
      }
    }
  }
`);

export const ArchiveContentMutation = graphql(`
  mutation ArchiveContent($itemId: ID!) {
    archiveContent(itemId: $itemId) {
      id
      status
      archivedAt
    }
  }
`);

export const RestoreContentMutation = graphql(`
  mutation RestoreContent($itemId: ID!) {
    restoreContent(itemId: $itemId) {
      id
      status
      archivedAt
    }
  }
`);
