import { indexPlanRules, planToTarget } from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { validateInput } from '../common/validate-input';
import { ContentReaderService } from '../content';
import { RegionsService } from '../regions';
import { SpbeCatalogueService } from '../spbe';
import type { User } from '../users';
import type { IndexPlanModel } from './assessment.models';
import { AssessmentService, indicatorsOf } from './assessment.service';
import { ProvinceTargetService } from './province-target.service';

const percent = (weightBp: number) => `${(weightBp / 100).toLocaleString('id-ID')} %`;

/** "Plan for me": the fewest one-level raises from an assessment to a target, with the content for each. */
@Injectable()
export class IndexPlanService {
  constructor(
    private readonly assessments: AssessmentService,
    private readonly targets: ProvinceTargetService,
    private readonly regions: RegionsService,
    private readonly spbe: SpbeCatalogueService,
    private readonly content: ContentReaderService,
  ) {}

  /** Draft levels count; indicators without a level are taken as level 1. The target defaults to the province's. */
  async plan(actor: User, assessmentId: string, target?: number | null): Promise<IndexPlanModel> {
    const assessment = await this.assessments.requireCoordinated(actor, assessmentId);
    const requested = validateInput(indexPlanRules, { target }).target;
    const framework = await this.spbe.find(assessment.frameworkCode);
    const region = await this.regions.findByCode(assessment.regionCode);
    const goal = requested ?? (await this.targets.targetOf(region?.provinceCode ?? assessment.regionCode, assessment.frameworkCode));
    const indicators = indicatorsOf(framework);
    const known = await this.assessments.levelsByCode(assessment.id, framework);
    const levels = Object.fromEntries(indicators.map((indicator) => [indicator.code, known[indicator.code] ?? 1]));
    const plan = planToTarget(framework, levels, goal);
    const tagged = await this.content.publishedItemsTaggedWith(
      [...new Set(plan.raises.map((raise) => raise.indicatorCode))],
      framework.code,
    );
    const nameByCode = new Map(indicators.map((indicator) => [indicator.code, indicator.name]));
    const weights = [...new Set(plan.raises.map((raise) => raise.weightBp))].map(percent);
    return {
      ...plan,
      // The schema has the explanation as one Indonesian sentence (String!); the web shows it as is.
      explanation: plan.raises.length
        ? `Setiap kenaikan satu tingkat menambah indeks sebesar bobot indikatornya, jadi rencana ini memilih indikator berbobot terbesar (${weights.join(', ')}) dan, di antara yang sama bobotnya, yang tingkatnya paling rendah: ${plan.raises.length} kenaikan adalah jumlah paling sedikit untuk mencapai ${goal.toLocaleString('id-ID')}.`
        : `Indeks ${plan.currentIndex.toLocaleString('id-ID')} sudah mencapai target ${goal.toLocaleString('id-ID')}.`,
      raises: plan.raises.map((raise) => ({
        ...raise,
        indicatorName: nameByCode.get(raise.indicatorCode) ?? raise.indicatorCode,
        content: tagged.filter((row) => row.indicatorCode === raise.indicatorCode).map((row) => row.item),
      })),
    };
  }
}
