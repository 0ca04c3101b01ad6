import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Person, type User } from '../users';

@ObjectType({ description: 'A mentor ranked for a mentee and focus, with the reasons.' })
export class MentorSuggestion {
  @Field(() => Person)
  mentor: User;

  @Field(() => Float)
  score: number;

  @Field(() => [String], { description: 'Focus indicators the mentor has expertise in (declared or from content they wrote).' })
  matchedIndicatorCodes: string[];

  @Field({ description: 'The mentor wrote the focus playbook.' })
  authoredPlaybook: boolean;

  @Field(() => Int)
  activePairs: number;

  @Field(() => Int)
  capacity: number;

  @Field()
  atCapacity: boolean;

  @Field(() => Float, { nullable: true, description: 'Average rating (1-5) of their held sessions.' })
  averageRating: number | null;

  @Field(() => Int)
  ratings: number;
}

@ObjectType()
export class MentorLoad {
  @Field(() => Person)
  mentor: User;

  @Field(() => Int)
  activePairs: number;

  @Field(() => Int)
  capacity: number;
}

@ObjectType()
export class PairActivity {
  @Field(() => ID)
  pairId: string;

  @Field(() => Int, { description: 'Sessions held this month (WIB).' })
  sessionsHeldThisMonth: number;
}

@ObjectType({ description: 'The coordinator’s view of a region: mentors’ load, who has no mentor, activity per pair.' })
export class PairingBoard {
  @Field(() => [MentorLoad])
  mentors: MentorLoad[];

  @Field(() => [Person], { description: 'Civil servants of the region without an active pair (first 100).' })
  learnersWithoutMentor: User[];

  @Field({ description: 'The region has no active region-team pair.' })
  regionWithoutTeamPair: boolean;

  @Field(() => [PairActivity])
  activity: PairActivity[];
}

@ObjectType({ description: 'A private calendar feed URL: shown once, revocable.' })
export class CalendarFeedLink {
  @Field()
  url: string;
}
