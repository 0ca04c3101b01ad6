import { CommonErrorReason, LearningErrorReason, learningPathRules } from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors/domain-error';
import { TransactionRunner } from '../common/transaction';
import { validateInput } from '../common/validate-input';
import { type ContentItem, ContentReaderService } from '../content';
import type { User } from '../users';
import type { SaveLearningPathInput } from './dto/learning.inputs';
import { Enrolment } from './enrolment.entity';
import type { PathStep } from './learning.models';
import { LearningPath, LearningPathStep } from './learning-path.entity';

/** A path as one viewer sees it, for batched step lists. */
export interface ViewedPath {
  pathId: string;
  /** Empty for a visitor: nothing is complete, every step with a requirement is locked. */
  viewerId: string;
}

@Injectable()
export class LearningPathService {
  constructor(
    @InjectRepository(LearningPath) private readonly paths: Repository<LearningPath>,
    @InjectRepository(LearningPathStep) private readonly pathSteps: Repository<LearningPathStep>,
    @InjectRepository(Enrolment) private readonly enrolments: Repository<Enrolment>,
    private readonly tx: TransactionRunner,
    private readonly content: ContentReaderService,
  ) {}

  list(): Promise<LearningPath[]> {
    return this.paths.find({ order: { title: 'ASC' } });
  }

  async find(id: string): Promise<LearningPath> {
    const path = await this.paths.findOneBy({ id });
    if (!path) throw new NotFoundError(LearningErrorReason.PATH_NOT_FOUND);
    return path;
  }

  /**
   * Creates or replaces a path (mentors and admins). Steps are published modules, each at most once
   * (the shared rules); a step requires only modules that come before it (so a path can never lock
   * itself); by default it requires the step before.
   */
  async save(actor: User, input: SaveLearningPathInput): Promise<LearningPath> {
    const { steps: stepValues, ...values } = validateInput(learningPathRules, {
      title: input.title,
      description: input.description,
      steps: input.steps,
    });
    const itemIds = stepValues.map((step) => step.itemId);
    const modules = await this.content.itemsByIds(itemIds);
    const publishable = new Set(
      modules.filter((item) => item.type === 'MODULE' && item.publishedRevisionId && !item.archivedAt).map((item) => item.id),
    );
    const steps = stepValues.map((step, index) => {
      if (!publishable.has(step.itemId)) {
        throw new BadUserInputError(LearningErrorReason.NOT_ENROLLABLE, {
          fields: [{ field: `steps.${index}.itemId`, message: 'field.invalid' }],
        });
      }
      const earlier = new Set(itemIds.slice(0, index));
      const requires = step.requiresItemIds ?? (index > 0 ? [itemIds[index - 1]] : []);
      if (requires.some((id) => !earlier.has(id))) {
        throw new BadUserInputError(LearningErrorReason.INVALID_PREREQUISITE, {
          fields: [{ field: `steps.${index}.requiresItemIds`, message: 'field.invalid' }],
        });
      }
      return { itemId: step.itemId, position: index + 1, requiresItemIds: [...new Set(requires)] };
    });

    return this.tx.run(async (manager) => {
      const paths = manager.getRepository(LearningPath);
      const pathSteps = manager.getRepository(LearningPathStep);
      let pathId = input.id;
      if (pathId) {
        const result = await paths
          .createQueryBuilder()
          .update(LearningPath)
          .set({ ...values, version: () => 'version + 1' })
          .where('id = :id AND version = :version', { id: pathId, version: input.version ?? -1 })
          .execute();
        if (result.affected !== 1) {
          if (!(await paths.existsBy({ id: pathId }))) throw new NotFoundError(LearningErrorReason.PATH_NOT_FOUND);
          throw new ConflictError(CommonErrorReason.STALE_VERSION);
        }
        await pathSteps.delete({ pathId });
      } else {
        pathId = (await paths.save(paths.create({ ...values, createdById: actor.id }))).id;
      }
      await pathSteps.insert(steps.map((step) => ({ ...step, pathId })));
      return paths.findOneByOrFail({ id: pathId });
    });
  }

  /**
   * The steps of paths for their viewers: which are complete, which still locked and by what. Three
   * queries for the whole batch (steps, modules, the viewers' enrolments), in the order given.
   */
  async stepsOf(paths: readonly ViewedPath[]): Promise<PathStep[][]> {
    if (paths.length === 0) return [];
    const pathIds = [...new Set(paths.map((path) => path.pathId))];
    const steps = await this.pathSteps.find({ where: { pathId: In(pathIds) }, order: { pathId: 'ASC', position: 'ASC' } });
    const itemIds = [...new Set(steps.map((step) => step.itemId))];
    const viewerIds = [...new Set(paths.map((path) => path.viewerId).filter((id) => id !== ''))];
    const [items, enrolments] = await Promise.all([
      this.content.itemsByIds(itemIds),
      viewerIds.length > 0 && itemIds.length > 0
        ? this.enrolments.findBy({ userId: In(viewerIds), itemId: In(itemIds) })
        : Promise.resolve([]),
    ]);
    const itemById = new Map(items.map((item) => [item.id, item]));
    const completed = new Set(enrolments.filter((enrolment) => enrolment.completedAt).map((row) => `${row.userId}:${row.itemId}`));
    return paths.map(({ pathId, viewerId }) => {
      const done = (itemId: string) => completed.has(`${viewerId}:${itemId}`);
      return steps
        .filter((step) => step.pathId === pathId)
        .map((step) => ({
          position: step.position,
          item: itemById.get(step.itemId) as ContentItem,
          requires: step.requiresItemIds.map((id) => itemById.get(id) as ContentItem),
          locked: step.requiresItemIds.some((id) => !done(id)),
          completed: done(step.itemId),
        }));
    });
  }
}
