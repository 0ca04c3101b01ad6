import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { MenteeKind, PairStatus } from '../mentoring-pair.entity';
import { SessionStatus } from '../mentoring-session.entity';

@InputType()
export class CreatePairInput {
  @Field(() => ID)
  mentorId: string;

  @Field(() => MenteeKind)
  menteeKind: MenteeKind;

  @Field(() => ID, { nullable: true, description: 'LEARNER: the civil servant.' })
  menteeUserId?: string | null;

  @Field(() => String, { nullable: true, description: 'REGION_TEAM: the region.' })
  regionCode?: string | null;

  @Field(() => [ID], { nullable: true, description: 'REGION_TEAM: the named members.' })
  memberIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'A published playbook to focus on.' })
  playbookId?: string | null;

  @Field(() => [String], { defaultValue: [] })
  indicatorCodes: string[];

  @Field()
  goals: string;

  @Field({ description: 'YYYY-MM-DD' })
  startDate: string;

  @Field({ description: 'YYYY-MM-DD' })
  endDate: string;

  @Field(() => String, { nullable: true, description: 'Required to pair a mentor who is at capacity.' })
  capacityOverrideReason?: string | null;
}

@InputType()
export class EndPairInput {
  @Field(() => ID)
  pairId: string;

  @Field(() => PairStatus, { description: 'COMPLETED or CANCELLED.' })
  status: PairStatus;

  @Field()
  reason: string;

  @Field(() => Int)
  version: number;
}

@InputType()
export class SuggestMentorsInput {
  @Field(() => ID, { nullable: true })
  menteeUserId?: string | null;

  @Field(() => String, { nullable: true })
  regionCode?: string | null;

  @Field(() => [String], { defaultValue: [] })
  indicatorCodes: string[];

  @Field(() => ID, { nullable: true })
  playbookId?: string | null;
}

@InputType()
export class ScheduleSessionInput {
  @Field(() => ID)
  pairId: string;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => Int)
  durationMinutes: number;

  @Field(() => String, { nullable: true })
  onlineUrl?: string | null;

  @Field(() => String, { nullable: true })
  place?: string | null;

  @Field()
  agenda: string;
}

@InputType()
export class RescheduleSessionInput {
  @Field(() => ID)
  sessionId: string;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => Int)
  durationMinutes: number;

  @Field(() => Int)
  version: number;
}

@InputType()
export class CancelSessionInput {
  @Field(() => ID)
  sessionId: string;

  @Field()
  reason: string;

  @Field(() => Int)
  version: number;
}

@InputType()
export class ActionItemInput {
  @Field()
  text: string;

  @Field(() => ID, { description: 'The mentor or a mentee member.' })
  ownerId: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dueDate?: string | null;
}

@InputType()
export class RecordOutcomeInput {
  @Field(() => ID)
  sessionId: string;

  @Field(() => SessionStatus, { description: 'HELD or NO_SHOW.' })
  status: SessionStatus;

  @Field({ defaultValue: '' })
  notes: string;

  @Field(() => [ActionItemInput], { defaultValue: [] })
  actionItems: ActionItemInput[];

  @Field(() => Int)
  version: number;
}

@InputType({ description: 'A session that already took place (in the last 30 days), logged with its outcome in one step.' })
export class LogPastSessionInput {
  @Field(() => ID)
  pairId: string;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => Int)
  durationMinutes: number;

  @Field()
  agenda: string;

  @Field(() => SessionStatus, { description: 'HELD or NO_SHOW.' })
  status: SessionStatus;

  @Field({ defaultValue: '' })
  notes: string;

  @Field(() => [ActionItemInput], { defaultValue: [] })
  actionItems: ActionItemInput[];
}

@InputType()
export class FeedbackInput {
  @Field(() => ID)
  sessionId: string;

  @Field(() => Int)
  rating: number;

  @Field({ defaultValue: '' })
  comment: string;
}
