import { actionPlanRules, CommonErrorReason } from '@living-lab/shared';
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
      if (values.items.length > 0) {
        await manager.getRepository(ActionPlanItem).insert(
          values.items.map((item) => ({
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

  /** Batch lookup for the items DataLoader: each plan's items in indicator order, two queries in all. */
  async itemsOf(planIds: readonly string[]): Promise<ActionPlanItem[][]> {
    const rows = await this.items.findBy({ planId: In([...planIds]) });
    // indicatorsByIds is ordered by indicator number.
    const indicators = await this.spbe.indicatorsByIds(rows.map((row) => row.indicatorId));
    return groupInIndicatorOrder(planIds, rows, (row) => row.planId, indicators);
  }
}
