import { CommonErrorReason, MentoringErrorReason } from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { ForbiddenError, NotFoundError } from '../common/errors/domain-error';
import { RegionAccessService } from '../regions';
import type { User } from '../users';
import { MentoringPair, PairMember } from './mentoring-pair.entity';

export type PairRole = 'mentor' | 'mentee' | 'coordinator';

/**
 * Who may see and do what in a pair: its mentor, its mentee members, the coordinators of its region
 * and admins (as coordinators). Nobody else learns that the pair exists (NOT_FOUND).
 */
@Injectable()
export class MentoringAccess {
  constructor(
    @InjectRepository(MentoringPair) private readonly pairs: Repository<MentoringPair>,
    @InjectRepository(PairMember) private readonly members: Repository<PairMember>,
    private readonly regionAccess: RegionAccessService,
  ) {}

  async rolesIn(viewer: User, pair: MentoringPair): Promise<Set<PairRole>> {
    const isMentee = await this.members.existsBy({ pairId: pair.id, userId: viewer.id });
    const coordinates = await this.regionAccess.coordinatesRegion(viewer, pair.regionCode);
    return rolesOf(viewer, pair, isMentee, coordinates);
  }

  /** The viewer's roles in each pair, given each pair's mentee ids: one query at most (the regions). */
  async rolesInPairs(viewer: User, pairs: ReadonlyArray<{ pair: MentoringPair; menteeIds: readonly string[] }>): Promise<Set<PairRole>[]> {
    const coordinated = await this.regionAccess.coordinatedAmong(viewer, [...new Set(pairs.map(({ pair }) => pair.regionCode))]);
    return pairs.map(({ pair, menteeIds }) => rolesOf(viewer, pair, menteeIds.includes(viewer.id), coordinated.has(pair.regionCode)));
  }

  /** The pair and the viewer's roles in it; NOT_FOUND when the viewer has none. */
  async pair(viewer: User, pairId: string): Promise<{ pair: MentoringPair; roles: Set<PairRole> }> {
    const pair = await this.pairs.findOneBy({ id: pairId });
    const roles = pair ? await this.rolesIn(viewer, pair) : new Set<PairRole>();
    if (!pair || roles.size === 0) throw new NotFoundError(MentoringErrorReason.PAIR_NOT_FOUND);
    return { pair, roles };
  }

  /** FORBIDDEN/NOT_ALLOWED unless the viewer holds one of the allowed roles. */
  assert(roles: Set<PairRole>, allowed: PairRole[]): void {
    if (!allowed.some((role) => roles.has(role))) throw new ForbiddenError(CommonErrorReason.NOT_ALLOWED);
  }
}

function rolesOf(viewer: User, pair: MentoringPair, isMentee: boolean, coordinates: boolean): Set<PairRole> {
  const roles = new Set<PairRole>();
  if (pair.mentorId === viewer.id) roles.add('mentor');
  if (isMentee) roles.add('mentee');
  if (coordinates) roles.add('coordinator');
  return roles;
}
