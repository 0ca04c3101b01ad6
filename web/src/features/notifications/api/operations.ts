import { graphql } from '../../../gql';

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    myUnreadNotificationCount
  }
`);

export const MyNotificationsQuery = graphql(`
  query MyNotifications($offset: Int!, $limit: Int!, $unreadOnly: Boolean!) {
    myNotifications(offset: $offset, limit: $limit, unreadOnly: $unreadOnly) {
      totalCount
      items {
        id
        kind
        link
        read
        createdAt
        params {
          name
          value
        }
      }
    }
  }
`);

export const MarkNotificationReadMutation = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      read
      readAt
    }
  }
`);

export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

export const MyNotificationPreferencesQuery = graphql(`
  query MyNotificationPreferences {
    myNotificationPreferences {
      kind
      emailDelivery
    }
  }
`);

export const SetNotificationPreferenceMutation = graphql(`
  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {
    setNotificationPreference(input: $input) {
      kind
      emailDelivery
    }
  }
`);
