import { pairRules, reasonRules } from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { BadUserInputError, ConflictError, ForbiddenError } from '../common/errors/domain-error';
import { validateInput } from '../common/validate-input';
import { ContentItem } from '../content/content-item.entity';
import { RegionsService } from '../regions/regions.service';
import { SpbeCatalogueService } from '../spbe/spbe-catalogue.service';
import { SpbeIndicator } from '../spbe/spbe-indicator.entity';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import type { CreatePairInput, EndPairInput, SuggestMentorsInput } from './dto/mentoring.inputs';
import type { MentorSuggestion } from './mentoring.models';
import { MentoringAccess } from './mentoring-access';
import { MenteeKind, MentoringPair, PairIndicator, PairMember, PairStatus } from './mentoring-pair.entity';
import { SessionStatus } from './mentoring-session.entity';

/** Today's date in WIB, as YYYY-MM-DD: pair dates are calendar days in Indonesia's western zone. */
export const todayInWib = (now = new Date()) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(now);

@Injectable()
export class PairingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly spbe: SpbeCatalogueService,
    private readonly access: MentoringAccess,
    private readonly regions: RegionsService,
  ) {}

  /**
   * Coordinators (of the mentee's region) and admins pair a mentor with a civil servant or a region
   * team. A mentor at capacity needs an explicit override with a reason; the mentor's profile row is
   * locked while counting, so two coordinators cannot both take the last place.
   */
  async create(actor: User, input: CreatePairInput): Promise<MentoringPair> {
    const values = validateInput(pairRules, {
      goals: input.goals,
      startDate: input.startDate,
      endDate: input.endDate,
      capacityOverrideReason: input.capacityOverrideReason,
    });
    if (values.endDate < todayInWib()) {
      throw new BadUserInputError('The pair would already be over.', 'INVALID_INPUT', [{ field: 'endDate', message: 'date.invalid' }]);
    }
    const mentor = await this.users.findById(input.mentorId);
    if (!mentor?.roles.includes('MENTOR')) {
      throw new BadUserInputError('The chosen person is not a mentor.', 'NOT_A_MENTOR', [{ field: 'mentorId', message: 'field.invalid' }]);
    }
    const { regionCode, memberIds } = await this.mentee(input, mentor);
    await this.users.assertCoordinatesRegion(actor, regionCode);
    const indicatorIds = await this.indicatorIds(input.indicatorCodes);
    if (input.playbookId) {
      const playbook = await this.dataSource.getRepository(ContentItem).findOneBy({ id: input.playbookId, type: 'PLAYBOOK' });
      if (!playbook?.publishedRevisionId) {
        throw new BadUserInputError('Choose a published playbook.', 'INVALID_INPUT', [{ field: 'playbookId', message: 'field.invalid' }]);
      }
    }

    return this.dataSource.transaction(async (manager) => {
      await manager.query('INSERT INTO mentor_profiles (user_id) VALUES ($1) ON CONFLICT DO NOTHING', [mentor.id]);
      const [{ capacity }] = await manager.query('SELECT capacity FROM mentor_profiles WHERE user_id = $1 FOR UPDATE', [mentor.id]);
      const active = await manager.countBy(MentoringPair, { mentorId: mentor.id, status: PairStatus.ACTIVE });
      const override = values.capacityOverrideReason?.trim() || null;
      if (active >= capacity && !override) {
        throw new ConflictError(
          `${mentor.fullName} already mentors ${active} active pairs (capacity ${capacity}). Give a reason to exceed it, or choose another mentor.`,
          'CAPACITY_EXCEEDED',
        );
      }
      const pair = await manager.save(
        manager.create(MentoringPair, {
          mentorId: mentor.id,
          menteeKind: input.menteeKind,
          regionCode,
          playbookId: input.playbookId ?? null,
          goals: values.goals,
          startDate: values.startDate,
          endDate: values.endDate,
          capacityOverrideReason: active >= capacity ? override : null,
          createdById: actor.id,
        }),
      );
      await manager.insert(
        PairMember,
        memberIds.map((userId) => ({ pairId: pair.id, userId })),
      );
      if (indicatorIds.length > 0) {
        await manager.insert(
          PairIndicator,
          indicatorIds.map((indicatorId) => ({ pairId: pair.id, indicatorId })),
        );
      }
      return pair;
    });
  }

  /** Ends a pair as COMPLETED or CANCELLED; its future sessions are cancelled with it. */
  async end(actor: User, input: EndPairInput): Promise<MentoringPair> {
    const { pair, roles } = await this.access.pair(actor, input.pairId);
    this.access.assert(roles, ['coordinator'], 'Only the region’s coordinators and admins end a pair.');
    if (input.status === PairStatus.ACTIVE) throw new BadUserInputError('A pair ends as COMPLETED or CANCELLED.', 'INVALID_INPUT');
    const { reason } = validateInput(reasonRules, { reason: input.reason });
    if (pair.status !== PairStatus.ACTIVE) throw new BadUserInputError('This pair has already ended.', 'PAIR_ENDED');
    return this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(MentoringPair)
        .set({ status: input.status, endReason: reason, version: () => 'version + 1' })
        .where('id = :id AND version = :version AND status = :active', { id: pair.id, version: input.version, active: PairStatus.ACTIVE })
        .execute();
      if (result.affected !== 1) throw new ConflictError('Someone else changed this pair since you opened it. Reload it.', 'STALE_VERSION');
      await manager.query(
        `WITH cancelled AS (
           UPDATE mentoring_sessions SET status = $2, cancel_reason = $3, sequence = sequence + 1, version = version + 1, updated_at = now()
           WHERE pair_id = $1 AND status = $4 AND starts_at > now() RETURNING id)
         UPDATE mentoring_session_participants SET active = false WHERE session_id IN (SELECT id FROM cancelled)`,
        [pair.id, SessionStatus.CANCELLED, `Pasangan mentoring diakhiri: ${reason}`, SessionStatus.SCHEDULED],
      );
      return manager.findOneByOrFail(MentoringPair, { id: pair.id });
    });
  }

  /**
   * Mentors ranked for a mentee and focus, with the reasons: expertise in the focus indicators (declared,
   * or tagged on content they authored), authorship of the focus playbook, free capacity, and the
   * average rating of their held sessions. Mentors at capacity come last.
   */
  async suggest(actor: User, input: SuggestMentorsInput): Promise<MentorSuggestion[]> {
    if (!actor.roles.includes('COORDINATOR') && !actor.roles.includes('ADMIN')) throw new ForbiddenError();
    const indicatorIds = await this.indicatorIds(input.indicatorCodes);
    const rows: Array<{
      id: string;
      capacity: number;
      active_pairs: number;
      matched: string[];
      authored_playbook: boolean;
      average_rating: string | null;
      ratings: number;
    }> = await this.dataSource.query(
      `SELECT u.id,
              coalesce(p.capacity, 5) AS capacity,
              (SELECT count(*)::int FROM mentoring_pairs mp WHERE mp.mentor_id = u.id AND mp.status = 'ACTIVE') AS active_pairs,
              ARRAY(
                SELECT DISTINCT si.code FROM spbe_indicators si
                WHERE si.id = ANY($1::int[])
                  AND (EXISTS (SELECT 1 FROM mentor_expertise me WHERE me.user_id = u.id AND me.indicator_id = si.id)
                       OR EXISTS (SELECT 1 FROM content_items ci
                                  JOIN content_revision_indicators ri ON ri.revision_id = ci.published_revision_id
                                  WHERE ci.author_id = u.id AND ri.indicator_id = si.id))
                ORDER BY si.code) AS matched,
              EXISTS (SELECT 1 FROM content_items ci WHERE ci.id = $2 AND ci.author_id = u.id) AS authored_playbook,
              (SELECT avg(f.rating) FROM mentoring_session_feedback f
                 JOIN mentoring_sessions s ON s.id = f.session_id JOIN mentoring_pairs mp ON mp.id = s.pair_id
                 WHERE mp.mentor_id = u.id) AS average_rating,
              (SELECT count(*)::int FROM mentoring_session_feedback f
                 JOIN mentoring_sessions s ON s.id = f.session_id JOIN mentoring_pairs mp ON mp.id = s.pair_id
                 WHERE mp.mentor_id = u.id) AS ratings
       FROM users u LEFT JOIN mentor_profiles p ON p.user_id = u.id
       WHERE u.roles @> ARRAY['MENTOR']::user_role[] AND u.id <> coalesce($3::uuid, '00000000-0000-0000-0000-000000000000'::uuid)`,
      [indicatorIds, input.playbookId ?? null, input.menteeUserId ?? null],
    );
    const mentors = await this.dataSource.getRepository(User).findBy({ id: In(rows.map((row) => row.id)) });
    const suggestions = rows.map((row) => {
      const averageRating = row.average_rating === null ? null : Math.round(Number(row.average_rating) * 10) / 10;
      const atCapacity = row.active_pairs >= row.capacity;
      const score =
        row.matched.length * 10 +
        (row.authored_playbook ? 15 : 0) +
        Math.max(0, row.capacity - row.active_pairs) * 2 +
        (averageRating ?? 3) * 2 -
        (atCapacity ? 100 : 0);
      return {
        mentor: mentors.find((user) => user.id === row.id) as User,
        score,
        matchedIndicatorCodes: row.matched,
        authoredPlaybook: row.authored_playbook,
        activePairs: row.active_pairs,
        capacity: row.capacity,
        atCapacity,
        averageRating,
        ratings: row.ratings,
      };
    });
    return suggestions.sort((a, b) => b.score - a.score || a.mentor.fullName.localeCompare(b.mentor.fullName));
  }

  private async mentee(input: CreatePairInput, mentor: User): Promise<{ regionCode: string; memberIds: string[] }> {
    if (input.menteeKind === MenteeKind.LEARNER) {
      const learner = input.menteeUserId ? await this.users.findById(input.menteeUserId) : null;
      if (!learner)
        throw new BadUserInputError('Choose the civil servant to mentor.', 'INVALID_INPUT', [
          { field: 'menteeUserId', message: 'field.invalid' },
        ]);
      if (learner.id === mentor.id) throw new BadUserInputError('A mentor cannot be their own mentee.', 'MENTOR_IS_MENTEE');
      return { regionCode: learner.regionCode, memberIds: [learner.id] };
    }
    const regionCode = input.regionCode?.trim();
    const memberIds = [...new Set(input.memberIds ?? [])];
    if (!regionCode || !(await this.regions.findByCode(regionCode))) {
      throw new BadUserInputError('Choose the team’s region.', 'UNKNOWN_REGION', [{ field: 'regionCode', message: 'regionCode.unknown' }]);
    }
    if (memberIds.length === 0)
      throw new BadUserInputError('Name the team’s members.', 'INVALID_INPUT', [{ field: 'memberIds', message: 'field.invalid' }]);
    if (memberIds.includes(mentor.id)) throw new BadUserInputError('A mentor cannot be their own mentee.', 'MENTOR_IS_MENTEE');
    const members = await this.dataSource.getRepository(User).findBy({ id: In(memberIds) });
    if (members.length !== memberIds.length || members.some((member) => member.regionCode !== regionCode)) {
      throw new BadUserInputError('Team members must be civil servants of the team’s region.', 'INVALID_INPUT', [
        { field: 'memberIds', message: 'field.invalid' },
      ]);
    }
    return { regionCode, memberIds };
  }

  private async indicatorIds(codes: string[]): Promise<number[]> {
    const unique = [...new Set(codes)];
    if (unique.length === 0) return [];
    const framework = await this.spbe.find();
    const found = await this.dataSource.getRepository(SpbeIndicator).findBy({ frameworkCode: framework.code, code: In(unique) });
    if (found.length !== unique.length) {
      throw new BadUserInputError('Unknown SPBE indicators.', 'UNKNOWN_INDICATOR', [
        { field: 'indicatorCodes', message: 'indicatorCodes.unknown' },
      ]);
    }
    return found.map((indicator) => indicator.id);
  }
}
