import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ForbiddenError, NotFoundError } from '../common/errors/domain-error';
import type { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { MentoringPair, PairMember } from './mentoring-pair.entity';

export type PairRole = 'mentor' | 'mentee' | 'coordinator';

/**
 * Who may see and do what in a pair: its mentor, its mentee members, the coordinators of its region
 * and admins (as coordinators). Nobody else learns that the pair exists (NOT_FOUND).
 */
@Injectable()
export class MentoringAccess {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
  ) {}

  async rolesIn(viewer: User, pair: MentoringPair): Promise<Set<PairRole>> {
    const roles = new Set<PairRole>();
    if (pair.mentorId === viewer.id) roles.add('mentor');
    if (await this.dataSource.getRepository(PairMember).existsBy({ pairId: pair.id, userId: viewer.id })) roles.add('mentee');
    if (await this.users.coordinatesRegion(viewer, pair.regionCode)) roles.add('coordinator');
    return roles;
  }

  /** The pair and the viewer's roles in it; NOT_FOUND when the viewer has none. */
  async pair(viewer: User, pairId: string): Promise<{ pair: MentoringPair; roles: Set<PairRole> }> {
    const pair = await this.dataSource.getRepository(MentoringPair).findOneBy({ id: pairId });
    const roles = pair ? await this.rolesIn(viewer, pair) : new Set<PairRole>();
    if (!pair || roles.size === 0) throw new NotFoundError('This mentoring pair does not exist or is not yours.', 'PAIR_NOT_FOUND');
    return { pair, roles };
  }

  assert(roles: Set<PairRole>, allowed: PairRole[], message: string): void {
    if (!allowed.some((role) => roles.has(role))) throw new ForbiddenError(message, 'NOT_ALLOWED');
  }
}
