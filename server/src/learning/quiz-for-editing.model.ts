import type { AnswerPolicy, QuestionKind } from '@living-lab/shared';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { AnswerPolicyEnum, MODULE_END_SCOPE, QuestionKindEnum, type Quiz } from './quiz.entity';

@ObjectType()
export class EditableQuizOption {
  @Field(() => ID)
  key: string;

  @Field()
  text: string;

  @Field()
  correct: boolean;
}

@ObjectType()
export class EditableQuizQuestion {
  @Field(() => ID)
  key: string;

  @Field(() => QuestionKindEnum)
  kind: QuestionKind;

  @Field()
  prompt: string;

  @Field(() => [EditableQuizOption])
  options: EditableQuizOption[];

  @Field()
  explanation: string;
}

/** A quiz with its answer key: only ever returned to the module's author and admins. */
@ObjectType()
export class QuizForEditing {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  itemId: string;

  @Field(() => ID, { nullable: true, description: 'The lesson it follows; null for the quiz at the end of the module.' })
  lessonKey: string | null;

  @Field(() => Int)
  passMarkPercent: number;

  @Field(() => [EditableQuizQuestion])
  questions: EditableQuizQuestion[];

  @Field(() => Int, { nullable: true, description: 'Attempts a learner may start; null: unlimited.' })
  attemptsAllowed: number | null;

  @Field(() => AnswerPolicyEnum)
  answerPolicy: AnswerPolicy;

  @Field(() => Int, { nullable: true, description: 'Questions drawn at random for each attempt; null: all of them.' })
  drawCount: number | null;

  @Field(() => Int)
  version: number;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

export function quizForEditing(quiz: Quiz): QuizForEditing {
  return {
    id: quiz.id,
    itemId: quiz.itemId,
    lessonKey: quiz.scope === MODULE_END_SCOPE ? null : quiz.scope,
    passMarkPercent: quiz.passMarkPercent,
    questions: quiz.questions,
    attemptsAllowed: quiz.attemptsAllowed,
    answerPolicy: quiz.answerPolicy,
    drawCount: quiz.drawCount,
    version: quiz.version,
    updatedAt: quiz.updatedAt,
  };
}
