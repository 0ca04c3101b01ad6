import { graphql } from '../../../gql';

export const MailOutboxQuery = graphql(`
  query MailOutbox($status: MailStatus, $search: String, $limit: Int!, $offset: Int!) {
    mailOutbox(status: $status, search: $search, limit: $limit, offset: $offset) {
      totalCount
      items {
        id
        to
        kind
        locale
        essential
        subject
        status
        attempts
        lastError
        textBody
        attachmentNames
        createdAt
        sentAt
      }
    }
  }
`);

export const RetryMailMutation = graphql(`
  mutation RetryMail($id: ID!) {
    retryMail(id: $id) {
      id
      status
      lastError
    }
  }
`);
