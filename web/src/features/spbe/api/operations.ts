import { graphql } from '../../../gql';

export const SpbeFrameworkQuery = graphql(`
  query SpbeFramework($code: String) {
    spbeFramework(code: $code) {
      code
      name
      legalBasis
      validFrom
      validTo
      revocation {
        on
        by
      }
      scale {
        resolution
      }
      maturityLevels {
        level
        name
        nameEn
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
        maturityLevels {
          level
          name
          nameEn
        }
        aspects {
          code
        }
      }
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
`);

/** The frameworks for the picker: code, name and the evaluation years each applies to. */
export const SpbeFrameworksQuery = graphql(`
  query SpbeFrameworks {
    spbeFrameworks {
      code
      name
      validFrom
      validTo
      revocation {
        on
        by
      }
    }
  }
`);

/** A region's values on every framework, one series each: the SPBE history beside the Pemdi present. */
export const RegionIndexHistoryQuery = graphql(`
  query RegionIndexHistory($regionCode: String!) {
    regionSpbe(regionCode: $regionCode) {
      region {
        code
        name
      }
      history {
        frameworkCode
        values {
          frameworkCode
          year
          value
          kind
          source
        }
      }
    }
  }
`);

/** Admins: renames the level names of a framework or of one of its domains. */
export const SetSpbeLevelNamesMutation = graphql(`
  mutation SetSpbeLevelNames($frameworkCode: String!, $domainCode: String, $levels: [MaturityLevelInput!]) {
    setSpbeLevelNames(frameworkCode: $frameworkCode, domainCode: $domainCode, levels: $levels) {
      code
      maturityLevels {
        level
        name
        nameEn
      }
      domains {
        code
        maturityLevels {
          level
          name
          nameEn
        }
      }
    }
  }
`);
