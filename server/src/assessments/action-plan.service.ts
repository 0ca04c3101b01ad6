import { type ActionPlanValues, actionPlanRules, CommonErrorReason } from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { BadUserInputError } from '../common/errors/domain-error';
import { TransactionRunner } from '../common/transaction';
import { RegionAccessService } from '../regions';
import { SpbeCatalogueService } from '../spbe';
import type { User } from '../users';
import { ActionPlan, ActionPlanItem } from './action-plan.entities';
import { AssessmentService, indicatorsOf } from './assessment.service';
import { validateAssessmentInput } from './assessment-input';
import type { SaveActionPlanInput } from './dto/assessment.inputs';
import { groupInIndicatorOrder } from './indicator-order';

type PlanItemValues = ActionPlanValues['items'][number];

/**
 * One item per indicator: raises of the same indicator (I46 1->2, 2->3, 3->4) become one item from the
 * lowest to the highest level, with the first raise's owner and the latest due date, where it came first.
 */
export function onePerIndicator(items: readonly PlanItemValues[]): PlanItemValues[] {
  const byCode = new Map<string, PlanItemValues>();
  for (const item of items) {
    const seen = byCode.get(item.indicatorCode);
    if (!seen) {
      byCode.set(item.indicatorCode, { ...item });
      continue;
    }
    seen.fromLevel = Math.min(seen.fromLevel, item.fromLevel);
    seen.toLevel = Math.max(seen.toLevel, item.toLevel);
    if (item.dueDate && (!seen.dueDate || item.dueDate > seen.dueDate)) seen.dueDate = item.dueDate;
  }
  return [...byCode.values()];
}

/** A region's plan to reach its target: the planner's raises, with owners and due dates. */
@Injectable()
export class ActionPlanService {
  constructor(
    @InjectRepository(ActionPlan) private readonly plans: Repository<ActionPlan>,
    @InjectRepository(ActionPlanItem) private readonly items: Repository<ActionPlanItem>,
    private readonly tx: TransactionRunner,
    private readonly assessments: AssessmentService,
    private readonly regionAccess: RegionAccessService,
    private readonly spbe: SpbeCatalogueService,
  ) {}

  async save(actor: User, input: SaveActionPlanInput): Promise<ActionPlan> {
    const assessment = await this.assessments.requireCoordinated(actor, input.assessmentId);
    const values = validateAssessmentInput(actionPlanRules, input);
    const framework = await this.spbe.find(assessment.frameworkCode);
    const idByCode = new Map(indicatorsOf(framework).map((indicator) => [indicator.code, indicator.id]));
    const unknown = values.items.flatMap((item, index) =>
      idByCode.has(item.indicatorCode) ? [] : [{ field: `items.${index}.indicatorCode`, message: 'indicatorCodes.unknown' }],
    );
    if (unknown.length > 0) throw new BadUserInputError(CommonErrorReason.UNKNOWN_INDICATOR, { fields: unknown });
    return this.tx.run(async (manager) => {
      const plans = manager.getRepository(ActionPlan);
      const plan = await plans.save(
        plans.create({ regionCode: assessment.regionCode, assessmentId: assessment.id, target: values.target, createdById: actor.id }),
      );
      const items = onePerIndicator(values.items);
      if (items.length > 0) {
        await manager.getRepository(ActionPlanItem).insert(
          items.map((item) => ({
            planId: plan.id,
            indicatorId: idByCode.get(item.indicatorCode) as number,
            fromLevel: item.fromLevel,
            toLevel: item.toLevel,
            owner: item.owner,
            dueDate: item.dueDate,
          })),
        );
      }
      return plan;
    });
  }

  async latest(actor: User, regionCode: string): Promise<ActionPlan | null> {
    await this.regionAccess.assertCoordinatesRegion(actor, regionCode);
    return this.plans.findOne({ where: { regionCode }, order: { createdAt: 'DESC' } });
  }

  /**
   * Batch lookup for the items DataLoader, two queries in all: each plan's items in the order "Plan
   * for me" shows them: the largest gain in index points first (weight x levels), then the heavier
   * indicator, the lower starting level, the indicator number.
   */
  async itemsOf(planIds: readonly string[]): Promise<ActionPlanItem[][]> {
    const rows = await this.items.findBy({ planId: In([...planIds]) });
    // indicatorsByIds is ordered by indicator number.
    const indicators = await this.spbe.indicatorsByIds(rows.map((row) => row.indicatorId));
    const weightOf = new Map(indicators.map((indicator) => [indicator.id, indicator.weightBp]));
    const weight = (row: ActionPlanItem) => weightOf.get(row.indicatorId) ?? 0;
    const gain = (row: ActionPlanItem) => weight(row) * (row.toLevel - row.fromLevel);
    return groupInIndicatorOrder(planIds, rows, (row) => row.planId, indicators).map((items) =>
      // A stable sort: equal keys keep the indicator order.
      [...items].sort((a, b) => gain(b) - gain(a) || weight(b) - weight(a) || a.fromLevel - b.fromLevel),
    );
  }
}
