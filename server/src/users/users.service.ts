import {
  CommonErrorReason,
  type ProfileValues,
  RegionsErrorReason,
  type RegisterValues,
  ROLES,
  type Role,
  UsersErrorReason,
} from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, type Repository } from 'typeorm';
import { AuditService } from '../audit';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors/domain-error';
import { uniqueViolation } from '../common/errors/postgres-errors';
import { type Page, type PageArgs, pageWindow } from '../common/pagination/paginated';
import { TransactionRunner } from '../common/transaction';
import { RegionAccessService, RegionsService } from '../regions';
import { SERVICE_ACCOUNT_HASH_PREFIX, User } from './user.entity';

export interface UserFilter {
  search?: string | null;
  role?: Role | null;
  regionCode?: string | null;
}

/**
 * A new account's values; the password is already hashed. `emailVerified` only for accounts whose
 * address is known to be theirs (seeded and demo accounts); a registration starts unverified.
 */
export type NewAccount = Omit<RegisterValues, 'password' | 'regionCode'> & {
  passwordHash: string;
  /** Null for a registration: the account asks to join its region and belongs to none until approved. */
  regionCode: string | null;
  roles?: Role[];
  emailVerified?: boolean;
};

/** Called with the roles a user was just given (never empty), inside the granting transaction. */
export type RoleGrantListener = (manager: EntityManager, grant: { userId: string; roles: Role[]; version: number }) => Promise<void>;

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly regions: RegionsService,
    private readonly regionAccess: RegionAccessService,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  private sessionQuery?: string;

  /** Inside a transaction pass its manager (see findByIds). */
  findById(id: string, manager?: EntityManager): Promise<User | null> {
    return (manager?.getRepository(User) ?? this.users).findOneBy({ id });
  }

  /**
   * The user a session token names, read on every authenticated request: one plain statement and an
   * assignment instead of TypeORM's find (about 0.12 ms of CPU a call against 0.3 ms, measured).
   * The same columns as findById; `roles` cast to text[] so pg parses the enum array itself.
   */
  async findForSession(id: string): Promise<User | null> {
    this.sessionQuery ??= `SELECT ${this.users.metadata.columns
      .filter((column) => column.isSelect)
      .map((column) => `"${column.databaseName}"${column.databaseName === 'roles' ? '::text[]' : ''} AS "${column.propertyName}"`)
      .join(', ')} FROM users WHERE id = $1`;
    const rows: Partial<User>[] = await this.users.query(this.sessionQuery, [id]);
    return rows[0] ? Object.assign(new User(), rows[0]) : null;
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users.findOneBy({ email });
  }

  /**
   * Batch lookup for the DataLoader: results in the order of `ids`, null where unknown. Inside a
   * transaction pass its manager: a second pool connection per transaction can exhaust the pool.
   */
  async findByIds(ids: readonly string[], manager?: EntityManager): Promise<(User | null)[]> {
    const found = await (manager?.getRepository(User) ?? this.users).findBy({ id: In([...ids]) });
    const byId = new Map(found.map((user) => [user.id, user]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Every user holding the role, by full name; with `people`, only accounts a person signs in to (no service accounts). */
  withRole(role: Role, { people = false }: { people?: boolean } = {}, manager?: EntityManager): Promise<User[]> {
    const query = (manager?.getRepository(User) ?? this.users)
      .createQueryBuilder('user')
      .where('user.roles @> ARRAY[:role]::user_role[]', { role });
    if (people) query.andWhere(`left(user.passwordHash, 1) <> :prefix`, { prefix: SERVICE_ACCOUNT_HASH_PREFIX });
    return query.orderBy('user.full_name', 'ASC').getMany();
  }

  /** Users of a region holding none of `roles`, other than `excludingIds`, by full name, at most `limit`. */
  ofRegionWithoutRoles(
    regionCode: string,
    roles: readonly Role[],
    { excludingIds = [], limit }: { excludingIds?: readonly string[]; limit: number },
  ): Promise<User[]> {
    return this.users
      .createQueryBuilder('user')
      .where('user.region_code = :regionCode AND NOT (user.roles && ARRAY[:...roles]::user_role[])', { regionCode, roles })
      .andWhere('NOT (user.id = ANY(:excludingIds::uuid[]))', { excludingIds: [...excludingIds] })
      .orderBy('user.full_name', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** Of the given emails, those that already have an account. */
  async existingEmails(emails: readonly string[]): Promise<Set<string>> {
    if (emails.length === 0) return new Set();
    const found = await this.users.find({ select: { email: true }, where: { email: In([...emails]) } });
    return new Set(found.map((user) => user.email));
  }

  /**
   * Creates an account, a LEARNER at least; inside the caller's transaction when given a manager.
   * A taken email or NIP is a CONFLICT decided by the unique constraints.
   */
  async create(values: NewAccount, manager?: EntityManager): Promise<User> {
    if (values.regionCode !== null) await this.assertRegionExists(values.regionCode);
    const users = manager?.getRepository(User) ?? this.users;
    try {
      return await users.save(
        users.create({
          email: values.email,
          passwordHash: values.passwordHash,
          fullName: values.fullName,
          nip: values.nip ?? null,
          regionCode: values.regionCode,
          agency: values.agency,
          locale: values.locale ?? 'id',
          roles: withLearner(values.roles ?? []),
          emailVerifiedAt: values.emailVerified ? new Date() : null,
        }),
      );
    } catch (error) {
      throw translateUniqueViolation(error);
    }
  }

  /**
   * Saves the user's own profile. The region is not the user's to declare: a changed `regionCode` is
   * refused (a move is asked for and approved, see region-membership); a stale form is STALE_VERSION first.
   */
  async updateProfile(user: User, { regionCode, ...values }: ProfileValues, expectedVersion: number): Promise<User> {
    if (regionCode !== user.regionCode) {
      if (expectedVersion !== user.version) throw new ConflictError(CommonErrorReason.STALE_VERSION);
      throw new BadUserInputError(UsersErrorReason.REGION_CHANGE_NEEDS_REQUEST, {
        fields: [{ field: 'regionCode', message: 'regionCode.needsRequest' }],
      });
    }
    try {
      // The version check is in the UPDATE itself, so two concurrent saves cannot both pass it.
      const result = await this.users
        .createQueryBuilder()
        .update(User)
        .set({ ...values, nip: values.nip ?? null, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id: user.id, version: expectedVersion })
        .execute();
      if (result.affected !== 1) throw new ConflictError(CommonErrorReason.STALE_VERSION);
    } catch (error) {
      throw translateUniqueViolation(error);
    }
    return this.requireUser(user.id);
  }

  /**
   * Moves a user to another region, inside the caller's transaction (an approved move request): the
   * version moves, so a profile form open meanwhile reloads; region figures follow by trigger.
   * Returns the region the user was in, or null when the user is gone.
   */
  async moveToRegion(userId: string, regionCode: string, manager: EntityManager): Promise<string | null> {
    await this.assertRegionExists(regionCode);
    const rows: Array<{ previous: string }> = await manager.query(
      `UPDATE users u SET region_code = $2, version = u.version + 1, updated_at = now()
       FROM (SELECT id, region_code AS previous FROM users WHERE id = $1 FOR UPDATE) old
       WHERE u.id = old.id RETURNING old.previous`,
      [userId, regionCode],
    );
    return rows[0]?.previous ?? null;
  }

  async list(filter: UserFilter, page: PageArgs): Promise<Page<User>> {
    const { skip, take } = pageWindow(page);
    const query = this.users.createQueryBuilder('user');
    if (filter.search?.trim()) {
      const pattern = `%${escapeLike(filter.search.trim().toLowerCase())}%`;
      query.andWhere('(lower(user.full_name) LIKE :pattern OR user.email LIKE :pattern)', { pattern });
    }
    if (filter.role) query.andWhere('user.roles @> ARRAY[:role]::user_role[]', { role: filter.role }); // uses users_roles_idx (GIN)
    if (filter.regionCode) query.andWhere('user.region_code = :regionCode', { regionCode: filter.regionCode });
    const [items, totalCount] = await query
      .orderBy('user.full_name', 'ASC')
      .addOrderBy('user.id', 'ASC')
      .skip(skip)
      .take(take)
      .getManyAndCount();
    return { items, totalCount };
  }

  /**
   * Replaces a user's roles. LEARNER is always kept; an admin cannot drop their own ADMIN role (the
   * platform would lose its last way in); dropping COORDINATOR also clears the coordinated regions.
   */
  async setRoles(actor: User, userId: string, roles: Role[], expectedVersion: number): Promise<User> {
    const target = await this.requireUser(userId);
    const next = withLearner(roles);
    if (actor.id === target.id && target.roles.includes('ADMIN') && !next.includes('ADMIN')) {
      throw new ForbiddenError(UsersErrorReason.CANNOT_REMOVE_OWN_ADMIN);
    }
    // Anyone can register with any address: a role (mentor, coordinator, admin) goes only to an account
    // whose owner proved the address is theirs. Taking roles away is always allowed.
    const granted = next.filter((role) => !target.roles.includes(role));
    if (granted.length > 0 && !target.emailVerifiedAt) {
      throw new BadUserInputError(UsersErrorReason.EMAIL_NOT_VERIFIED, { params: { roles: granted.join(',') } });
    }
    await this.tx.run(async (manager) => {
      const result = await manager
        .getRepository(User)
        .createQueryBuilder()
        .update()
        .set({ roles: next, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id: userId, version: expectedVersion })
        .execute();
      if (result.affected !== 1) throw new ConflictError(CommonErrorReason.STALE_VERSION);
      if (!next.includes('COORDINATOR')) await this.regionAccess.clearCoordinatedRegions(userId, manager);
      await this.audit.record(manager, {
        actor,
        action: 'user.roles-changed',
        subjectType: 'User',
        subjectId: userId,
        regionCode: target.regionCode,
        before: { roles: target.roles },
        after: { roles: next },
      });
      if (granted.length > 0)
        for (const listener of this.roleGrantListeners) await listener(manager, { userId, roles: granted, version: expectedVersion + 1 });
    });
    return this.requireUser(userId);
  }

  private readonly roleGrantListeners: RoleGrantListener[] = [];

  /**
   * Runs `listener` inside the transaction that grants roles (e.g. notifications register here, so
   * users names no feature that depends on it). Register in `onModuleInit`.
   */
  onRolesGranted(listener: RoleGrantListener): void {
    this.roleGrantListeners.push(listener);
  }

  /** Replaces the regions a coordinator coordinates, in one transaction. */
  async setCoordinatorRegions(userId: string, regionCodes: string[], expectedVersion: number, actor: User | null = null): Promise<User> {
    const target = await this.requireUser(userId);
    if (!target.roles.includes('COORDINATOR')) {
      throw new BadUserInputError(UsersErrorReason.NOT_A_COORDINATOR);
    }
    const codes = [...new Set(regionCodes.map((code) => code.trim()))];
    const known = await this.regions.existingCodes(codes);
    const unknown = codes.filter((code) => !known.has(code));
    if (unknown.length > 0) {
      throw new BadUserInputError(RegionsErrorReason.UNKNOWN_REGION, {
        params: { codes: unknown.join(', ') },
        fields: [{ field: 'regionCodes', message: 'regionCode.unknown' }],
      });
    }
    await this.tx.run(async (manager) => {
      const result = await manager
        .getRepository(User)
        .createQueryBuilder()
        .update()
        .set({ version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id: userId, version: expectedVersion })
        .execute();
      if (result.affected !== 1) throw new ConflictError(CommonErrorReason.STALE_VERSION);
      const [before] = await this.regionAccess.coordinatedRegionsOf([userId]);
      await this.regionAccess.setCoordinatedRegions(userId, codes, manager);
      await this.audit.record(manager, {
        actor,
        action: 'user.coordinated-regions-changed',
        subjectType: 'User',
        subjectId: userId,
        regionCode: target.regionCode,
        before: { regionCodes: (before ?? []).map((region) => region.code).sort() },
        after: { regionCodes: [...codes].sort() },
      });
    });
    return this.requireUser(userId);
  }

  /**
   * Sets a new password hash and revokes every token issued before (token_version + 1), inside the
   * caller's transaction. `verifiesEmail`: the change came through a link mailed to the address
   * (a reset), which proves it as well as the verification link would.
   */
  async setPassword(
    userId: string,
    passwordHash: string,
    { verifiesEmail }: { verifiesEmail: boolean },
    manager?: EntityManager,
  ): Promise<void> {
    await (manager ?? this.users.manager).query(
      `UPDATE users SET password_hash = $2, token_version = token_version + 1, updated_at = now(),
         email_verified_at = CASE WHEN $3::boolean THEN coalesce(email_verified_at, now()) ELSE email_verified_at END
       WHERE id = $1`,
      [userId, passwordHash, verifiesEmail],
    );
  }

  /** Revokes every token of the user issued until now (sign-out). Neither `version` nor `updated_at` moves. */
  async revokeTokens(userId: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.users.manager).query('UPDATE users SET token_version = token_version + 1 WHERE id = $1', [userId]);
  }

  /** Records that the owner followed the verification link; the first time counts. */
  async markEmailVerified(userId: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.users.manager).query('UPDATE users SET email_verified_at = coalesce(email_verified_at, now()) WHERE id = $1', [
      userId,
    ]);
  }

  /**
   * Deactivates (tokens revoked at once: the guard refuses a deactivated account and every older
   * token version) or reactivates an account. An admin cannot deactivate themself. Idempotent.
   */
  async setActive(actor: User, userId: string, active: boolean): Promise<User> {
    const target = await this.requireUser(userId);
    if (!active && actor.id === userId) throw new ForbiddenError(UsersErrorReason.CANNOT_DEACTIVATE_SELF);
    await this.tx.run(async (manager) => {
      await manager.query(
        active
          ? 'UPDATE users SET deactivated_at = NULL, updated_at = now() WHERE id = $1'
          : `UPDATE users SET deactivated_at = coalesce(deactivated_at, now()), token_version = token_version + 1, updated_at = now() WHERE id = $1`,
        [userId],
      );
      // Idempotent: only a change of state is an event.
      if (active === (target.deactivatedAt === null)) return;
      await this.audit.record(manager, {
        actor,
        action: active ? 'user.reactivated' : 'user.deactivated',
        subjectType: 'User',
        subjectId: userId,
        regionCode: target.regionCode,
        before: { active: !active },
        after: { active },
      });
    });
    return this.requireUser(userId);
  }

  /**
   * Marks the user active for the "active learners" figures, which count WIB days: written once a day
   * per user at most, so the trigger that keeps region_last_active_days moves a person at most daily.
   * Raw SQL so neither `version` nor `updated_at` moves (a profile form open meanwhile stays current).
   */
  async touchActivity(userId: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.users.manager).query(
      `UPDATE users SET last_active_at = now() WHERE id = $1
         AND (last_active_at IS NULL OR last_active_at < date_trunc('day', now() AT TIME ZONE 'Asia/Jakarta') AT TIME ZONE 'Asia/Jakarta')`,
      [userId],
    );
  }

  async requireUser(id: string, manager?: EntityManager): Promise<User> {
    const user = await this.findById(id, manager);
    if (!user) throw new NotFoundError(UsersErrorReason.USER_NOT_FOUND);
    return user;
  }

  /** BAD_USER_INPUT naming `regionCode` for a code that is no region. */
  async assertRegionExists(code: string): Promise<void> {
    const known = await this.regions.existingCodes([code]);
    if (!known.has(code)) {
      throw new BadUserInputError(RegionsErrorReason.UNKNOWN_REGION, { fields: [{ field: 'regionCode', message: 'regionCode.unknown' }] });
    }
  }
}

/** Every account can learn: LEARNER is always among the roles, which are kept in a stable order. */
function withLearner(roles: Role[]): Role[] {
  const held = new Set<Role>([...roles, 'LEARNER']);
  return ROLES.filter((role) => held.has(role));
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function translateUniqueViolation(error: unknown): unknown {
  const constraint = uniqueViolation(error);
  if (constraint === 'users_email_key') return new ConflictError(UsersErrorReason.EMAIL_TAKEN);
  if (constraint === 'users_nip_key') return new ConflictError(UsersErrorReason.NIP_TAKEN);
  return error;
}
