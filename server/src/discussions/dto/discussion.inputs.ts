import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { PageArgs } from '../../common/pagination/paginated';

@ArgsType()
export class DiscussionThreadArgs extends PageArgs {
  @Field(() => ID, { description: 'The module or playbook.' })
  itemId: string;

  @Field(() => ID, { description: 'The lesson’s or step’s key.' })
  targetKey: string;
}

@InputType()
export class AskQuestionInput {
  @Field(() => ID)
  itemId: string;

  @Field(() => ID, { description: 'A lesson of the published module or a step of the published playbook.' })
  targetKey: string;

  @Field({ description: 'Markdown, 1 to 10 000 characters.' })
  body: string;
}

@InputType()
export class AnswerQuestionInput {
  @Field(() => ID)
  questionId: string;

  @Field({ description: 'Markdown, 1 to 10 000 characters.' })
  body: string;
}

@InputType()
export class HidePostInput {
  @Field(() => ID, { description: 'The question or answer.' })
  id: string;

  @Field({ description: 'Why it is hidden (kept for the audit, shown to moderators).' })
  reason: string;
}
