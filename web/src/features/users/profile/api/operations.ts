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

/** Whether the address is confirmed: the profile's verification notice. */
export const MyAccountStatusQuery = graphql(`
  query MyAccountStatus {
    me {
      id
      emailVerifiedAt
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      token
      user {
        ...CurrentUserFields
      }
    }
  }
`);

export const ResendVerificationMutation = graphql(`
  mutation ResendVerificationEmail {
    resendVerificationEmail
  }
`);
