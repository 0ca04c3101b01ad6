import { graphql } from '../../../gql';

export const ReplicationMatrixQuery = graphql(`
  query ReplicationMatrix($provinceCode: String!) {
    replicationMatrix(provinceCode: $provinceCode) {
      adoptionId
      region {
        code
        name
      }
      playbook {
        id
        publishedRevision {
          id
          title
        }
      }
      stepsDone
      stepsBlocked
      stepsTotal
    }
  }
`);

export const AdoptionStepFields = graphql(`
  fragment AdoptionStepFields on AdoptionStepView {
    stepKey
    position
    title
    responsibleRole
    estimatedDays
    expectedEvidence
    status
    blockedReason
    owner
    evidenceUrl
    evidenceNote
    evidenceFileName
    evidenceFilePath
    startedOn
    doneOn
    version
  }
`);

export const PlaybookAdoptionQuery = graphql(`
  query PlaybookAdoption($id: ID!) {
    playbookAdoption(id: $id) {
      id
      regionCode
      region {
        code
        name
      }
      playbook {
        id
        publishedRevision {
          id
          title
        }
      }
      steps {
        ...AdoptionStepFields
      }
    }
  }
`);

export const UpdateAdoptionStepMutation = graphql(`
  mutation UpdateAdoptionStep($input: UpdateAdoptionStepInput!) {
    updateAdoptionStep(input: $input) {
      ...AdoptionStepFields
    }
  }
`);

export const AdoptPlaybookMutation = graphql(`
  mutation AdoptPlaybook($regionCode: String!, $playbookId: ID!) {
    adoptPlaybook(regionCode: $regionCode, playbookId: $playbookId) {
      id
    }
  }
`);

export const ReplicationPlaybooksQuery = graphql(`
  query ReplicationPlaybooks {
    catalogue(type: PLAYBOOK, limit: 100) {
      totalCount
      items {
        item {
          id
        }
        revision {
          id
          title
        }
      }
    }
  }
`);
