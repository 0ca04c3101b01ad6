import { graphql } from '../../../gql';

export const SpbeFrameworkQuery = graphql(`
  query SpbeFramework($code: String) {
    spbeFramework(code: $code) {
      code
      name
      legalBasis
      validFrom
      maturityLevels {
        level
        name
      }
      predicates {
        minIndex
        name
      }
      domains {
        code
        number
        name
        weightBp
        aspects {
          code
          number
          name
          weightBp
          indicators {
            id
            code
            number
            name
            weightBp
            weightPercent
          }
        }
      }
    }
  }
`);
