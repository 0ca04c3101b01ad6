import { indexPlanRules, planToTarget, predicateFor, RegionsErrorReason } from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { registerEnumType } from '@nestjs/graphql';
import { ForbiddenError } from '../common/errors/domain-error';
import { validateInput } from '../common/validate-input';
import { ContentReaderService } from '../content';
import { RegionsService } from '../regions';
import { type User, UsersService } from '../users';
import type { IndexPlanModel } from './assessment.models';
import { EvidenceVerdict, type PemdiEvaluation, type PemdiEvidenceItem, type PemdiIndicatorEntry } from './pemdi-evaluation.entities';
import type { PemdiEvaluationRequestLoaders } from './pemdi-evaluation.loaders';
import { type PemdiIndices, type PemdiOpenItem, PemdiOpenItemKind } from './pemdi-evaluation.models';
import { PemdiEvaluationService } from './pemdi-evaluation.service';
import { provenByEvidence, selfAssessedIndex, simulatedIndex } from './pemdi-indices';
import { ProvinceTargetService } from './province-target.service';
import { PublishedScoreService } from './published-score.service';

export enum PlanBasis {
  /** Proven indicators at their value, others at 1.00: what the assessors would score today. */
  SIMULATED = 'SIMULATED',
  /** The owners' values (1.00 where none is set yet). */
  SELF_ASSESSED = 'SELF_ASSESSED',
}
registerEnumType(PlanBasis, { name: 'PemdiPlanBasis' });

const percent = (weightBp: number) => `${(weightBp / 100).toLocaleString('id-ID')} %`;

/** Read side of Pemdi evaluations: indices, what is still open, owner candidates and "plan for me". */
@Injectable()
export class PemdiEvaluationViewService {
  constructor(
    private readonly evaluations: PemdiEvaluationService,
    private readonly published: PublishedScoreService,
    private readonly targets: ProvinceTargetService,
    private readonly regions: RegionsService,
    private readonly users: UsersService,
    private readonly content: ContentReaderService,
  ) {}

  async indicator(indicatorId: number): Promise<{ code: string; name: string; weightBp: number; aspectCode: string }> {
    const framework = await this.evaluations.framework();
    for (const aspect of framework.aspects) {
      const indicator = aspect.indicators.find((candidate) => candidate.id === indicatorId);
      if (indicator) return { code: indicator.code, name: indicator.name, weightBp: indicator.weightBp, aspectCode: aspect.code };
    }
    return { code: '', name: '', weightBp: 0, aspectCode: '' };
  }

  async indices(evaluation: PemdiEvaluation, loaders: PemdiEvaluationRequestLoaders): Promise<PemdiIndices> {
    const framework = await this.evaluations.framework();
    const [entries, items, published] = await Promise.all([
      loaders.entriesByEvaluationId.load(evaluation.id),
      loaders.itemsByEvaluationId.load(evaluation.id),
      this.published.ofRegion(evaluation.regionCode),
    ]);
    const states = this.evaluations.states(framework, entries, items);
    // Official: only a value published on this framework for this year (never one of another framework).
    const official = published.find((score) => score.year === evaluation.year && score.frameworkCode === evaluation.frameworkCode);
    return {
      frameworkCode: evaluation.frameworkCode,
      year: evaluation.year,
      selfAssessed: selfAssessedIndex(framework, states),
      simulated: simulatedIndex(framework, states),
      official: official
        ? {
            index: official.index,
            predicate: predicateFor(framework.predicates, official.index),
            source: official.source,
            demo: official.demo,
          }
        : null,
    };
  }

