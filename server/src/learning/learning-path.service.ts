import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { z } from 'zod';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors/domain-error';
import { validateInput } from '../common/validate-input';
import { ContentItem } from '../content/content-item.entity';
import type { User } from '../users/user.entity';
import type { SaveLearningPathInput } from './dto/learning.inputs';
import { Enrolment } from './enrolment.entity';
import type { PathStep } from './learning.models';
import { LearningPath, LearningPathStep } from './learning-path.entity';

const pathRules = z.object({
  title: z.string().trim().min(1, { message: 'title.required' }).max(200, { message: 'title.tooLong' }),
  description: z.string().trim().max(2000, { message: 'summary.tooLong' }),
});

@Injectable()
export class LearningPathService {
  constructor(private readonly dataSource: DataSource) {}

  list(): Promise<LearningPath[]> {
    return this.dataSource.getRepository(LearningPath).find({ order: { title: 'ASC' } });
  }

  async find(id: string): Promise<LearningPath> {
    const path = await this.dataSource.getRepository(LearningPath).findOneBy({ id });
    if (!path) throw new NotFoundError('This learning path does not exist.', 'PATH_NOT_FOUND');
    return path;
  }

  /**
   * Creates or replaces a path (mentors and admins). Steps are published modules, each at most once;
   * a step requires only modules that come before it (so a path can never lock itself); by default
   * it requires the step before.
   */
  async save(actor: User, input: SaveLearningPathInput): Promise<LearningPath> {
    const values = validateInput(pathRules, { title: input.title, description: input.description });
    const itemIds = input.steps.map((step) => step.itemId);
    if (itemIds.length === 0)
      throw new BadUserInputError('A path needs at least one module.', 'INVALID_INPUT', [{ field: 'steps', message: 'field.invalid' }]);
    if (new Set(itemIds).size !== itemIds.length) {
      throw new BadUserInputError('A module appears twice in the path.', 'INVALID_INPUT', [{ field: 'steps', message: 'field.invalid' }]);
    }
    const modules = await this.dataSource.getRepository(ContentItem).findBy({ id: In(itemIds) });
    const publishable = new Set(
      modules.filter((item) => item.type === 'MODULE' && item.publishedRevisionId && !item.archivedAt).map((item) => item.id),
    );
    const steps = input.steps.map((step, index) => {
      if (!publishable.has(step.itemId)) {
        throw new BadUserInputError('A path holds published modules only.', 'NOT_ENROLLABLE', [
          { field: `steps.${index}.itemId`, message: 'field.invalid' },
        ]);
      }
      const earlier = new Set(itemIds.slice(0, index));
      const requires = step.requiresItemIds ?? (index > 0 ? [itemIds[index - 1]] : []);
      if (requires.some((id) => !earlier.has(id))) {
        throw new BadUserInputError('A module can only require modules that come before it in the path.', 'INVALID_PREREQUISITE', [
          { field: `steps.${index}.requiresItemIds`, message: 'field.invalid' },
        ]);
      }
      return { itemId: step.itemId, position: index + 1, requiresItemIds: [...new Set(requires)] };
    });

    return this.dataSource.transaction(async (manager) => {
      let pathId = input.id;
      if (pathId) {
        const result = await manager
          .createQueryBuilder()
          .update(LearningPath)
          .set({ ...values, version: () => 'version + 1' })
          .where('id = :id AND version = :version', { id: pathId, version: input.version ?? -1 })
          .execute();
        if (result.affected !== 1) {
          if (!(await manager.existsBy(LearningPath, { id: pathId })))
            throw new NotFoundError('This learning path does not exist.', 'PATH_NOT_FOUND');
          throw new ConflictError('Someone else changed this path since you opened it. Reload it and try again.', 'STALE_VERSION');
        }
        await manager.delete(LearningPathStep, { pathId });
      } else {
        pathId = (await manager.save(manager.create(LearningPath, { ...values, createdById: actor.id }))).id;
      }
      await manager.insert(
        LearningPathStep,
        steps.map((step) => ({ ...step, pathId })),
      );
      return manager.findOneByOrFail(LearningPath, { id: pathId });
    });
  }

  /** The path's steps for a viewer: which are complete, which still locked and by what. */
  async steps(viewerId: string, pathId: string): Promise<PathStep[]> {
    const steps = await this.dataSource.getRepository(LearningPathStep).find({ where: { pathId }, order: { position: 'ASC' } });
    const itemIds = steps.map((step) => step.itemId);
    const [items, enrolments] = await Promise.all([
      this.dataSource.getRepository(ContentItem).findBy({ id: In(itemIds) }),
      this.dataSource.getRepository(Enrolment).findBy({ userId: viewerId, itemId: In(itemIds) }),
    ]);
    const itemById = new Map(items.map((item) => [item.id, item]));
    const completed = new Set(enrolments.filter((enrolment) => enrolment.completedAt).map((enrolment) => enrolment.itemId));
    return steps.map((step) => ({
      position: step.position,
      item: itemById.get(step.itemId) as ContentItem,
      requires: step.requiresItemIds.map((id) => itemById.get(id) as ContentItem),
      locked: step.requiresItemIds.some((id) => !completed.has(id)),
      completed: completed.has(step.itemId),
    }));
  }
}
