import { type ProfileValues, type RegisterValues, ROLES, type Role } from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, type Repository } from 'typeorm';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors/domain-error';
import { uniqueViolation } from '../common/errors/postgres-errors';
import { type Page, type PageArgs, pageWindow } from '../common/pagination/paginated';
import { Region } from '../regions/region.entity';
import { RegionsService } from '../regions/regions.service';
import { CoordinatorRegion } from './coordinator-region.entity';
import { User } from './user.entity';

export interface UserFilter {
  search?: string | null;
  role?: Role | null;
  regionCode?: string | null;
}

const STALE_MESSAGE = 'Someone else changed this account since you opened it. Reload to see their change, then try again.';

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(CoordinatorRegion) private readonly coordinatorRegions: Repository<CoordinatorRegion>,
    private readonly regions: RegionsService,
  ) {}

  findById(id: string): Promise<User | null> {
    return this.users.findOneBy({ id });
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users.findOneBy({ email });
  }

  /** Creates a LEARNER account. A taken email or NIP is a CONFLICT decided by the unique constraints. */
  async create(values: RegisterValues & { passwordHash: string; roles?: Role[] }): Promise<User> {
    await this.assertRegionExists(values.regionCode);
    try {
      return await this.users.save(
        this.users.create({
          email: values.email,
          passwordHash: values.passwordHash,
          fullName: values.fullName,
          nip: values.nip ?? null,
          regionCode: values.regionCode,
          agency: values.agency,
          locale: values.locale ?? 'id',
          roles: withLearner(values.roles ?? []),
        }),
      );
    } catch (error) {
      throw translateUniqueViolation(error);
    }
  }

  async updateProfile(user: User, values: ProfileValues, expectedVersion: number): Promise<User> {
    await this.assertRegionExists(values.regionCode);
    try {
      // The version check is in the UPDATE itself, so two concurrent saves cannot both pass it.
      const result = await this.users
        .createQueryBuilder()
        .update(User)
        .set({ ...values, nip: values.nip ?? null, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id: user.id, version: expectedVersion })
        .execute();
      if (result.affected !== 1) throw new ConflictError(STALE_MESSAGE, 'STALE_VERSION');
    } catch (error) {
      throw translateUniqueViolation(error);
    }
    return this.requireUser(user.id);
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
      throw new ForbiddenError('You cannot remove your own ADMIN role; ask another admin.', 'CANNOT_REMOVE_OWN_ADMIN');
    }
    await this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(User)
        .set({ roles: next, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id: userId, version: expectedVersion })
        .execute();
      if (result.affected !== 1) throw new ConflictError(STALE_MESSAGE, 'STALE_VERSION');
      if (!next.includes('COORDINATOR')) await manager.delete(CoordinatorRegion, { userId });
    });
    return this.requireUser(userId);
  }

  /** Replaces the regions a coordinator coordinates, in one transaction. */
  async setCoordinatorRegions(userId: string, regionCodes: string[], expectedVersion: number): Promise<User> {
    const target = await this.requireUser(userId);
    if (!target.roles.includes('COORDINATOR')) {
      throw new BadUserInputError('Give this user the COORDINATOR role first.', 'NOT_A_COORDINATOR');
    }
    const codes = [...new Set(regionCodes.map((code) => code.trim()))];
    const known = await this.regions.existingCodes(codes);
    const unknown = codes.filter((code) => !known.has(code));
    if (unknown.length > 0) {
      throw new BadUserInputError(`Unknown region codes: ${unknown.join(', ')}.`, 'UNKNOWN_REGION', [
        { field: 'regionCodes', message: 'regionCode.unknown' },
      ]);
    }
    await this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(User)
        .set({ version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id: userId, version: expectedVersion })
        .execute();
      if (result.affected !== 1) throw new ConflictError(STALE_MESSAGE, 'STALE_VERSION');
      await manager.delete(CoordinatorRegion, { userId });
      if (codes.length > 0)
        await manager.insert(
          CoordinatorRegion,
          codes.map((regionCode) => ({ userId, regionCode })),
        );
    });
    return this.requireUser(userId);
  }

  /** Batch lookup for the DataLoader: each user's coordinated regions in code order. */
  async coordinatedRegionsOf(userIds: readonly string[]): Promise<Region[][]> {
    const rows = await this.coordinatorRegions.find({
      where: { userId: In([...userIds]) },
      relations: { region: true },
      order: { regionCode: 'ASC' },
    });
    const byUser = new Map<string, Region[]>(userIds.map((id) => [id, []]));
    for (const row of rows) if (row.region) byUser.get(row.userId)?.push(row.region);
    return userIds.map((id) => byUser.get(id) ?? []);
  }

  /**
   * Whether the user may act for a region as its coordinator: admins for every region, coordinators
   * for the regions they coordinate (a province code covers its kabupaten/kota).
   */
  async coordinatesRegion(user: User, regionCode: string): Promise<boolean> {
    if (user.roles.includes('ADMIN')) return true;
    if (!user.roles.includes('COORDINATOR')) return false;
    const [{ allowed }] = await this.dataSource.query(
      `SELECT EXISTS (
         SELECT 1 FROM coordinator_regions c JOIN regions r ON r.code = $2
         WHERE c.user_id = $1 AND (c.region_code = r.code OR c.region_code = r.province_code)) AS allowed`,
      [user.id, regionCode],
    );
    return allowed;
  }

  /** FORBIDDEN/NOT_YOUR_REGION unless the user coordinates the region (admins always do). */
  async assertCoordinatesRegion(user: User, regionCode: string): Promise<void> {
    if (!(await this.coordinatesRegion(user, regionCode)))
      throw new ForbiddenError('You do not coordinate this region.', 'NOT_YOUR_REGION');
  }

  /** For region figures: the user's own region, or one they coordinate. */
  async assertSeesRegion(user: User, regionCode: string): Promise<void> {
    if (user.regionCode !== regionCode && !(await this.coordinatesRegion(user, regionCode))) {
      throw new ForbiddenError('You see your own region and the regions you coordinate.', 'NOT_YOUR_REGION');
    }
  }

  /** Of the given regions, those the user coordinates, in one query (for lists). */
  async coordinatedAmong(user: User, regionCodes: string[]): Promise<Set<string>> {
    if (user.roles.includes('ADMIN')) return new Set(regionCodes);
    if (!user.roles.includes('COORDINATOR')) return new Set();
    const rows: Array<{ code: string }> = await this.dataSource.query(
      `SELECT r.code FROM regions r
       WHERE r.code = ANY($2) AND EXISTS (SELECT 1 FROM coordinator_regions c
                                           WHERE c.user_id = $1 AND (c.region_code = r.code OR c.region_code = r.province_code))`,
      [user.id, regionCodes],
    );
    return new Set(rows.map((row) => row.code));
  }

  async requireUser(id: string): Promise<User> {
    const user = await this.findById(id);
    if (!user) throw new NotFoundError('This user does not exist.', 'USER_NOT_FOUND');
    return user;
  }

  private async assertRegionExists(code: string): Promise<void> {
    const known = await this.regions.existingCodes([code]);
    if (!known.has(code)) {
      throw new BadUserInputError('This region does not exist.', 'UNKNOWN_REGION', [
        { field: 'regionCode', message: 'regionCode.unknown' },
      ]);
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
  if (constraint === 'users_email_key') return new ConflictError('An account with this email already exists.', 'EMAIL_TAKEN');
  if (constraint === 'users_nip_key') return new ConflictError('An account with this NIP already exists.', 'NIP_TAKEN');
  return error;
}