  /** By indicator in framework order: no owner, no value, no evidence, evidence not submitted, awaiting a verdict, to revise. */
  async openItems(
    entries: readonly PemdiIndicatorEntry[],
    items: readonly PemdiEvidenceItem[],
  ): Promise<Array<Omit<PemdiOpenItem, 'owner'> & { ownerId: string | null }>> {
    const open: Array<Omit<PemdiOpenItem, 'owner'> & { ownerId: string | null }> = [];
    for (const entry of entries) {
      const { code, name } = await this.indicator(entry.indicatorId);
      const base = { indicatorCode: code, indicatorName: name, ownerId: entry.ownerId, evidenceItemId: null, note: '' };
      const current = items.filter((item) => item.indicatorId === entry.indicatorId && item.replacedById === null);
      if (!entry.ownerId) open.push({ ...base, kind: PemdiOpenItemKind.NO_OWNER });
      if (entry.valueHundredths === null) open.push({ ...base, kind: PemdiOpenItemKind.NO_VALUE });
      if (current.length === 0) open.push({ ...base, kind: PemdiOpenItemKind.NO_EVIDENCE });
      for (const item of current) {
        const kind =
          item.submittedRound === null
            ? PemdiOpenItemKind.NOT_SUBMITTED
            : item.verdict === null
              ? PemdiOpenItemKind.AWAITING_VERDICT
              : item.verdict === EvidenceVerdict.TO_REVISE
                ? PemdiOpenItemKind.TO_REVISE
                : null;
        if (kind)
          open.push({ ...base, kind, evidenceItemId: item.id, note: kind === PemdiOpenItemKind.TO_REVISE ? item.assessorNote : '' });
      }
    }
    return open;
  }

  async ownerCandidates(actor: User, evaluationId: string, search: string | null): Promise<User[]> {
    const { evaluation, access } = await this.evaluations.requireVisible(actor, evaluationId);
    if (!access.coordinates) return [];
    const page = await this.users.list({ regionCode: evaluation.regionCode, search }, { offset: 0, limit: 100 });
    return page.items;
  }

  /**
   * "Plan for me" on the Pemdi framework: the fewest raises of 0.25 (the framework's plan step) from
   * the chosen basis to the target (the province's, unless one is given), with content for each.
   */
  async plan(actor: User, evaluationId: string, basis: PlanBasis, target: number | null): Promise<IndexPlanModel> {
    const { evaluation, access } = await this.evaluations.requireVisible(actor, evaluationId);
    if (!access.coordinates) throw new ForbiddenError(RegionsErrorReason.NOT_YOUR_REGION);
    const requested = validateInput(indexPlanRules, { target }).target;
    const framework = await this.evaluations.framework();
    const [entries] = await this.evaluations.entriesOf([evaluation.id]);
    const [items] = await this.evaluations.itemsOf([evaluation.id]);
    const states = this.evaluations.states(framework, entries, items);
    const levels = Object.fromEntries(
      states.map((state) => {
        const counts = basis === PlanBasis.SELF_ASSESSED ? state.valueHundredths !== null : provenByEvidence(state);
        return [state.code, counts ? (state.valueHundredths as number) / 100 : 1];
      }),
    );
    const region = await this.regions.findByCode(evaluation.regionCode);
    const goal = requested ?? (await this.targets.targetOf(region?.provinceCode ?? evaluation.regionCode, evaluation.frameworkCode));
    const plan = planToTarget(framework, levels, goal);
    const tagged = await this.content.publishedItemsTaggedWith(
      [...new Set(plan.raises.map((raise) => raise.indicatorCode))],
      framework.code,
    );
    const names = new Map(
      framework.aspects.flatMap((aspect) => aspect.indicators.map((indicator) => [indicator.code, indicator.name] as const)),
    );
    const weights = [...new Set(plan.raises.map((raise) => raise.weightBp))].map(percent);
    return {
      ...plan,
      explanation: plan.raises.length
        ? `Setiap kenaikan 0,25 menambah indeks sebesar 0,25 × bobot indikatornya, jadi rencana ini memilih indikator berbobot terbesar (${weights.join(', ')}) dan, di antara yang sama bobotnya, yang nilainya paling rendah: ${plan.raises.length} kenaikan adalah jumlah paling sedikit untuk mencapai ${goal.toLocaleString('id-ID')}.`
        : `Indeks ${plan.currentIndex.toLocaleString('id-ID')} sudah mencapai target ${goal.toLocaleString('id-ID')}.`,
      raises: plan.raises.map((raise) => ({
        ...raise,
        indicatorName: names.get(raise.indicatorCode) ?? raise.indicatorCode,
        content: tagged.filter((row) => row.indicatorCode === raise.indicatorCode).map((row) => row.item),
      })),
    };
  }
}
