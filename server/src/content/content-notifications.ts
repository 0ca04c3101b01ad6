import { NotificationKind } from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotificationService } from '../notifications';
import { UsersService } from '../users';
import type { ContentItem } from './content-item.entity';
import type { ContentRevision } from './content-revision.entity';
import type { WorkflowAction } from './content-workflow';

/**
 * Who hears of a review step: a submitted revision goes to the mentors who may review it (every
 * mentor but its author: `reviewContent` is not scoped further); the author hears of changes
 * requested and of the approval, which publishes the revision.
 */
@Injectable()
export class ContentNotifications {
  constructor(
    private readonly notifications: NotificationService,
    private readonly users: UsersService,
  ) {}

  async transitioned(
    manager: EntityManager,
    action: Exclude<WorkflowAction, 'edit'>,
    item: ContentItem,
    revision: ContentRevision,
    actorId: string,
  ) {
    const params = { title: revision.title };
    if (action === 'submit') {
      const reviewers = (await this.users.withRole('MENTOR', { people: true })).map((user) => user.id);
      await this.notifications.notify(manager, {
        kind: NotificationKind.REVISION_SUBMITTED,
        recipientIds: reviewers.filter((id) => id !== item.authorId && id !== actorId),
        object: { type: 'ContentRevision', id: revision.id, link: `/tinjauan/${revision.id}` },
        params,
        dedupeKey: `revision-submitted:${revision.id}:${revision.version}`,
      });
      return;
    }
    const kind = { requestChanges: NotificationKind.REVISION_CHANGES_REQUESTED, approve: NotificationKind.REVISION_PUBLISHED }[
      action as 'requestChanges' | 'approve'
    ];
    if (!kind || item.authorId === actorId) return;
    await this.notifications.notify(manager, {
      kind,
      recipientIds: [item.authorId],
      object: { type: 'ContentItem', id: item.id, link: `/konten/${item.id}` },
      params,
      dedupeKey: `${kind}:${revision.id}:${revision.version}`,
    });
  }
}
