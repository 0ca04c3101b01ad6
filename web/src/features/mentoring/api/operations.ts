import { graphql } from '../../../gql';

export const ActionItemFields = graphql(`
  fragment ActionItemFields on ActionItem {
    id
    sessionId
    text
    dueDate
    doneAt
    owner {
      id
      fullName
    }
  }
`);

export const MentoringSessionFields = graphql(`
  fragment MentoringSessionFields on MentoringSession {
    id
    pairId
    startsAt
    durationMinutes
    onlineUrl
    place
    agenda
    status
    cancelReason
    sequence
    version
    notes
    # Inlined rather than ...ActionItemFields: the server's depth limit counts each fragment level.
    actionItems {
      id
      sessionId
      text
      dueDate
      doneAt
      owner {
        id
        fullName
      }
    }
    feedback {
      sessionId
      rating
      comment
      createdAt
    }
    ics
  }
`);

export const MentoringPairFields = graphql(`
  fragment MentoringPairFields on MentoringPair {
    id
    menteeKind
    status
    goals
    startDate
    endDate
    version
    capacityOverrideReason
    endReason
    mentor {
      id
      fullName
      agency
    }
    members {
      id
      fullName
      agency
    }
    region {
      code
      name
      kind
    }
    playbook {
      id
      publishedRevision {
        id
        title
      }
    }
    indicators {
      code
      name
    }
    sessions {
      ...MentoringSessionFields
    }
  }
`);

export const MyMentoringPairsQuery = graphql(`
  query MyMentoringPairs {
    myMentoringPairs {
      ...MentoringPairFields
    }
  }
`);

export const MentoringPairQuery = graphql(`
  query MentoringPair($id: ID!) {
    mentoringPair(id: $id) {
      ...MentoringPairFields
    }
  }
`);

export const MyUpcomingSessionsQuery = graphql(`
  query MyUpcomingSessions {
    myUpcomingSessions {
      id
      pairId
      startsAt
      durationMinutes
      agenda
      onlineUrl
      place
      status
      pair {
        id
        mentor {
          id
          fullName
        }
        members {
          id
          fullName
        }
      }
    }
  }
`);

export const MyOpenActionItemsQuery = graphql(`
  query MyOpenActionItems {
    myOpenActionItems {
      ...ActionItemFields
    }
  }
`);

export const PairingBoardQuery = graphql(`
  query PairingBoard($regionCode: String!) {
    pairingBoard(regionCode: $regionCode) {
      mentors {
        mentor {
          id
          fullName
          agency
        }
        activePairs
        capacity
      }
      learnersWithoutMentor {
        id
        fullName
        agency
      }
      regionWithoutTeamPair
      activity {
        pairId
        sessionsHeldThisMonth
      }
    }
    regionMentoringPairs(regionCode: $regionCode) {
      id
      menteeKind
      status
      startDate
      endDate
      mentor {
        id
        fullName
      }
      members {
        id
        fullName
      }
    }
  }
`);

/** Civil servants of a region, to choose a mentee or a region team's members. */
export const PairingLearnersQuery = graphql(`
  query PairingLearners($regionCode: String!) {
    regionLearners(regionCode: $regionCode, limit: 100, offset: 0) {
      totalCount
      items {
        learner {
          id
          fullName
          agency
        }
      }
    }
  }
`);

export const PublishedPlaybooksQuery = graphql(`
  query PublishedPlaybooks {
    catalogue(type: PLAYBOOK, limit: 100, offset: 0) {
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

export const MentorSuggestionsQuery = graphql(`
  query MentorSuggestions($input: SuggestMentorsInput!) {
    mentorSuggestions(input: $input) {
      mentor {
        id
        fullName
        agency
        region {
          code
          name
          kind
        }
      }
      score
      matchedIndicatorCodes
      authoredPlaybook
      activePairs
      capacity
      atCapacity
      averageRating
      ratings
    }
  }
`);

export const CreateMentoringPairMutation = graphql(`
  mutation CreateMentoringPair($input: CreatePairInput!) {
    createMentoringPair(input: $input) {
      ...MentoringPairFields
    }
  }
`);

export const EndMentoringPairMutation = graphql(`
  mutation EndMentoringPair($input: EndPairInput!) {
    endMentoringPair(input: $input) {
      ...MentoringPairFields
    }
  }
`);

export const ScheduleSessionMutation = graphql(`
  mutation ScheduleSession($input: ScheduleSessionInput!) {
    scheduleSession(input: $input) {
      ...MentoringSessionFields
    }
  }
`);

export const RescheduleSessionMutation = graphql(`
  mutation RescheduleSession($input: RescheduleSessionInput!) {
    rescheduleSession(input: $input) {
      ...MentoringSessionFields
    }
  }
`);

export const CancelSessionMutation = graphql(`
  mutation CancelSession($input: CancelSessionInput!) {
    cancelSession(input: $input) {
      ...MentoringSessionFields
    }
  }
`);

export const LogPastSessionMutation = graphql(`
  mutation LogPastSession($input: LogPastSessionInput!) {
    logPastSession(input: $input) {
      ...MentoringSessionFields
    }
  }
`);

export const RecordSessionOutcomeMutation = graphql(`
  mutation RecordSessionOutcome($input: RecordOutcomeInput!) {
    recordSessionOutcome(input: $input) {
      ...MentoringSessionFields
    }
  }
`);

export const GiveSessionFeedbackMutation = graphql(`
  mutation GiveSessionFeedback($input: FeedbackInput!) {
    giveSessionFeedback(input: $input) {
      sessionId
      rating
      comment
      createdAt
    }
  }
`);

export const SetActionItemDoneMutation = graphql(`
  mutation SetActionItemDone($actionItemId: ID!, $done: Boolean!) {
    setActionItemDone(actionItemId: $actionItemId, done: $done) {
      ...ActionItemFields
    }
  }
`);

export const CreateCalendarFeedMutation = graphql(`
  mutation CreateCalendarFeed {
    createCalendarFeed {
      url
    }
  }
`);

export const RevokeCalendarFeedMutation = graphql(`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed
  }
`);
