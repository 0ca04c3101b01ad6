import { graphql } from '../../../gql';

/** The signed-in learner's progress in one module, as the server reports it. */
export const ModuleProgressFields = graphql(`
  fragment ModuleProgressFields on ModuleProgress {
    itemId
    enrolled
    enrolledAt
    completedAt
    lessonCount
    completedLessonKeys
    progressPercent
    resumeLessonKey
    quizzes {
      quizId
      lessonKey
      passed
      bestScorePercent
      attempts
    }
    certificate {
      id
      code
      title
      issuedAt
    }
  }
`);

export const LearnerQuizFields = graphql(`
  fragment LearnerQuizFields on LearnerQuiz {
    id
    lessonKey
    passMarkPercent
    questionCount
    attemptsAllowed
    answerPolicy
  }
`);

/** For the module page: progress and quizzes (the lessons come with the page's own query). */
export const ModuleLearningQuery = graphql(`
  query ModuleLearning($itemId: ID!) {
    moduleProgress(itemId: $itemId) {
      ...ModuleProgressFields
    }
    moduleQuizzes(itemId: $itemId) {
      ...LearnerQuizFields
    }
  }
`);

/** Only the progress: written to the cache from mutation results (the server's word, never a guess). */
export const ModuleProgressStateQuery = graphql(`
  query ModuleProgressState($itemId: ID!) {
    moduleProgress(itemId: $itemId) {
      ...ModuleProgressFields
    }
  }
`);

/** For the lesson player and quiz pages: the published lessons with the progress and quizzes. */
export const LessonPlayerQuery = graphql(`
  query LessonPlayer($itemId: ID!) {
    moduleProgress(itemId: $itemId) {
      ...ModuleProgressFields
      item {
        id
        type
        publishedRevision {
          id
          title
          language
          lessons {
            key
            position
            title
            body
          }
        }
      }
    }
    moduleQuizzes(itemId: $itemId) {
      ...LearnerQuizFields
    }
  }
`);

export const EnrolMutation = graphql(`
  mutation Enrol($itemId: ID!, $pathId: ID) {
    enrol(itemId: $itemId, pathId: $pathId) {
      ...ModuleProgressFields
    }
  }
`);

export const CompleteLessonMutation = graphql(`
  mutation CompleteLesson($itemId: ID!, $lessonKey: ID!) {
    completeLesson(itemId: $itemId, lessonKey: $lessonKey) {
      ...ModuleProgressFields
    }
  }
`);

export const StartQuizAttemptMutation = graphql(`
  mutation StartQuizAttempt($quizId: ID!) {
    startQuizAttempt(quizId: $quizId) {
      attemptId
      passMarkPercent
      attemptsLeft
      questions {
        key
        kind
        prompt
        options {
          key
          text
        }
      }
    }
  }
`);

export const SubmitQuizAttemptMutation = graphql(`
  mutation SubmitQuizAttempt($input: SubmitQuizAttemptInput!) {
    submitQuizAttempt(input: $input) {
      attemptId
      scorePercent
      passMarkPercent
      passed
      submittedAt
      correctCount
      answersRevealed
      attemptsLeft
      questions {
        key
        prompt
        options {
          key
          text
        }
        chosenOptionKeys
        correctOptionKeys
        correct
        explanation
      }
      progress {
        ...ModuleProgressFields
      }
    }
  }
`);

/** The module as its quiz editor needs it: who wrote it and its published lessons. */
export const QuizEditorModuleQuery = graphql(`
  query QuizEditorModule($id: ID!) {
    contentItem(id: $id) {
      id
      type
      author {
        id
        fullName
      }
      publishedRevision {
        id
        title
        lessons {
          key
          position
          title
        }
      }
    }
  }
`);

export const QuizForEditingFields = graphql(`
  fragment QuizForEditingFields on QuizForEditing {
    id
    itemId
    lessonKey
    passMarkPercent
    attemptsAllowed
    answerPolicy
    drawCount
    version
    updatedAt
    questions {
      key
      kind
      prompt
      explanation
      options {
        key
        text
        correct
      }
    }
  }
`);

export const QuizForEditingQuery = graphql(`
  query QuizForEditing($itemId: ID!, $lessonKey: ID) {
    quizForEditing(itemId: $itemId, lessonKey: $lessonKey) {
      ...QuizForEditingFields
    }
  }
`);

export const SaveQuizMutation = graphql(`
  mutation SaveQuiz($input: SaveQuizInput!) {
    saveQuiz(input: $input) {
      ...QuizForEditingFields
    }
  }
`);
