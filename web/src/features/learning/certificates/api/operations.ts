import { graphql } from '../../../../gql';

export const MyCertificatesQuery = graphql(`
  query MyCertificates {
    myCertificates {
      id
      code
      kind
      title
      recipientName
      issuedAt
      itemId
      pathId
    }
  }
`);

/** Public: works signed out. */
export const VerifyCertificateQuery = graphql(`
  query VerifyCertificate($code: String!) {
    verifyCertificate(code: $code) {
      code
      recipientName
      title
      kind
      issuedAt
      issuer
      criteria {
        title
        lessonCount
        quizPassMarkPercents
      }
      credentialJson
    }
  }
`);
