import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { VisibleParts } from '../content';
import { ContentReaderService } from '../content';
import { NotificationKind, NotificationService } from '../notifications';
import { canSignIn, type User, UsersService } from '../users';
import type { DiscussionAnswer, DiscussionQuestion } from './discussion.entities';

/** Where a post is read: a lesson in the lesson player, a playbook step on the playbook's page. */
export function threadLink(target: VisibleParts, targetKey: string): string {
  return target.kind === 'LESSON' ? `/belajar/${target.item.id}/${targetKey}` : `/konten/${target.item.id}#step-${targetKey}`;
}

/** "Module title: lesson title", what the texts of both kinds name. */
function titleOf(target: VisibleParts, targetKey: string): string {
  const part = target.parts.find((candidate) => candidate.key === targetKey);
  return part ? `${target.title}: ${part.title}` : target.title;
}

/**
 * Who hears of a post, through the notifications feature, inside the transaction that writes it (a
 * post and its notifications are stored together or not at all; the dedupe key makes a repeat a no-op).
 */
@Injectable()
export class DiscussionNotifier {
  constructor(
    private readonly notifications: NotificationService,
    private readonly users: UsersService,
    private readonly content: ContentReaderService,
  ) {}

  /**
   * Every mentor who signs in (mentors see all content, so each may see the question), except the
   * asker. Mentors choose per kind: e-mail at once, in the daily digest, or in the app only.
   */
  async questionAsked(
    manager: EntityManager,
    { question, target, asker }: { question: DiscussionQuestion; target: VisibleParts; asker: User },
  ) {
    // In the asking transaction: a second pool connection per question could exhaust the pool.
    const mentors = await this.users.withRole('MENTOR', { people: true }, manager);
    await this.notifications.notify(manager, {
      kind: NotificationKind.QUESTION_ASKED,
      recipientIds: mentors.filter((mentor) => mentor.id !== asker.id).map((mentor) => mentor.id),
      object: { type: 'DiscussionQuestion', id: question.id, link: threadLink(target, question.targetKey) },
      params: { title: titleOf(target, question.targetKey) },
      dedupeKey: `question-asked:${question.id}`,
    });
  }

  /** The asker, unless they answered themselves or may no longer see the content. */
  async questionAnswered(
    manager: EntityManager,
    {
      question,
      answer,
      target,
      answerer,
    }: { question: DiscussionQuestion; answer: DiscussionAnswer; target: VisibleParts; answerer: User },
  ) {
    if (question.authorId === answerer.id) return;
    const asker = await this.users.findById(question.authorId, manager);
    if (!asker || !canSignIn(asker) || !(await this.content.visibleParts(asker, question.itemId, manager))) return;
    await this.notifications.notify(manager, {
      kind: NotificationKind.QUESTION_ANSWERED,
      recipientIds: [asker.id],
      object: { type: 'DiscussionQuestion', id: question.id, link: threadLink(target, question.targetKey) },
      params: { title: titleOf(target, question.targetKey) },
      dedupeKey: `question-answered:${answer.id}`,
    });
  }
}
