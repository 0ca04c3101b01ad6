import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { RegionAccessService } from '../regions';
import { type User, UsersService } from '../users';
import { DEFAULT_MENTOR_CAPACITY } from './mentor-profile.entity';
import type { PairingBoard } from './mentoring.models';
import { MenteeKind, MentoringPair, PairStatus } from './mentoring-pair.entity';

/** Roles whose holders are not counted as learners waiting for a mentor. */
const NOT_MENTEES = ['MENTOR', 'COORDINATOR', 'ADMIN'] as const;
/** The board lists at most this many learners without a mentor. */
const LEARNERS_SHOWN = 100;

export interface MentorLoad {
  activePairs: number;
  capacity: number;
}

/** Read side of mentoring: lists of pairs and the coordinator's board. */
@Injectable()
export class MentoringBoardService {
  constructor(
    @InjectRepository(MentoringPair) private readonly pairs: Repository<MentoringPair>,
    private readonly users: UsersService,
    private readonly regionAccess: RegionAccessService,
  ) {}

  /** Pairs the user mentors or is a mentee in, active first. */
  async mine(user: User): Promise<MentoringPair[]> {
    return this.pairs
      .createQueryBuilder('p')
      .where('p.mentor_id = :id OR EXISTS (SELECT 1 FROM mentoring_pair_members m WHERE m.pair_id = p.id AND m.user_id = :id)', {
        id: user.id,
      })
      .orderBy(`p.status = 'ACTIVE'`, 'DESC')
      .addOrderBy('p.start_date', 'DESC')
      .getMany();
  }

  async ofRegion(viewer: User, regionCode: string): Promise<MentoringPair[]> {
    await this.regionAccess.assertCoordinatesRegion(viewer, regionCode);
    return this.pairs.find({ where: { regionCode }, order: { status: 'ASC', startDate: 'DESC' } });
  }

  async board(viewer: User, regionCode: string): Promise<PairingBoard> {
    await this.regionAccess.assertCoordinatesRegion(viewer, regionCode);
    const mentors = await this.users.withRole('MENTOR', { people: true });
    const loads = await this.mentorLoads(mentors.map((mentor) => mentor.id));
    const paired: Array<{ user_id: string }> = await this.pairs.query(
      `SELECT DISTINCT m.user_id FROM mentoring_pair_members m JOIN mentoring_pairs mp ON mp.id = m.pair_id WHERE mp.status = 'ACTIVE'`,
    );
    const learnersWithoutMentor = await this.users.ofRegionWithoutRoles(regionCode, NOT_MENTEES, {
      excludingIds: paired.map((row) => row.user_id),
      limit: LEARNERS_SHOWN,
    });
    const activity: Array<{ pair_id: string; held: number }> = await this.pairs.query(
      `SELECT mp.id AS pair_id, count(s.id) FILTER (
                WHERE s.status = 'HELD' AND date_trunc('month', s.starts_at AT TIME ZONE 'Asia/Jakarta') = date_trunc('month', now() AT TIME ZONE 'Asia/Jakarta'))::int AS held
       FROM mentoring_pairs mp LEFT JOIN mentoring_sessions s ON s.pair_id = mp.id
       WHERE mp.region_code = $1 AND mp.status = 'ACTIVE' GROUP BY mp.id`,
      [regionCode],
    );
    const teamPair = await this.pairs.existsBy({ regionCode, menteeKind: MenteeKind.REGION_TEAM, status: PairStatus.ACTIVE });
    return {
      mentors: mentors.map((mentor) => ({ mentor, ...(loads.get(mentor.id) as MentorLoad) })),
      learnersWithoutMentor,
      regionWithoutTeamPair: !teamPair,
      activity: activity.map((row) => ({ pairId: row.pair_id, sessionsHeldThisMonth: row.held })),
    };
  }

  /** Each mentor's active pairs and capacity (the default when they have no profile yet), in one query. */
  async mentorLoads(mentorIds: readonly string[]): Promise<Map<string, MentorLoad>> {
    if (mentorIds.length === 0) return new Map();
    const rows: Array<{ id: string; capacity: number; active_pairs: number }> = await this.pairs.query(
      `SELECT m.id, coalesce(p.capacity, $2) AS capacity,
              (SELECT count(*)::int FROM mentoring_pairs mp WHERE mp.mentor_id = m.id AND mp.status = 'ACTIVE') AS active_pairs
       FROM unnest($1::uuid[]) AS m(id) LEFT JOIN mentor_profiles p ON p.user_id = m.id`,
      [[...mentorIds], DEFAULT_MENTOR_CAPACITY],
    );
    return new Map(rows.map((row) => [row.id, { activePairs: row.active_pairs, capacity: row.capacity }]));
  }
}
