import { graphql } from '../../../gql';

/**
 * One framework, by code, with weights, maturity levels and predicate bands: enough for the shared index
 * arithmetic. By code, because the server's default is the framework in force this year (Pemdi from 2026),
 * not the one a self-assessment's year is scored on.
 */
export const SpbeFrameworkFullQuery = graphql(`
  query SpbeFrameworkFull($code: String!) {
    spbeFramework(code: $code) {
      code
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
          }
        }
      }
      maturityLevels {
        level
        name
      }
      predicates {
        name
        minIndex
      }
    }
  }
`);

export const RegionSpbeQuery = graphql(`
  query RegionSpbe($regionCode: String!, $frameworkCode: String) {
    regionSpbe(regionCode: $regionCode, frameworkCode: $frameworkCode) {
      region {
        code
        name
        kind
        provinceCode
      }
      target
      gapToTarget
      latestAssessment {
        id
        year
        index
        predicate
        status
        version
      }
      latestLevels {
        indicatorCode
        level
      }
      domainScores {
        code
        name
        score
        weightBp
      }
      aspectScores {
        code
        name
        score
        weightBp
      }
      selfAssessed {
        id
        year
        index
        predicate
      }
      published {
        id
        year
        index
        source
        demo
      }
      benchmarks {
        id
        scope
        year
        index
        source
        demo
      }
    }
  }
`);

export const AssessmentFields = graphql(`
  fragment AssessmentFields on Assessment {
    id
    regionCode
    year
    status
    index
    predicate
    version
    levels {
      indicatorCode
      level
      evidenceUrl
      note
    }
  }
`);

export const SpbeAssessmentQuery = graphql(`
  query SpbeAssessment($regionCode: String!, $year: Int!) {
    spbeAssessment(regionCode: $regionCode, year: $year) {
      ...AssessmentFields
    }
  }
`);

export const SaveSpbeAssessmentMutation = graphql(`
  mutation SaveSpbeAssessment($input: SaveAssessmentInput!) {
    saveSpbeAssessment(input: $input) {
      ...AssessmentFields
    }
  }
`);

export const FinalizeSpbeAssessmentMutation = graphql(`
  mutation FinalizeSpbeAssessment($input: AssessmentTransitionInput!) {
    finalizeSpbeAssessment(input: $input) {
      ...AssessmentFields
    }
  }
`);

export const ReopenSpbeAssessmentMutation = graphql(`
  mutation ReopenSpbeAssessment($input: AssessmentTransitionInput!) {
    reopenSpbeAssessment(input: $input) {
      ...AssessmentFields
    }
  }
`);

export const SpbeIndexPlanQuery = graphql(`
  query SpbeIndexPlan($assessmentId: ID!, $target: Float) {
    spbeIndexPlan(assessmentId: $assessmentId, target: $target) {
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
        content {
          id
          type
          publishedRevision {
            id
            title
          }
        }
      }
    }
  }
`);

export const ActionPlanFields = graphql(`
  fragment ActionPlanFields on ActionPlan {
    id
    assessmentId
    regionCode
    target
    createdAt
    items {
      id
      indicatorCode
      fromLevel
      toLevel
      owner
      dueDate
    }
  }
`);

export const LatestSpbeActionPlanQuery = graphql(`
  query LatestSpbeActionPlan($regionCode: String!) {
    latestSpbeActionPlan(regionCode: $regionCode) {
      ...ActionPlanFields
    }
  }
`);

export const SaveSpbeActionPlanMutation = graphql(`
  mutation SaveSpbeActionPlan($input: SaveActionPlanInput!) {
    saveSpbeActionPlan(input: $input) {
      ...ActionPlanFields
    }
  }
`);

export const SetSpbeTargetMutation = graphql(`
  mutation SetSpbeTarget($provinceCode: String!, $target: Float!, $version: Int) {
    setSpbeTarget(provinceCode: $provinceCode, target: $target, version: $version) {
      provinceCode
      target
      version
    }
  }
`);

export const RecordPublishedSpbeScoreMutation = graphql(`
  mutation RecordPublishedSpbeScore($input: RecordPublishedScoreInput!) {
    recordPublishedSpbeScore(input: $input) {
      id
      year
      index
      source
      demo
    }
  }
`);
