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

/**
 * One framework's indicators by code (the one in force when no code is given), grouped by domain
 * where the framework has domains (SPBE 59/2020) and by aspect otherwise (Indeks Pemerintah Digital).
 */
export const FrameworkIndicatorsQuery = graphql(`
  query FrameworkIndicators($code: String) {
    spbeFramework(code: $code) {
      code
      name
      domains {
        code
        number
        name
        aspects {
          code
        }
      }
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
`);

/** The frameworks content can be tagged with and filtered by, newest first. */
export const FrameworksQuery = graphql(`
  query Frameworks {
    spbeFrameworks {
      code
      name
      validFrom
      validTo
    }
  }
`);
