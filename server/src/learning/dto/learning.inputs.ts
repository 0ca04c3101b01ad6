import { type AnswerPolicy, DEFAULT_ANSWER_POLICY, type QuestionKind } from '@living-lab/shared';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { AnswerPolicyEnum, QuestionKindEnum } from '../quiz.entity';

@InputType()
export class QuizOptionInput {
  @Field(() => ID, { nullable: true })
  key?: string | null;

  @Field()
  text: string;

  @Field()
  correct: boolean;
}

@InputType()
export class QuizQuestionInput {
  @Field(() => ID, { nullable: true, description: 'Keep the key of an existing question; omit for a new one.' })
  key?: string | null;

  @Field(() => QuestionKindEnum)
  kind: QuestionKind;

  @Field()
  prompt: string;

  @Field(() => [QuizOptionInput])
  options: QuizOptionInput[];

  @Field({ defaultValue: '', description: 'Shown after the attempt is submitted.' })
  explanation: string;
}

@InputType()
export class SaveQuizInput {
  @Field(() => ID)
  itemId: string;

  @Field(() => ID, { nullable: true, description: 'The lesson the quiz follows; omit for the quiz at the end of the module.' })
  lessonKey?: string | null;

  @Field(() => Int)
  passMarkPercent: number;

  @Field(() => [QuizQuestionInput])
  questions: QuizQuestionInput[];

  @Field(() => Int, { nullable: true, description: 'Attempts a learner may start, 1 to 20; null or omitted: unlimited.' })
  attemptsAllowed?: number | null;

  @Field(() => AnswerPolicyEnum, { defaultValue: DEFAULT_ANSWER_POLICY, description: 'When learners see the correct answers.' })
  answerPolicy: AnswerPolicy;

  @Field(() => Int, { nullable: true, description: 'Questions drawn at random for each attempt; null or omitted: all of them.' })
  drawCount?: number | null;

  @Field(() => Int, { nullable: true, description: 'The quiz version the edit is based on; omit when creating.' })
  version?: number | null;
}

@InputType()
export class QuizAnswerInput {
  @Field(() => ID)
  questionKey: string;

  @Field(() => [ID])
  optionKeys: string[];
}

@InputType()
export class SubmitQuizAttemptInput {
  @Field(() => ID)
  attemptId: string;

  @Field(() => [QuizAnswerInput])
  answers: QuizAnswerInput[];
}

@InputType()
export class PathStepInput {
  @Field(() => ID)
  itemId: string;

  @Field(() => [ID], { nullable: true, description: 'Modules of this path required first; default: the step before.' })
  requiresItemIds?: string[] | null;
}

@InputType()
export class SaveLearningPathInput {
  @Field(() => ID, { nullable: true, description: 'Omit to create a path.' })
  id?: string | null;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => [PathStepInput])
  steps: PathStepInput[];

  @Field(() => Int, { nullable: true })
  version?: number | null;
}
