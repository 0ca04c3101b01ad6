import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { RegionAccessService } from '../regions';
import { type User, UsersService } from '../users';
import { PairMember } from './mentoring-pair.entity';
import { ActionItem, MentoringSession } from './mentoring-session.entity';

export interface SessionExportRow {
  session: MentoringSession;
  mentorName: string;
  menteeNames: string[];
  actionItemsOpen: number;
  actionItemsDone: number;
}

export interface ActionItemExportRow {
  item: ActionItem;
  session: MentoringSession;
  ownerName: string;
  mentorName: string;
}

/**
 * Rows of the mentoring exports of one region, for its coordinators and admins: every session of
 * the region's pairs, and every action item of those sessions. A fixed number of queries.
 */
@Injectable()
export class MentoringExportsService {
  constructor(
    @InjectRepository(MentoringSession) private readonly sessions: Repository<MentoringSession>,
    @InjectRepository(ActionItem) private readonly actionItems: Repository<ActionItem>,
    @InjectRepository(PairMember) private readonly members: Repository<PairMember>,
    private readonly users: UsersService,
    private readonly regionAccess: RegionAccessService,
  ) {}

  async sessionsOfRegion(viewer: User, regionCode: string): Promise<SessionExportRow[]> {
    await this.regionAccess.assertCoordinatesRegion(viewer, regionCode);
    const sessions = await this.sessions
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.pair', 'p')
      .where('p.region_code = :regionCode', { regionCode })
      .orderBy('s.starts_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
    if (sessions.length === 0) return [];
    const pairIds = [...new Set(sessions.map((session) => session.pairId))];
    const members = await this.members.find({ where: { pairId: In(pairIds) }, order: { userId: 'ASC' } });
    const counts: Array<{ session_id: string; open: number; done: number }> = await this.actionItems.query(
      `SELECT session_id, count(*) FILTER (WHERE done_at IS NULL)::int AS open, count(*) FILTER (WHERE done_at IS NOT NULL)::int AS done
       FROM mentoring_action_items WHERE session_id = ANY($1::uuid[]) GROUP BY session_id`,
      [sessions.map((session) => session.id)],
    );
    const names = await this.namesOf([
      ...sessions.map((session) => session.pair?.mentorId ?? ''),
      ...members.map((member) => member.userId),
    ]);
    const countsBySession = new Map(counts.map((row) => [row.session_id, row]));
    return sessions.map((session) => ({
      session,
      mentorName: names.get(session.pair?.mentorId ?? '') ?? '',
      menteeNames: members.filter((member) => member.pairId === session.pairId).map((member) => names.get(member.userId) ?? ''),
      actionItemsOpen: countsBySession.get(session.id)?.open ?? 0,
      actionItemsDone: countsBySession.get(session.id)?.done ?? 0,
    }));
  }

  async actionItemsOfRegion(viewer: User, regionCode: string): Promise<ActionItemExportRow[]> {
    await this.regionAccess.assertCoordinatesRegion(viewer, regionCode);
    const items = await this.actionItems
      .createQueryBuilder('a')
      .innerJoinAndSelect('a.session', 's')
      .innerJoinAndSelect('s.pair', 'p')
      .where('p.region_code = :regionCode', { regionCode })
      .orderBy('s.starts_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
    const names = await this.namesOf([...items.map((item) => item.ownerId), ...items.map((item) => item.session?.pair?.mentorId ?? '')]);
    return items.map((item) => ({
      item,
      session: item.session as MentoringSession,
      ownerName: names.get(item.ownerId) ?? '',
      mentorName: names.get(item.session?.pair?.mentorId ?? '') ?? '',
    }));
  }

  private async namesOf(ids: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids.filter((id) => id !== ''))];
    if (unique.length === 0) return new Map();
    const users = await this.users.findByIds(unique);
    return new Map(users.flatMap((user): Array<[string, string]> => (user ? [[user.id, user.fullName]] : [])));
  }
}
