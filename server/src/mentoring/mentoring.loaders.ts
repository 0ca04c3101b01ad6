import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, type Repository } from 'typeorm';
import type { LoaderFactory } from '../graphql/request-loaders';
import { SpbeCatalogueService, type SpbeIndicator } from '../spbe';
import type { User } from '../users';
import { MentoringAccess, type PairRole } from './mentoring-access';
import { MentoringPair, PairIndicator, PairMember } from './mentoring-pair.entity';
import { ActionItem, MentoringSession, SessionFeedback } from './mentoring-session.entity';

export interface MentoringLoaderSet {
  pairById: DataLoader<string, MentoringPair | null>;
  /** The mentee side of each pair: user ids of the learner or the team's members. */
  menteeIdsByPairId: DataLoader<string, string[]>;
  /** Each pair's sessions, earliest first. */
  sessionsByPairId: DataLoader<string, MentoringSession[]>;
  /** Each session's action items, by due date. */
  actionItemsBySessionId: DataLoader<string, ActionItem[]>;
  feedbackBySessionId: DataLoader<string, SessionFeedback[]>;
  /** Each pair's focus indicators, by number. */
  indicatorsByPairId: DataLoader<string, SpbeIndicator[]>;
  /** The viewer's roles in each pair (by pair id); empty for a pair that does not exist. */
  rolesIn(viewer: User): DataLoader<string, Set<PairRole>>;
}

/** Mentoring's per-request loaders: nested pair and session fields cost one query per kind, not per row. */
@Injectable()
export class MentoringLoaders implements LoaderFactory<MentoringLoaderSet> {
  constructor(
    @InjectRepository(MentoringPair) private readonly pairs: Repository<MentoringPair>,
    @InjectRepository(PairMember) private readonly members: Repository<PairMember>,
    @InjectRepository(PairIndicator) private readonly pairIndicators: Repository<PairIndicator>,
    @InjectRepository(MentoringSession) private readonly sessions: Repository<MentoringSession>,
    @InjectRepository(ActionItem) private readonly actionItems: Repository<ActionItem>,
    @InjectRepository(SessionFeedback) private readonly feedback: Repository<SessionFeedback>,
    private readonly access: MentoringAccess,
    private readonly spbe: SpbeCatalogueService,
  ) {}

  create(): MentoringLoaderSet {
    const pairById = new DataLoader<string, MentoringPair | null>(async (ids) => {
      const byId = new Map((await this.pairs.findBy({ id: In([...ids]) })).map((pair) => [pair.id, pair]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    const menteeIdsByPairId = new DataLoader<string, string[]>(async (pairIds) => {
      const byPair = groupBy(await this.members.findBy({ pairId: In([...pairIds]) }), (row) => row.pairId);
      return pairIds.map((pairId) => (byPair.get(pairId) ?? []).map((row) => row.userId));
    });
    const rolesByViewer = new Map<string, DataLoader<string, Set<PairRole>>>();
    const rolesIn = (viewer: User) => {
      let loader = rolesByViewer.get(viewer.id);
      if (!loader) {
        loader = new DataLoader<string, Set<PairRole>>(async (pairIds) => {
          const [pairs, menteeIds] = await Promise.all([pairById.loadMany(pairIds), menteeIdsByPairId.loadMany(pairIds)]);
          const known = pairIds.flatMap((_, index) => {
            const pair = pairs[index];
            const mentees = menteeIds[index];
            return pair instanceof MentoringPair && Array.isArray(mentees) ? [{ pair, menteeIds: mentees }] : [];
          });
          const roles = await this.access.rolesInPairs(viewer, known);
          const byPair = new Map(known.map(({ pair }, index) => [pair.id, roles[index]]));
          return pairIds.map((pairId) => byPair.get(pairId) ?? new Set<PairRole>());
        });
        rolesByViewer.set(viewer.id, loader);
      }
      return loader;
    };
    return {
      pairById,
      menteeIdsByPairId,
      rolesIn,
      sessionsByPairId: new DataLoader(async (pairIds) => {
        const rows = await this.sessions.find({ where: { pairId: In([...pairIds]) }, order: { startsAt: 'ASC' } });
        const byPair = groupBy(rows, (row) => row.pairId);
        return pairIds.map((pairId) => byPair.get(pairId) ?? []);
      }),
      actionItemsBySessionId: new DataLoader(async (sessionIds) => {
        const rows = await this.actionItems.find({ where: { sessionId: In([...sessionIds]) }, order: { dueDate: 'ASC' } });
        const bySession = groupBy(rows, (row) => row.sessionId);
        return sessionIds.map((sessionId) => bySession.get(sessionId) ?? []);
      }),
      feedbackBySessionId: new DataLoader(async (sessionIds) => {
        const bySession = groupBy(await this.feedback.findBy({ sessionId: In([...sessionIds]) }), (row) => row.sessionId);
        return sessionIds.map((sessionId) => bySession.get(sessionId) ?? []);
      }),
      indicatorsByPairId: new DataLoader(async (pairIds) => {
        const rows = await this.pairIndicators.findBy({ pairId: In([...pairIds]) });
        const indicators = await this.spbe.indicatorsByIds([...new Set(rows.map((row) => row.indicatorId))]);
        const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
        const byPair = groupBy(rows, (row) => row.pairId);
        return pairIds.map((pairId) =>
          (byPair.get(pairId) ?? []).flatMap((row) => byId.get(row.indicatorId) ?? []).sort((a, b) => a.number - b.number),
        );
      }),
    };
  }
}

function groupBy<Row>(rows: readonly Row[], key: (row: Row) => string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
