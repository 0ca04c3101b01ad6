import { graphql } from '../../../gql';

export const DiscussionAnswerFields = graphql(`
  fragment DiscussionAnswerFields on DiscussionAnswer {
    id
    body
    hidden
    hiddenAt
    hiddenReason
    hiddenBy {
      id
      fullName
    }
    accepted
    createdAt
    author {
      id
      fullName
      agency
    }
  }
`);

export const DiscussionQuestionFields = graphql(`
  fragment DiscussionQuestionFields on DiscussionQuestion {
    id
    body
    hidden
    hiddenAt
    hiddenReason
    hiddenBy {
      id
      fullName
    }
    createdAt
    author {
      id
      fullName
      agency
    }
    answers {
      ...DiscussionAnswerFields
    }
  }
`);

export const DiscussionThreadQuery = graphql(`
  query DiscussionThread($itemId: ID!, $targetKey: ID!, $offset: Int, $limit: Int) {
    discussionThread(itemId: $itemId, targetKey: $targetKey, offset: $offset, limit: $limit) {
      totalCount
      viewerMayAccept
      items {
        ...DiscussionQuestionFields
      }
    }
  }
`);

export const DiscussionCountsQuery = graphql(`
  query DiscussionCounts($itemId: ID!) {
    discussionCounts(itemId: $itemId) {
      targetKey
      questionCount
    }
  }
`);

export const AskQuestionMutation = graphql(`
  mutation AskQuestion($input: AskQuestionInput!) {
    askQuestion(input: $input) {
      ...DiscussionQuestionFields
    }
  }
`);

export const AnswerQuestionMutation = graphql(`
  mutation AnswerQuestion($input: AnswerQuestionInput!) {
    answerQuestion(input: $input) {
      ...DiscussionAnswerFields
    }
  }
`);

export const AcceptAnswerMutation = graphql(`
  mutation AcceptAnswer($answerId: ID!) {
    acceptAnswer(answerId: $answerId) {
      id
      accepted
    }
  }
`);

export const HideQuestionMutation = graphql(`
  mutation HideQuestion($input: HidePostInput!) {
    hideQuestion(input: $input) {
      ...DiscussionQuestionFields
    }
  }
`);

export const HideAnswerMutation = graphql(`
  mutation HideAnswer($input: HidePostInput!) {
    hideAnswer(input: $input) {
      ...DiscussionAnswerFields
    }
  }
`);
