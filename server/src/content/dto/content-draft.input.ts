import type { ContentLevel, ContentType } from '@living-lab/shared';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { CaseStudyBodyInput, LessonInput, PlaybookBodyInput } from '../content-body';
import { ContentTypeEnum } from '../content-item.entity';
import { ContentLevelEnum } from '../content-revision.entity';

/** The editable text of a revision; exactly the body part of the item's type is required. */
@InputType()
export class ContentDraftInput {
  @Field()
  title: string;

  @Field()
  summary: string;

  @Field(() => ContentLevelEnum)
  level: ContentLevel;

  @Field(() => Int)
  estimatedMinutes: number;

  @Field({ defaultValue: 'id', description: 'Language of the text: id or en.' })
  language: string;

  @Field(() => [String], { description: 'SPBE indicator codes (I01-I47) of the current framework.' })
  indicatorCodes: string[];

  @Field(() => [LessonInput], { nullable: true, description: 'MODULE only.' })
  lessons?: LessonInput[] | null;

  @Field(() => CaseStudyBodyInput, { nullable: true, description: 'CASE_STUDY only.' })
  caseStudy?: CaseStudyBodyInput | null;

  @Field(() => PlaybookBodyInput, { nullable: true, description: 'PLAYBOOK only.' })
  playbook?: PlaybookBodyInput | null;
}

@InputType()
export class CreateContentInput {
  @Field(() => ContentTypeEnum)
  type: ContentType;

  @Field(() => ContentDraftInput)
  draft: ContentDraftInput;
}

@InputType()
export class UpdateDraftInput {
  @Field(() => ID)
  revisionId: string;

  @Field(() => Int, { description: 'The revision version the edit is based on.' })
  version: number;

  @Field(() => ContentDraftInput)
  draft: ContentDraftInput;
}

/** A workflow step on a revision (submit, withdraw, approve, request changes). */
@InputType()
export class RevisionTransitionInput {
  @Field(() => ID)
  revisionId: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true, description: 'Required when requesting changes; optional when approving.' })
  comment?: string | null;
}
