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
      valid
    }
  }
`);

/** The learner's own credential to download: signed (VC-JWT) and as JSON. Others get NOT_FOUND. */
export const MyCertificateCredentialQuery = graphql(`
  query MyCertificateCredential($code: String!) {
    myCertificateCredential(code: $code) {
      code
      json
      jwt
    }
  }
`);
