import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

/**
 * Type-specific content of a revision, stored as JSONB (it is read and written whole, with the
 * revision). Lessons and steps carry a `key` that stays the same across revisions, so learners'
 * progress and replication trackers keep pointing at the same lesson or step after an edit.
 */
export interface StoredLesson {
  key: string;
  title: string;
  body: string;
}
export interface StoredSource {
  title: string;
  kind: string;
  year: number;
  url: string | null;
}
export interface StoredStep {
  key: string;
  title: string;
  description: string;
  responsibleRole: string;
  estimatedDays: number;
  evidence: string;
}
export type StoredBody =
  | { type: 'MODULE'; lessons: StoredLesson[] }
  | {
      type: 'CASE_STUDY';
      context: string;
      problem: string;
      whatWasDone: string;
      results: string;
      lessonsLearned: string;
      sources: StoredSource[];
    }
  | { type: 'PLAYBOOK'; serviceName: string; prerequisites: string; steps: StoredStep[]; caseStudyId: string | null };

@ObjectType({ description: 'A lesson of a module; `key` stays the same across revisions.' })
export class Lesson {
  @Field(() => ID)
  key: string;

  @Field(() => Int)
  position: number;

  @Field()
  title: string;

  @Field({ description: 'Markdown.' })
  body: string;
}

@ObjectType()
export class Source {
  @Field()
  title: string;

  @Field({ description: 'Kind of source, e.g. "siaran pers", "dokumen resmi".' })
  kind: string;

  @Field(() => Int)
  year: number;

  @Field(() => String, { nullable: true })
  url: string | null;
}

@ObjectType({ description: 'Sections of a case study, each Markdown.' })
export class CaseStudyBody {
  @Field()
  context: string;

  @Field()
  problem: string;

  @Field()
  whatWasDone: string;

  @Field()
  results: string;

  @Field({ description: 'Including what went wrong.' })
  lessonsLearned: string;

  @Field(() => [Source])
  sources: Source[];
}

@ObjectType({ description: 'A step of a replication playbook; `key` stays the same across revisions.' })
export class PlaybookStep {
  @Field(() => ID)
  key: string;

  @Field(() => Int)
  position: number;

  @Field()
  title: string;

  @Field({ description: 'Markdown.' })
  description: string;

  @Field()
  responsibleRole: string;

  @Field(() => Int)
  estimatedDays: number;

  @Field({ description: 'What shows the step is done.' })
  evidence: string;
}

@ObjectType()
export class PlaybookBody {
  @Field()
  serviceName: string;

  @Field({ description: 'Markdown.' })
  prerequisites: string;

  @Field(() => [PlaybookStep])
  steps: PlaybookStep[];

  @Field(() => ID, { nullable: true, description: 'The linked case study (a content item).' })
  caseStudyId: string | null;
}

@InputType()
export class LessonInput {
  @Field(() => ID, { nullable: true, description: 'Keep the key of an existing lesson; omit for a new one.' })
  key?: string | null;

  @Field(() => Int)
  position: number;

  @Field()
  title: string;

  @Field()
  body: string;
}

@InputType()
export class SourceInput {
  @Field()
  title: string;

  @Field()
  kind: string;

  @Field(() => Int)
  year: number;

  @Field(() => String, { nullable: true })
  url?: string | null;
}

@InputType()
export class CaseStudyBodyInput {
  @Field()
  context: string;

  @Field()
  problem: string;

  @Field()
  whatWasDone: string;

  @Field()
  results: string;

  @Field()
  lessonsLearned: string;

  @Field(() => [SourceInput])
  sources: SourceInput[];
}

@InputType()
export class PlaybookStepInput {
  @Field(() => ID, { nullable: true })
  key?: string | null;

  @Field(() => Int)
  position: number;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field()
  responsibleRole: string;

  @Field(() => Int)
  estimatedDays: number;

  @Field()
  evidence: string;
}

@InputType()
export class PlaybookBodyInput {
  @Field()
  serviceName: string;

  @Field()
  prerequisites: string;

  @Field(() => [PlaybookStepInput])
  steps: PlaybookStepInput[];

  @Field(() => ID, { nullable: true })
  caseStudyId?: string | null;
}
