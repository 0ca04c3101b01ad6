import { graphql } from '../../../gql';

export const CatalogueQuery = graphql(`
  query Catalogue(
    $search: String
    $type: ContentType
    $domainCode: String
    $indicatorCode: String
    $frameworkCode: String
    $level: ContentLevel
    $limit: Int!
    $offset: Int!
  ) {
    catalogue(
      search: $search
      type: $type
      domainCode: $domainCode
      indicatorCode: $indicatorCode
      frameworkCode: $frameworkCode
      level: $level
      limit: $limit
      offset: $offset
    ) {
      totalCount
      items {
        rank
        snippet
        indicatorMatch
        crosswalkedFrom {
          frameworkCode
          code
          name
        }
        item {
          id
          type
        }
        revision {
          id
          title
          summary
          level
          estimatedMinutes
          indicators {
            frameworkCode
            code
            name
          }
        }
      }
    }
  }
`);
