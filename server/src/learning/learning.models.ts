import type { AnswerPolicy, QuestionKind } from '@living-lab/shared';
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Paginated } from '../common/pagination/paginated';
import { ContentItem } from '../content';
import { SpbeIndicator } from '../spbe';
import { Person } from '../users';
import { Certificate } from './certificate.entity';
import { AnswerPolicyEnum, QuestionKindEnum } from './quiz.entity';

@ObjectType({ description: 'An answer option as learners see it: never whether it is correct.' })
export class QuizOption {
  @Field(() => ID)
  key: string;

  @Field()
  text: string;
}

@ObjectType()
export class QuizQuestion {
  @Field(() => ID)
  key: string;

  @Field(() => QuestionKindEnum)
  kind: QuestionKind;

  @Field()
  prompt: string;

  @Field(() => [QuizOption])
  options: QuizOption[];
}

@ObjectType({ description: 'A quiz as learners see it before answering.' })
export class LearnerQuiz {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true, description: 'The lesson it belongs to; null for the quiz at the end of the module.' })
  lessonKey: string | null;

  @Field(() => Int)
  passMarkPercent: number;

  @Field(() => Int, { description: 'Questions in each attempt (drawn from a larger pool when the author chose so).' })
  questionCount: number;

  @Field(() => Int, { nullable: true, description: 'Attempts a learner may start; null: unlimited.' })
  attemptsAllowed: number | null;

  @Field(() => AnswerPolicyEnum)
  answerPolicy: AnswerPolicy;
}

@ObjectType({ description: 'A started attempt: the questions without their answers.' })
export class QuizAttemptStart {
  @Field(() => ID)
  attemptId: string;

  @Field(() => Int)
  passMarkPercent: number;

  @Field(() => [QuizQuestion], { description: 'In this attempt’s order: options are shuffled per attempt.' })
  questions: QuizQuestion[];

  @Field(() => Int, { nullable: true, description: 'Attempts the learner may still start after this one; null: unlimited.' })
  attemptsLeft: number | null;
}

@ObjectType({ description: 'A graded question, revealed after the attempt is submitted.' })
export class GradedQuestion {
  @Field(() => ID)
  key: string;

  @Field()
  prompt: string;

  @Field(() => [QuizOption])
  options: QuizOption[];

  @Field(() => [ID])
  chosenOptionKeys: string[];

  @Field(() => [ID], { nullable: true, description: 'Null unless the quiz’s answer policy reveals the answers.' })
  correctOptionKeys: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Null unless the quiz’s answer policy reveals the answers.' })
  correct: boolean | null;

  @Field(() => String, { nullable: true, description: 'Null unless the quiz’s answer policy reveals the answers.' })
  explanation: string | null;
}

@ObjectType()
export class QuizStatus {
  @Field(() => ID)
  quizId: string;

  @Field(() => ID, { nullable: true })
  lessonKey: string | null;

  @Field()
  passed: boolean;

  @Field(() => Int, { nullable: true })
  bestScorePercent: number | null;

  @Field(() => Int)
  attempts: number;
}

@ObjectType({ description: 'A learner’s progress in one module, against its published lessons.' })
export class ModuleProgress {
  @Field(() => ID)
  itemId: string;

  @Field(() => ContentItem)
  item?: ContentItem;

  @Field()
  enrolled: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  enrolledAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  completedAt: Date | null;

  @Field(() => Int)
  lessonCount: number;

  @Field(() => [ID])
  completedLessonKeys: string[];

  @Field(() => Int, { description: 'Completed lessons of the published revision, in whole percent.' })
  progressPercent: number;

  @Field(() => ID, { nullable: true, description: 'The first lesson not yet completed.' })
  resumeLessonKey: string | null;

  @Field(() => [QuizStatus])
  quizzes: QuizStatus[];

  @Field(() => Certificate, { nullable: true })
  certificate: Certificate | null;
}

@ObjectType()
export class QuizResult {
  @Field(() => ID)
  attemptId: string;

  @Field(() => Int)
  scorePercent: number;

  @Field(() => Int)
  passMarkPercent: number;

  @Field()
  passed: boolean;

  @Field(() => GraphQLISODateTime)
  submittedAt: Date;

  @Field(() => Int, { description: 'Questions answered right.' })
  correctCount: number;

  @Field({ description: 'Whether the correct answers and explanations are included (the quiz’s answer policy).' })
  answersRevealed: boolean;

  @Field(() => Int, { nullable: true, description: 'Attempts the learner may still start; null: unlimited.' })
  attemptsLeft: number | null;

  @Field(() => [GradedQuestion])
  questions: GradedQuestion[];

  @Field(() => ModuleProgress, { description: 'The module’s progress after this attempt.' })
  progress: ModuleProgress;
}

@ObjectType()
export class PathStep {
  @Field(() => Int)
  position: number;

  @Field(() => ContentItem)
  item: ContentItem;

  @Field(() => [ContentItem], { description: 'Modules of the path that must be complete first.' })
  requires: ContentItem[];

  @Field({ description: 'For the viewer: true while a required module is not complete.' })
  locked: boolean;

