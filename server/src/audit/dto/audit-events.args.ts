import { ArgsType, Field, GraphQLISODateTime, InputType } from '@nestjs/graphql';
import { PageArgs } from '../../common/pagination/paginated';

@InputType({ description: 'Which audit events: every given condition must hold.' })
export class AuditEventFilter {
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'From this moment (inclusive).' })
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Up to this moment (exclusive).' })
  to?: Date | null;

  @Field(() => String, { nullable: true, description: "The actor's e-mail, exactly (any case)." })
  actorEmail?: string | null;

  @Field(() => String, { nullable: true, description: "One action, e.g. 'content.published'." })
  action?: string | null;

  @Field(() => String, { nullable: true })
  regionCode?: string | null;
}

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field(() => AuditEventFilter, { nullable: true })
  filter?: AuditEventFilter | null;
}
