import type { ContentLevel, ContentType } from '@living-lab/shared';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { CaseStudyBodyInput, LessonInput, PlaybookBodyInput } from '../content-body';
import { ContentTypeEnum } from '../content-item.entity';
import { ContentLevelEnum } from '../content-revision.entity';

/** An indicator of one framework, by the framework's code and the indicator's code. */
@InputType()
export class IndicatorTagInput {
  @Field({ description: 'e.g. PERMENPANRB-8-2026 or PERMENPANRB-59-2020' })
  frameworkCode: string;

  @Field({ description: 'e.g. I05' })
  code: string;
}

/**
 * The editable text of a revision. A draft needs only a title (and no body part of another type);
 * everything else is checked for completeness when the draft is submitted for review.
 */
@InputType()
export class ContentDraftInput {
  @Field()
  title: string;

  @Field(() => String, { nullable: true, description: 'Required to submit for review.' })
  summary?: string | null;

  @Field(() => ContentLevelEnum, { defaultValue: 'BEGINNER' })
  level: ContentLevel;

  @Field(() => Int, { nullable: true, description: 'Minutes, 1-6000; required to submit for review (a draft stores 0 for none).' })
  estimatedMinutes?: number | null;

  @Field({ defaultValue: 'id', description: 'Language of the text: id or en.' })
  language: string;

  @Field(() => [String], {
    defaultValue: [],
    description: 'Legacy: indicator codes (I01-I47) of SPBE PermenPANRB 59/2020. Use `indicators` to name the framework of each tag.',
  })
  indicatorCodes: string[];

  @Field(() => [IndicatorTagInput], {
    nullable: true,
    description: 'Indicators of either framework (SPBE 59/2020 or Pemdi 8/2026) this content helps raise; added to `indicatorCodes`.',
  })
  indicators?: IndicatorTagInput[] | null;

  @Field(() => [LessonInput], { nullable: true, description: 'MODULE only.' })
  lessons?: LessonInput[] | null;

  @Field(() => CaseStudyBodyInput, { nullable: true, description: 'CASE_STUDY only; absent in a draft means empty sections.' })
  caseStudy?: CaseStudyBodyInput | null;

  @Field(() => PlaybookBodyInput, { nullable: true, description: 'PLAYBOOK only; absent in a draft means no steps yet.' })
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
