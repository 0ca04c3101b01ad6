import { graphql } from '../../../../gql';

export const MyProfileQuery = graphql(`
  query MyProfile {
    me {
      ...CurrentUserFields
      coordinatedRegions {
        code
        name
        kind
      }
    }
  }
`);

export const UpdateMyProfileMutation = graphql(`
  mutation UpdateMyProfile($input: UpdateProfileInput!) {
    updateMyProfile(input: $input) {
      ...CurrentUserFields
    }
  }
`);
