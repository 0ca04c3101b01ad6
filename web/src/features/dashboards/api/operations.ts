import { graphql } from '../../../gql';

export const OverviewRowFields = graphql(`
  fragment OverviewRowFields on RegionOverviewRow {
    region {
      code
      name
    }
    learners
    activeLearners30d
    enrolments
    completions
    completionRate
    sessionsHeld
    actionItemsOpen
    actionItemsDone
    playbookStepsDone
    latestIndex
    latestIndexKind
    latestIndexYear
    target
  }
`);

export const RegionDashboardQuery = graphql(`
  query RegionDashboard($regionCode: String!, $frameworkCode: String) {
    regionDashboard(regionCode: $regionCode, frameworkCode: $frameworkCode) {
      frameworkCode
      row {
        ...OverviewRowFields
      }
      benchmarks {
        figure
        median
        rank
        of
      }
      monthly {
        month
        enrolments
        completions
        sessionsHeld
        playbookStepsDone
      }
    }
  }
`);

export const ProvinceOverviewQuery = graphql(`
  query ProvinceOverview($provinceCode: String!, $frameworkCode: String) {
    provinceOverview(provinceCode: $provinceCode, frameworkCode: $frameworkCode) {
      province {
        code
        name
      }
      frameworkCode
      target
      targetIsDefault
      rows {
        ...OverviewRowFields
      }
      medians {
        figure
        median
        of
      }
    }
  }
`);

export const CoordinatorHomeQuery = graphql(`
  query CoordinatorHome($frameworkCode: String) {
    coordinatorHome(frameworkCode: $frameworkCode) {
      coordinatesAllRegions
      frameworkCode
      regions {
        region {
          code
          name
        }
        activeLearnersThisMonth
        completionsThisMonth
        completionsTotal
        sessionsHeld
        openActionItems
        latestValue {
          frameworkCode
          year
          value
          kind
        }
        target
        evaluationStatus
        evaluationYear
      }
    }
  }
`);
