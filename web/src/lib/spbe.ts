import { graphql } from '../gql';

/** Domains with their indicators, for filters and the indicator picker. */
export const SpbeIndicatorsQuery = graphql(`
  query SpbeIndicators {
    spbeFramework {
      code
      domains {
        code
        number
        name
        aspects {
          code
          number
          name
          indicators {
            id
            code
            number
            name
          }
        }
      }
    }
  }
`);
