import { graphql } from '../../../gql';

export const PemdiEvaluationFieldsFragment = graphql(`
  fragment PemdiEvaluationFields on PemdiEvaluation {
    id
    regionCode
    year
    frameworkCode
    status
    submissionRound
    submittedAt
    version
    viewer {
      coordinates
      ownsIndicators
      seesEvidence
    }
    indices {
      frameworkCode
      year
      selfAssessed {
        index
        predicate
      }
      simulated {
        index
        predicate
        provenIndicators
        totalIndicators
      }
      official {
        index
        predicate
        source
        demo
      }
    }
  }
`);

export const PemdiEvaluationQuery = graphql(`
  query PemdiEvaluation($regionCode: String!, $year: Int!) {
    pemdiEvaluation(regionCode: $regionCode, year: $year) {
      ...PemdiEvaluationFields
    }
  }
`);

export const PemdiEvaluationDetailQuery = graphql(`
  query PemdiEvaluationDetail($regionCode: String!, $year: Int!) {
    pemdiEvaluation(regionCode: $regionCode, year: $year) {
      id
      indicators {
        indicatorCode
        indicatorName
        aspectCode
        weightBp
        value
        justification
        version
        owner {
          id
          fullName
        }
        evidence {
          id
          kind
          url
          fileName
          contentType
          sizeBytes
          note
          submittedRound
          verdict
          assessorNote
          replacedById
          version
          downloadPath
        }
      }
      openItems {
        kind
        indicatorCode
        indicatorName
        owner {
          id
          fullName
        }
        evidenceItemId
        note
      }
    }
  }
`);

export const PemdiOwnerCandidatesQuery = graphql(`
  query PemdiOwnerCandidates($evaluationId: ID!) {
    pemdiOwnerCandidates(evaluationId: $evaluationId) {
      id
      fullName
      agency
    }
  }
`);

export const PemdiIndexPlanQuery = graphql(`
  query PemdiIndexPlan($evaluationId: ID!, $basis: PemdiPlanBasis!, $target: Float) {
    pemdiIndexPlan(evaluationId: $evaluationId, basis: $basis, target: $target) {
      currentIndex
      target
      plannedIndex
      reachable
      explanation
      raises {
        indicatorCode
        indicatorName
        fromLevel
        toLevel
        weightBp
        gain
      }
    }
  }
`);

export const OpenPemdiEvaluationMutation = graphql(`
  mutation OpenPemdiEvaluation($input: OpenPemdiEvaluationInput!) {
    openPemdiEvaluation(input: $input) {
      ...PemdiEvaluationFields
    }
  }
`);

export const AssignPemdiOwnersMutation = graphql(`
  mutation AssignPemdiOwners($input: AssignPemdiOwnersInput!) {
    assignPemdiOwners(input: $input) {
      ...PemdiEvaluationFields
    }
  }
`);

export const SavePemdiIndicatorMutation = graphql(`
  mutation SavePemdiIndicator($input: SavePemdiIndicatorInput!) {
    savePemdiIndicator(input: $input) {
      indicatorCode
      value
      justification
      version
    }
  }
`);

export const AddPemdiEvidenceLinkMutation = graphql(`
  mutation AddPemdiEvidenceLink($input: AddPemdiEvidenceLinkInput!) {
    addPemdiEvidenceLink(input: $input) {
      id
    }
  }
`);

export const RemovePemdiEvidenceMutation = graphql(`
  mutation RemovePemdiEvidence($itemId: ID!) {
    removePemdiEvidence(itemId: $itemId)
  }
`);

export const SubmitPemdiEvaluationMutation = graphql(`
  mutation SubmitPemdiEvaluation($input: PemdiTransitionInput!) {
    submitPemdiEvaluation(input: $input) {
      ...PemdiEvaluationFields
    }
  }
`);

export const RecordEvidenceVerdictMutation = graphql(`
  mutation RecordEvidenceVerdict($input: RecordEvidenceVerdictInput!) {
    recordEvidenceVerdict(input: $input) {
      id
      verdict
      assessorNote
      version
    }
  }
`);
