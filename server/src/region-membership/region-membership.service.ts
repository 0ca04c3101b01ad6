import { can, NotificationKind, RegionMembershipErrorReason, RegionsErrorReason, regionMoveRejectRules } from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { AuditService } from '../audit';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors/domain-error';
import { uniqueViolation } from '../common/errors/postgres-errors';
import { type Page, type PageArgs, pageWindow } from '../common/pagination/paginated';
import { TransactionRunner } from '../common/transaction';
import { validateInput } from '../common/validate-input';
import { NotificationService } from '../notifications';
import { RegionAccessService, RegionsService } from '../regions';
import type { User } from '../users';
import { UsersService } from '../users';
import { RegionMoveRequest, RegionMoveStatus } from './region-move-request.entity';

/** The coordinators' page of pending requests (the notification's link). */
export const MOVE_REQUESTS_PATH = '/koordinasi/pindah-wilayah';

/**
 * Region membership is not self-declared: a user asks to move, a coordinator of the new region (or
 * an admin) approves, and only then does `users.region_code` change, in the approving transaction.
 * Requests of a region the caller does not coordinate are NOT_FOUND (their existence is not revealed).
 */
@Injectable()
export class RegionMembershipService {
  constructor(
    @InjectRepository(RegionMoveRequest) private readonly requests: Repository<RegionMoveRequest>,
    private readonly users: UsersService,
    private readonly regions: RegionsService,
    private readonly regionAccess: RegionAccessService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  /** Asks to move the caller to `toRegionCode`; the coordinators of that region are told. */
  async request(user: User, toRegionCode: string): Promise<RegionMoveRequest> {
    const code = toRegionCode.trim();
    if (code === user.regionCode) {
      throw new BadUserInputError(RegionMembershipErrorReason.ALREADY_IN_REGION, {
        fields: [{ field: 'toRegionCode', message: 'regionCode.alreadyYours' }],
      });
    }
    return this.tx.run((manager) => this.open(manager, user, code, 'toRegionCode'));
  }

  /**
   * A new account's request to join its first region, in the registering transaction: the account
   * is nobody's member until a coordinator of that region (or an admin) approves.
   */
  askToJoin(manager: EntityManager, user: User, regionCode: string): Promise<RegionMoveRequest> {
    return this.open(manager, user, regionCode.trim(), 'regionCode');
  }

  private async open(manager: EntityManager, user: User, code: string, field: string): Promise<RegionMoveRequest> {
    const target = await this.regions.findByCode(code);
    if (!target) {
      throw new BadUserInputError(RegionsErrorReason.UNKNOWN_REGION, { fields: [{ field, message: 'regionCode.unknown' }] });
    }
    const repository = manager.getRepository(RegionMoveRequest);
    let request: RegionMoveRequest;
    try {
      request = await repository.save(repository.create({ userId: user.id, fromRegionCode: user.regionCode, toRegionCode: code }));
    } catch (error) {
      if (uniqueViolation(error) === 'region_move_requests_one_pending_key') {
        throw new ConflictError(RegionMembershipErrorReason.MOVE_ALREADY_PENDING);
      }
      throw error;
    }
    const from = user.regionCode ? await this.regions.findByCode(user.regionCode) : null;
    await this.notifications.notify(manager, {
      kind: NotificationKind.REGION_MOVE_REQUESTED,
      recipientIds: await this.decidersOf(code, user.id, manager),
      object: { type: 'RegionMoveRequest', id: request.id, link: MOVE_REQUESTS_PATH },
      // Without fromRegionName the texts read "asks to join".
      params: { userName: user.fullName, toRegionName: target.name, ...(from ? { fromRegionName: from.name } : {}) },
      dedupeKey: `region-move-requested:${request.id}`,
    });
    return request;
  }

  /** Cancels the caller's pending request. */
  async cancelMine(user: User): Promise<RegionMoveRequest> {
    const rows: RegionMoveRequest[] = await this.requests
      .createQueryBuilder()
      .update(RegionMoveRequest)
      .set({ status: RegionMoveStatus.CANCELLED })
      .where('user_id = :userId AND status = :pending', { userId: user.id, pending: RegionMoveStatus.PENDING })
      .returning('*')
      .execute()
      .then((result) => (result.raw as Record<string, unknown>[]).map((raw) => this.requests.create(fromRaw(raw))));
    if (rows.length === 0) throw new NotFoundError(RegionMembershipErrorReason.NO_PENDING_MOVE);
    return rows[0];
  }

  /** The caller's latest request (pending, or the last decision), or null. */
  mine(user: User): Promise<RegionMoveRequest | null> {
    return this.requests.findOne({ where: { userId: user.id }, order: { createdAt: 'DESC' } });
  }

  /**
   * Requests into a region the caller coordinates, oldest first; without a region, into every region
   * they coordinate (admins: every region). Another region named: FORBIDDEN/NOT_YOUR_REGION.
   */
  async list(
    viewer: User,
    filter: { regionCode?: string | null; status?: RegionMoveStatus | null },
    page: PageArgs,
  ): Promise<Page<RegionMoveRequest>> {
    const { skip, take } = pageWindow(page);
    const query = this.requests.createQueryBuilder('r');
    if (filter.regionCode) {
      await this.regionAccess.assertCoordinatesRegion(viewer, filter.regionCode);
      query.andWhere('r.to_region_code = :code', { code: filter.regionCode });
    } else if (!can(viewer.roles, 'coordinateAllRegions')) {
      const codes = await this.coordinatedCodes(viewer);
      if (codes.length === 0) return { items: [], totalCount: 0 };
      query.andWhere('r.to_region_code = ANY(:codes)', { codes });
    }
    if (filter.status) query.andWhere('r.status = :status', { status: filter.status });
    const [items, totalCount] = await query
      .orderBy('r.created_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .skip(skip)
      .take(take)
      .getManyAndCount();
    return { items, totalCount };
  }

  /** Approves a pending request: the user's region changes in the same transaction; the user is told. */
  approve(decider: User, id: string): Promise<RegionMoveRequest> {
    return this.decide(decider, id, RegionMoveStatus.APPROVED, null);
  }

  /** Rejects a pending request with a reason the user reads; the user stays where they are. */
  reject(decider: User, id: string, reason: string): Promise<RegionMoveRequest> {
    const values = validateInput(regionMoveRejectRules, { reason });
    return this.decide(decider, id, RegionMoveStatus.REJECTED, values.reason);
  }

  private async decide(decider: User, id: string, status: RegionMoveStatus, reason: string | null): Promise<RegionMoveRequest> {
    return this.tx.run(async (manager) => {
      const repository = manager.getRepository(RegionMoveRequest);
      const request = isUuid(id) ? await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!request || !(await this.regionAccess.coordinatesRegion(decider, request.toRegionCode))) {
        throw new NotFoundError(RegionMembershipErrorReason.MOVE_REQUEST_NOT_FOUND);
      }
      if (request.userId === decider.id && !can(decider.roles, 'coordinateAllRegions')) {
        throw new ForbiddenError(RegionMembershipErrorReason.CANNOT_DECIDE_OWN_MOVE);
      }
      if (request.status !== RegionMoveStatus.PENDING) {
        throw new ConflictError(RegionMembershipErrorReason.MOVE_ALREADY_DECIDED, { params: { status: request.status } });
      }
      request.status = status;
      request.decidedById = decider.id;
      request.decidedAt = new Date();
      request.reason = reason;
      await repository.update({ id: request.id }, { status, decidedById: decider.id, decidedAt: request.decidedAt, reason });
      const from = request.fromRegionCode ? await this.regions.findByCode(request.fromRegionCode) : null;
      const to = await this.regions.findByCode(request.toRegionCode);
      if (status === RegionMoveStatus.APPROVED) {
        const previous = await this.users.moveToRegion(request.userId, request.toRegionCode, manager);
        await this.audit.record(manager, {
          actor: { id: decider.id, email: decider.email },
          action: 'user.region-changed',
          subjectType: 'User',
          subjectId: request.userId,
          regionCode: request.toRegionCode,
          before: { regionCode: previous },
          after: { regionCode: request.toRegionCode, moveRequestId: request.id },
        });
      }
      await this.notifications.notify(manager, {
        kind: status === RegionMoveStatus.APPROVED ? NotificationKind.REGION_MOVE_APPROVED : NotificationKind.REGION_MOVE_REJECTED,
        recipientIds: [request.userId],
        object: { type: 'RegionMoveRequest', id: request.id, link: '/profil' },
        params: {
          ...(from ? { fromRegionName: from.name } : {}),
          toRegionName: to?.name ?? request.toRegionCode,
          ...(reason ? { reason } : {}),
        },
        dedupeKey: `region-move-decided:${request.id}`,
      });
      return request;
    });
  }

  /**
   * Who is told of a request into the region: its coordinators (still holding the role); admins when
   * the region has none, so that no request waits unseen. Never the asker.
   */
  private async decidersOf(regionCode: string, askerId: string, manager: EntityManager): Promise<string[]> {
    // Read in the caller's transaction: a second pool connection per sign-up deadlocked 20 at once.
    const ids = (await this.regionAccess.coordinatorIdsOf(regionCode, manager)).filter((id) => id !== askerId);
    const coordinators = (ids.length === 0 ? [] : await this.users.findByIds(ids, manager)).filter(
      (user): user is User => user !== null && can(user.roles, 'beGivenRegions') && !user.deactivatedAt,
    );
    if (coordinators.length > 0) return coordinators.map((user) => user.id);
    return (await this.users.withRole('ADMIN', { people: true }, manager))
      .filter((user) => user.id !== askerId && !user.deactivatedAt)
      .map((user) => user.id);
  }

  /** The codes a coordinator was given, with the kabupaten/kota of a given province. */
  private async coordinatedCodes(viewer: User): Promise<string[]> {
    const [direct] = await this.regionAccess.coordinatedRegionsOf([viewer.id]);
    const kabKota = await this.regionAccess.givenKabKotaOf(viewer);
    return [...new Set([...direct, ...kabKota].map((region) => region.code))];
  }
}

/** A row of `RETURNING *` (column names) as entity values. */
function fromRaw(raw: Record<string, unknown>): Partial<RegionMoveRequest> {
  return {
    id: raw.id as string,
    userId: raw.user_id as string,
    fromRegionCode: (raw.from_region_code as string | null) ?? null,
    toRegionCode: raw.to_region_code as string,
    status: raw.status as RegionMoveStatus,
    decidedById: (raw.decided_by as string | null) ?? null,
    decidedAt: (raw.decided_at as Date | null) ?? null,
    reason: (raw.reason as string | null) ?? null,
    createdAt: raw.created_at as Date,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (value: string) => UUID.test(value);
