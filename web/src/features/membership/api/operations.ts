import { graphql } from '../../../gql';

export const RegionMoveFields = graphql(`
  fragment RegionMoveFields on RegionMoveRequest {
    id
    status
    createdAt
    decidedAt
    reason
    fromRegion {
      code
      name
      kind
    }
    toRegion {
      code
      name
      kind
    }
  }
`);

export const MyRegionMoveQuery = graphql(`
  query MyRegionMove {
    myRegionMoveRequest {
      ...RegionMoveFields
    }
  }
`);

export const RequestRegionMoveMutation = graphql(`
  mutation RequestRegionMove($toRegionCode: String!) {
    requestRegionMove(toRegionCode: $toRegionCode) {
      ...RegionMoveFields
    }
  }
`);

export const CancelMyRegionMoveMutation = graphql(`
  mutation CancelMyRegionMove {
    cancelMyRegionMove {
      ...RegionMoveFields
    }
  }
`);

export const PendingRegionMovesQuery = graphql(`
  query PendingRegionMoves($limit: Int!, $offset: Int!) {
    regionMoveRequests(limit: $limit, offset: $offset) {
      totalCount
      items {
        ...RegionMoveFields
        user {
          id
          fullName
        }
      }
    }
  }
`);

export const ApproveRegionMoveMutation = graphql(`
  mutation ApproveRegionMove($id: ID!) {
    approveRegionMove(id: $id) {
      ...RegionMoveFields
    }
  }
`);

export const RejectRegionMoveMutation = graphql(`
  mutation RejectRegionMove($id: ID!, $reason: String!) {
    rejectRegionMove(id: $id, reason: $reason) {
      ...RegionMoveFields
    }
  }
`);
