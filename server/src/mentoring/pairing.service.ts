import {
  CommonErrorReason,
  can,
  endPairRules,
  FrameworkCode,
  MentoringErrorReason,
  menteeRules,
  newPairRules,
  RegionsErrorReason,
} from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { AuditService } from '../audit';
import { BadUserInputError, ConflictError, ForbiddenError } from '../common/errors/domain-error';
import { TransactionRunner } from '../common/transaction';
import { validateInput } from '../common/validate-input';
import { ContentReaderService } from '../content';
import { RegionAccessService, RegionsService } from '../regions';
import { SpbeCatalogueService, type SpbeIndicator } from '../spbe';
import { canSignIn, type User, UsersService } from '../users';
import type { CreatePairInput, EndPairInput, SuggestMentorsInput } from './dto/mentoring.inputs';
import { MentorExpertise, MentorProfile } from './mentor-profile.entity';
import type { MentorSuggestion } from './mentoring.models';
import { MentoringAccess } from './mentoring-access';
import { MentoringBoardService } from './mentoring-board.service';
import { MentoringNotifications } from './mentoring-notifications';
import { MenteeKind, MentoringPair, PairIndicator, PairMember, PairStatus } from './mentoring-pair.entity';
import { SessionStatus } from './mentoring-session.entity';

@Injectable()
export class PairingService {
  constructor(
    @InjectRepository(MentoringPair) private readonly pairs: Repository<MentoringPair>,
    @InjectRepository(MentorExpertise) private readonly expertise: Repository<MentorExpertise>,
    private readonly tx: TransactionRunner,
    private readonly users: UsersService,
    private readonly regionAccess: RegionAccessService,
    private readonly regions: RegionsService,
    private readonly spbe: SpbeCatalogueService,
    private readonly content: ContentReaderService,
    private readonly access: MentoringAccess,
    private readonly board: MentoringBoardService,
    private readonly notifier: MentoringNotifications,
    private readonly audit: AuditService,
  ) {}

