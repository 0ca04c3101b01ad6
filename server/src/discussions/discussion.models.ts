import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../common/pagination/paginated';
import { DiscussionQuestion } from './discussion.entities';

@ObjectType()
export class DiscussionThreadPage extends Paginated(DiscussionQuestion) {
  @Field({ description: 'Whether the viewer may accept answers here (the content’s author, or an admin).' })
  viewerMayAccept: boolean;
}

@ObjectType({ description: 'How many questions a lesson or step has (hidden ones count).' })
export class DiscussionCount {
  @Field(() => ID)
  targetKey: string;

  @Field(() => Int)
  questionCount: number;
}