  @Field({ description: 'For the viewer.' })
  completed: boolean;
}

@ObjectType({ description: 'What a learner met in one module to earn a certificate.' })
export class CertificateModuleCriteria {
  @Field({ description: 'The module’s title as certified.' })
  title: string;

  @Field(() => Int, { description: 'Lessons completed (all the module had when the certificate was issued).' })
  lessonCount: number;

  @Field(() => [Int], { description: 'Pass mark of each quiz passed; empty when the module had no quiz.' })
  quizPassMarkPercents: number[];
}

@ObjectType({ description: 'What the public verification page shows: no email, NIP or other personal data.' })
export class CertificateVerification {
  @Field()
  code: string;

  @Field()
  recipientName: string;

  @Field()
  title: string;

  @Field()
  kind: string;

  @Field(() => GraphQLISODateTime)
  issuedAt: Date;

  @Field()
  issuer: string;

  @Field(() => [CertificateModuleCriteria], {
    description: 'What was required: for a module certificate its one module, for a path certificate each of its modules.',
  })
  criteria: CertificateModuleCriteria[];

  @Field({
    description:
      'Whether the credential holds: the issuer signature over the stored record verifies with the published key, and the `credential` given (if any) is that signed credential.',
  })
  valid: boolean;
}

@ObjectType({ description: 'A learner’s own Open Badges 3.0 credential, to download.' })
export class CertificateCredential {
  @Field()
  code: string;

  @Field({ description: 'The OpenBadgeCredential (JSON-LD) as a JSON string, without its proof.' })
  json: string;

  @Field({ description: 'The credential signed by the issuer: a VC-JWT (application/vc+jwt, EdDSA).' })
  jwt: string;
}

@ObjectType({ description: 'One learner of a coordinated region, with their learning.' })
export class RegionLearner {
  @Field(() => Person)
  learner: Person;

  @Field(() => Int)
  enrolments: number;

  @Field(() => Int)
  completions: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastActivityAt: Date | null;

  @Field(() => [ModuleProgress])
  modules: ModuleProgress[];
}

@ObjectType()
export class RegionLearnerPage extends Paginated(RegionLearner) {}

/** Why a module is recommended. */
export enum RecommendationBasis {
  /** One of the weakest indicators of the region's latest submitted self-assessment on the framework in force. */
  WEAKEST_INDICATOR = 'WEAKEST_INDICATOR',
  /** The region has no such assessment (or the learner no region): one of the heaviest indicators of the framework. */
  HEAVIEST_INDICATOR = 'HEAVIEST_INDICATOR',
  /** The module is tagged with no indicator: newest published first, after the others. */
  NEWEST = 'NEWEST',
}
registerEnumType(RecommendationBasis, { name: 'RecommendationBasis' });

@ObjectType({
  description:
    'The structured reason of a recommendation (the web words it): "Kab. X scores 1.80 on I05 Tata Kelola Data (Indeks Pemdi 2026); this module covers it".',
})
export class RecommendationReason {
  @Field(() => RecommendationBasis)
  basis: RecommendationBasis;

  @Field(() => String, { nullable: true, description: 'The learner’s region; null when the learner has none.' })
  regionCode: string | null;

  @Field(() => String, { nullable: true })
  regionName: string | null;

  @Field(() => String, { nullable: true, description: 'Framework of the indicator and the value, e.g. PERMENPANRB-8-2026.' })
  frameworkCode: string | null;

  @Field(() => Int, { nullable: true, description: 'Evaluation year of the value (WEAKEST_INDICATOR only).' })
  year: number | null;

  @Field(() => String, { nullable: true })
  indicatorCode: string | null;

  @Field(() => String, { nullable: true })
  indicatorName: string | null;

  @Field(() => Float, { nullable: true, description: 'The region’s self-assessed value, two decimals (WEAKEST_INDICATOR only).' })
  value: number | null;

  @Field(() => Float, { nullable: true, description: 'The indicator’s weight in percent.' })
  weightPercent: number | null;

  @Field(() => SpbeIndicator, {
    nullable: true,
    description:
      'Set when the module is tagged with an indicator of another framework that Living Lab’s editorial crosswalk maps onto this one.',
  })
  crosswalkedFrom: SpbeIndicator | null;
}

@ObjectType()
export class Recommendation {
  @Field(() => ContentItem)
  item: ContentItem;

  @Field(() => RecommendationReason)
  reason: RecommendationReason;
}

@ObjectType()
export class LearnerHome {
  @Field(() => [ModuleProgress], { description: 'Modules started and not completed, most recent first.' })
  continueLearning: ModuleProgress[];

  @Field(() => [Certificate])
  certificates: Certificate[];

  @Field(() => [ContentItem], { description: 'The items of `recommendations`, in the same order.' })
  recommended: ContentItem[];

  @Field(() => [Recommendation], {
    description:
      'Published modules the learner has not started, each with its reason: on the weakest indicators of the region’s latest submitted self-assessment on the framework in force, or, without one, on the framework’s heaviest indicators.',
  })
  recommendations: Recommendation[];
}
