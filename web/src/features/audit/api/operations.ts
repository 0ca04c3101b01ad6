import { graphql } from '../../../gql';

export const AuditEventsQuery = graphql(`
  query AuditEvents($filter: AuditEventFilter, $limit: Int!, $offset: Int!) {
    auditEvents(filter: $filter, limit: $limit, offset: $offset) {
      totalCount
      items {
        id
        occurredAt
        actorEmail
        action
        subjectType
        subjectId
        regionCode
        before
        after
      }
    }
  }
`);
