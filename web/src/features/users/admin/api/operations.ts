import { graphql } from '../../../../gql';

export const AdminUserFields = graphql(`
  fragment AdminUserFields on User {
    id
    fullName
    email
    agency
    regionCode
    region {
      code
      name
      kind
    }
    roles
    version
    emailVerifiedAt
    deactivatedAt
    coordinatedRegions {
      code
      name
      kind
      provinceCode
    }
  }
`);

export const UsersQuery = graphql(`
  query AdminUsers($search: String, $role: Role, $limit: Int!, $offset: Int!) {
    users(search: $search, role: $role, limit: $limit, offset: $offset) {
      totalCount
      items {
        ...AdminUserFields
      }
    }
  }
`);

export const SetUserRolesMutation = graphql(`
  mutation SetUserRoles($input: SetUserRolesInput!) {
    setUserRoles(input: $input) {
      ...AdminUserFields
    }
  }
`);

export const SetCoordinatorRegionsMutation = graphql(`
  mutation SetCoordinatorRegions($input: SetCoordinatorRegionsInput!) {
    setCoordinatorRegions(input: $input) {
      ...AdminUserFields
    }
  }
`);

export const SetUserActiveMutation = graphql(`
  mutation SetUserActive($input: SetUserActiveInput!) {
    setUserActive(input: $input) {
      ...AdminUserFields
    }
  }
`);

export const SendPasswordResetLinkMutation = graphql(`
  mutation SendPasswordResetLink($input: SendPasswordResetLinkInput!) {
    sendPasswordResetLink(input: $input)
  }
`);
