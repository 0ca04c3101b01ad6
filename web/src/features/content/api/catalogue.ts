import { graphql } from '../../../gql';

export const CatalogueQuery = graphql(`
  query Catalogue(
    $search: String
    $type: ContentType
    $domainCode: String
    $indicatorCode: String
    $level: ContentLevel
    $limit: Int!
    $offset: Int!
  ) {
    catalogue(
      search: $search
      type: $type
      domainCode: $domainCode
      indicatorCode: $indicatorCode
      level: $level
      limit: $limit
      offset: $offset
    ) {
      totalCount
      items {
        rank
        snippet
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
            code
            name
          }
        }
      }
    }
  }
`);
