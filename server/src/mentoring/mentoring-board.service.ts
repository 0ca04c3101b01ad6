import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import type { PairingBoard } from './mentoring.models';
import { MentoringPair, PairMember } from './mentoring-pair.entity';

/** Read side of mentoring: lists of pairs and the coordinator's board. */
@Injectable()
export class MentoringBoardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
  ) {}

  /** Pairs the user mentors or is a mentee in, active first. */
  async mine(user: User): Promise<MentoringPair[]> {
    return this.dataSource
      .getRepository(MentoringPair)
      .createQueryBuilder('p')
      .where('p.mentor_id = :id OR EXISTS (SELECT 1 FROM mentoring_pair_members m WHERE m.pair_id = p.id AND m.user_id = :id)', {
        id: user.id,
      })
      .orderBy(`p.status = 'ACTIVE'`, 'DESC')
      .addOrderBy('p.start_date', 'DESC')
      .getMany();
  }

  async ofRegion(viewer: User, regionCode: string): Promise<MentoringPair[]> {
    await this.users.assertCoordinatesRegion(viewer, regionCode);
    return this.dataSource.getRepository(MentoringPair).find({ where: { regionCode }, order: { status: 'ASC', startDate: 'DESC' } });
  }

  async board(viewer: User, regionCode: string): Promise<PairingBoard> {
    await this.users.assertCoordinatesRegion(viewer, regionCode);
    const mentorRows: Array<{ id: string; active_pairs: number; capacity: number }> = await this.dataSource.query(
      `SELECT u.id, coalesce(p.capacity, 5) AS capacity,
              (SELECT count(*)::int FROM mentoring_pairs mp WHERE mp.mentor_id = u.id AND mp.status = 'ACTIVE') AS active_pairs
       FROM users u LEFT JOIN mentor_profiles p ON p.user_id = u.id
       WHERE u.roles @> ARRAY['MENTOR']::user_role[] ORDER BY u.full_name`,
    );
    const withoutMentor: Array<{ id: string }> = await this.dataSource.query(
      `SELECT u.id FROM users u
       WHERE u.region_code = $1 AND NOT (u.roles && ARRAY['MENTOR','COORDINATOR','ADMIN']::user_role[])
         AND NOT EXISTS (SELECT 1 FROM mentoring_pair_members m JOIN mentoring_pairs mp ON mp.id = m.pair_id
                         WHERE m.user_id = u.id AND mp.status = 'ACTIVE')
       ORDER BY u.full_name LIMIT 100`,
      [regionCode],
    );
    const activity: Array<{ pair_id: string; held: number }> = await this.dataSource.query(
      `SELECT mp.id AS pair_id, count(s.id) FILTER (
                WHERE s.status = 'HELD' AND date_trunc('month', s.starts_at AT TIME ZONE 'Asia/Jakarta') = date_trunc('month', now() AT TIME ZONE 'Asia/Jakarta'))::int AS held
       FROM mentoring_pairs mp LEFT JOIN mentoring_sessions s ON s.pair_id = mp.id
       WHERE mp.region_code = $1 AND mp.status = 'ACTIVE' GROUP BY mp.id`,
      [regionCode],
    );
    const [{ team }] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM mentoring_pairs WHERE region_code = $1 AND mentee_kind = 'REGION_TEAM' AND status = 'ACTIVE') AS team`,
      [regionCode],
    );
    const people = await this.dataSource
      .getRepository(User)
      .findBy({ id: In([...mentorRows.map((row) => row.id), ...withoutMentor.map((row) => row.id)]) });
    const byId = new Map(people.map((person) => [person.id, person]));
    return {
      mentors: mentorRows.map((row) => ({ mentor: byId.get(row.id) as User, activePairs: row.active_pairs, capacity: row.capacity })),
      learnersWithoutMentor: withoutMentor.map((row) => byId.get(row.id) as User),
      regionWithoutTeamPair: !team,
      activity: activity.map((row) => ({ pairId: row.pair_id, sessionsHeldThisMonth: row.held })),
    };
  }

  membersOf(pairIds: readonly string[]): Promise<PairMember[]> {
    return this.dataSource.getRepository(PairMember).findBy({ pairId: In([...pairIds]) });
  }
}
