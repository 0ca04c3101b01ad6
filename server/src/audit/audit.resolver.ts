import { Args, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Can } from '../common/access/access-decorators';
import { Paginated } from '../common/pagination/paginated';
import { AuditService } from './audit.service';
import { AuditEvent } from './audit-event.entity';
import { AuditEventsArgs } from './dto/audit-events.args';

@ObjectType()
export class AuditEventPage extends Paginated(AuditEvent) {}

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Can('viewAuditLog')
  @Query(() => AuditEventPage, { description: 'The audit trail, newest first (admins).' })
  auditEvents(@Args() args: AuditEventsArgs): Promise<AuditEventPage> {
    return this.audit.list(args.filter ?? {}, args);
  }

  /** The changed fields as they were, as JSON text; stored with the event, no query. */
  @ResolveField(() => String, { nullable: true, description: 'The changed fields before, as a JSON object.' })
  before(@Parent() event: AuditEvent): string | null {
    return event.before ? JSON.stringify(event.before) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The changed fields after, as a JSON object.' })
  after(@Parent() event: AuditEvent): string | null {
    return event.after ? JSON.stringify(event.after) : null;
  }
}