  /**
   * Coordinators (of the mentee's region) and admins pair a mentor with a civil servant or a region
   * team. A mentor at capacity needs an explicit override with a reason; the mentor's profile row is
   * locked while counting, so two coordinators cannot both take the last place.
   */
  async create(actor: User, input: CreatePairInput): Promise<MentoringPair> {
    const values = validateInput(newPairRules, {
      goals: input.goals,
      startDate: input.startDate,
      endDate: input.endDate,
      capacityOverrideReason: input.capacityOverrideReason,
    });
    const mentor = await this.users.findById(input.mentorId);
    // A service account (the shipped content's author) holds MENTOR but nobody can sign in to it to hold sessions.
    if (!mentor?.roles.includes('MENTOR') || !canSignIn(mentor)) {
      throw new BadUserInputError(MentoringErrorReason.NOT_A_MENTOR, { fields: [{ field: 'mentorId', message: 'field.invalid' }] });
    }
    const { regionCode, memberIds } = await this.mentee(input, mentor);
    await this.regionAccess.assertCoordinatesRegion(actor, regionCode);
    const indicatorIds = (await this.indicatorsOf(input.indicatorCodes)).map((indicator) => indicator.id);
    if (input.playbookId) {
      const playbook = await this.content.findPlaybook(input.playbookId);
      if (!playbook?.publishedRevisionId) {
        throw new BadUserInputError(CommonErrorReason.INVALID_INPUT, { fields: [{ field: 'playbookId', message: 'field.invalid' }] });
      }
    }

    return this.tx.run(async (manager) => {
      const profiles = manager.getRepository(MentorProfile);
      const pairs = manager.getRepository(MentoringPair);
      await profiles.createQueryBuilder().insert().values({ userId: mentor.id }).orIgnore().execute();
      const { capacity } = await profiles.findOneOrFail({ where: { userId: mentor.id }, lock: { mode: 'pessimistic_write' } });
      const active = await pairs.countBy({ mentorId: mentor.id, status: PairStatus.ACTIVE });
      const override = values.capacityOverrideReason?.trim() || null;
      if (active >= capacity && !override) {
        throw new ConflictError(MentoringErrorReason.CAPACITY_REACHED, { params: { active, capacity } });
      }
      const pair = await pairs.save(
        pairs.create({
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
      await manager.getRepository(PairMember).insert(memberIds.map((userId) => ({ pairId: pair.id, userId })));
      if (indicatorIds.length > 0) {
        await manager.getRepository(PairIndicator).insert(indicatorIds.map((indicatorId) => ({ pairId: pair.id, indicatorId })));
      }
      await this.notifier.pairCreated(manager, pair, actor.id);
      await this.audit.record(manager, {
        actor,
        action: 'mentoring.pair-created',
        subjectType: 'MentoringPair',
        subjectId: pair.id,
        regionCode,
        after: {
          mentorId: mentor.id,
          menteeKind: input.menteeKind,
          memberIds,
          startDate: values.startDate,
          endDate: values.endDate,
          ...(pair.capacityOverrideReason ? { capacityOverrideReason: pair.capacityOverrideReason } : {}),
        },
      });
      return pair;
    });
  }

  /** Ends a pair as COMPLETED or CANCELLED; its future sessions are cancelled with it. */
  async end(actor: User, input: EndPairInput): Promise<MentoringPair> {
    const { pair, roles } = await this.access.pair(actor, input.pairId);
    this.access.assert(roles, ['coordinator']);
    const { status, reason } = validateInput(endPairRules, { status: input.status, reason: input.reason });
    if (pair.status !== PairStatus.ACTIVE) throw new BadUserInputError(MentoringErrorReason.PAIR_ENDED);
    return this.tx.run(async (manager) => {
      const pairs = manager.getRepository(MentoringPair);
      const result = await pairs
        .createQueryBuilder()
        .update()
        .set({ status: status as PairStatus, endReason: reason, version: () => 'version + 1' })
        .where('id = :id AND version = :version AND status = :active', { id: pair.id, version: input.version, active: PairStatus.ACTIVE })
        .execute();
      if (result.affected !== 1) throw new ConflictError(CommonErrorReason.STALE_VERSION);
      await pairs.query(
        `WITH cancelled AS (
           UPDATE mentoring_sessions SET status = $2, cancel_reason = $3, sequence = sequence + 1, version = version + 1, updated_at = now()
           WHERE pair_id = $1 AND status = $4 AND starts_at > now() RETURNING id)
         UPDATE mentoring_session_participants SET active = false WHERE session_id IN (SELECT id FROM cancelled)`,
        [pair.id, SessionStatus.CANCELLED, `Pasangan mentoring diakhiri: ${reason}`, SessionStatus.SCHEDULED],
      );
      const ended = await pairs.findOneByOrFail({ id: pair.id });
      await this.notifier.pairEnded(manager, ended, actor.id);
      await this.audit.record(manager, {
        actor,
        action: 'mentoring.pair-ended',
        subjectType: 'MentoringPair',
        subjectId: pair.id,
        regionCode: pair.regionCode,
        before: { status: pair.status },
        after: { status: ended.status, reason },
      });
      return ended;
    });
  }

  /**
   * Mentors ranked for a mentee and focus, with the reasons: expertise in the focus indicators (declared,
   * or tagged on content they authored), authorship of the focus playbook, free capacity, and the
   * average rating of their held sessions. Mentors at capacity come last.
   */
  async suggest(actor: User, input: SuggestMentorsInput): Promise<MentorSuggestion[]> {
    if (!can(actor.roles, 'coordinateRegions')) throw new ForbiddenError();
    const focus = await this.indicatorsOf(input.indicatorCodes);
    const focusIds = focus.map((indicator) => indicator.id);
    const codeById = new Map(focus.map((indicator) => [indicator.id, indicator.code]));
    const mentors = (await this.users.withRole('MENTOR', { people: true })).filter((mentor) => mentor.id !== input.menteeUserId);
    const mentorIds = mentors.map((mentor) => mentor.id);
    const loads = await this.board.mentorLoads(mentorIds);
    const declared = focusIds.length > 0 ? await this.expertise.findBy({ userId: In(mentorIds), indicatorId: In(focusIds) }) : [];
    const authored = await this.content.publishedIndicatorsByAuthor(focusIds);
    const playbookAuthorId = input.playbookId ? await this.content.authorOf(input.playbookId) : null;
    const ratings = await this.ratingsOf(mentorIds);

    const suggestions = mentors.map((mentor) => {
      const { activePairs, capacity } = loads.get(mentor.id) as { activePairs: number; capacity: number };
      const matchedIds = new Set([
        ...declared.filter((row) => row.userId === mentor.id).map((row) => row.indicatorId),
        ...(authored.get(mentor.id) ?? []),
      ]);
      const matchedIndicatorCodes = [...matchedIds].map((id) => codeById.get(id) as string).sort();
      const authoredPlaybook = playbookAuthorId === mentor.id;
      const rating = ratings.get(mentor.id);
      const averageRating = rating ? Math.round(rating.average * 10) / 10 : null;
      const atCapacity = activePairs >= capacity;
      const score =
        matchedIndicatorCodes.length * 10 +
        (authoredPlaybook ? 15 : 0) +
        Math.max(0, capacity - activePairs) * 2 +
        (averageRating ?? 3) * 2 -
        (atCapacity ? 100 : 0);
      return {
        mentor,
        score,
        matchedIndicatorCodes,
        authoredPlaybook,
        activePairs,
        capacity,
        atCapacity,
        averageRating,
        ratings: rating?.count ?? 0,
      };
    });
    return suggestions.sort((a, b) => b.score - a.score || a.mentor.fullName.localeCompare(b.mentor.fullName));
  }

  /** Average rating and number of ratings of each mentor's sessions (mentors without ratings are absent). */
  private async ratingsOf(mentorIds: readonly string[]): Promise<Map<string, { average: number; count: number }>> {
    if (mentorIds.length === 0) return new Map();
    const rows: Array<{ mentor_id: string; average: string; count: number }> = await this.pairs.query(
      `SELECT mp.mentor_id, avg(f.rating) AS average, count(*)::int AS count
       FROM mentoring_session_feedback f
       JOIN mentoring_sessions s ON s.id = f.session_id JOIN mentoring_pairs mp ON mp.id = s.pair_id
       WHERE mp.mentor_id = ANY($1::uuid[]) GROUP BY mp.mentor_id`,
      [[...mentorIds]],
    );
    return new Map(rows.map((row) => [row.mentor_id, { average: Number(row.average), count: row.count }]));
  }

  private async mentee(input: CreatePairInput, mentor: User): Promise<{ regionCode: string; memberIds: string[] }> {
    const regionCode = input.regionCode?.trim();
    if (input.menteeKind === MenteeKind.REGION_TEAM && (!regionCode || !(await this.regions.findByCode(regionCode)))) {
      throw new BadUserInputError(RegionsErrorReason.UNKNOWN_REGION, { fields: [{ field: 'regionCode', message: 'regionCode.unknown' }] });
    }
    const mentee = validateInput(menteeRules, {
      menteeKind: input.menteeKind,
      menteeUserId: input.menteeUserId,
      memberIds: input.memberIds,
    });
    if (mentee.menteeKind === 'LEARNER') {
      const learner = await this.users.findById(mentee.menteeUserId);
      // A learner still waiting to join a region belongs to no coordinator's region: not pairable yet.
      if (!learner?.regionCode) {
        throw new BadUserInputError(CommonErrorReason.INVALID_INPUT, { fields: [{ field: 'menteeUserId', message: 'field.invalid' }] });
      }
      if (learner.id === mentor.id) throw new BadUserInputError(MentoringErrorReason.MENTOR_IS_MENTEE);
      return { regionCode: learner.regionCode, memberIds: [learner.id] };
    }
    const { memberIds } = mentee;
    if (memberIds.includes(mentor.id)) throw new BadUserInputError(MentoringErrorReason.MENTOR_IS_MENTEE);
    const members = await this.users.findByIds(memberIds);
    if (members.some((member) => member?.regionCode !== regionCode)) {
      throw new BadUserInputError(CommonErrorReason.INVALID_INPUT, { fields: [{ field: 'memberIds', message: 'field.invalid' }] });
    }
    return { regionCode: regionCode as string, memberIds };
  }

  /**
   * The SPBE 59/2020 indicators with these codes (pairs' focus indicators are SPBE codes until
   * pairing takes a framework); BAD_USER_INPUT/UNKNOWN_INDICATOR if any is unknown.
   */
  private async indicatorsOf(codes: string[]): Promise<SpbeIndicator[]> {
    const unique = new Set(codes);
    if (unique.size === 0) return [];
    const framework = await this.spbe.find(FrameworkCode.PERMENPANRB_59_2020);
    const found = framework.domains
      .flatMap((domain) => domain.aspects.flatMap((aspect) => aspect.indicators))
      .filter((indicator) => unique.has(indicator.code));
    if (found.length !== unique.size) {
      throw new BadUserInputError(CommonErrorReason.UNKNOWN_INDICATOR, {
        fields: [{ field: 'indicatorCodes', message: 'indicatorCodes.unknown' }],
      });
    }
    return found;
  }
}
