import { SpbeErrorReason } from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { NotFoundError } from '../common/errors/domain-error';
import { SpbeFramework } from './spbe-framework.entity';
import { SpbeIndicator } from './spbe-indicator.entity';

/** Read side of the SPBE catalogue: a framework with its whole tree, loaded in one query. */
@Injectable()
export class SpbeCatalogueService {
  constructor(
    @InjectRepository(SpbeFramework) private readonly frameworks: Repository<SpbeFramework>,
    @InjectRepository(SpbeIndicator) private readonly indicators: Repository<SpbeIndicator>,
  ) {}

  /**
   * Every indicator's weight in basis points, by indicator id. The catalogue is reference data seeded
   * at start and never changed while the server runs, so it is read once per process.
   */
  indicatorWeights(): Promise<ReadonlyMap<number, number>> {
    this.weights ??= this.indicators
      .find({ select: { id: true, weightBp: true } })
      .then((rows) => new Map(rows.map((row) => [row.id, row.weightBp])))
      .catch((error: unknown) => {
        this.weights = undefined;
        throw error;
      });
    return this.weights;
  }

  private weights: Promise<ReadonlyMap<number, number>> | undefined;

  /** Indicators of any framework by id, ordered by number; unknown ids are skipped. */
  indicatorsByIds(ids: readonly number[]): Promise<SpbeIndicator[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.indicators.find({ where: { id: In([...new Set(ids)]) }, order: { number: 'ASC', id: 'ASC' } });
  }

  async list(): Promise<SpbeFramework[]> {
    const frameworks = await this.frameworks.find({
      relations: { domains: { aspects: { indicators: true } } },
      order: { validFrom: 'DESC', domains: { number: 'ASC', aspects: { number: 'ASC', indicators: { number: 'ASC' } } } },
    });
    return frameworks.map(withWeights);
  }

  /** The framework with this code, or the newest one when no code is given. */
  async find(code?: string | null): Promise<SpbeFramework> {
    const frameworks = await this.list();
    const framework = code ? frameworks.find((candidate) => candidate.code === code) : frameworks[0];
    if (!framework) throw new NotFoundError(SpbeErrorReason.FRAMEWORK_NOT_FOUND, { params: code ? { code } : {} });
    return framework;
  }
}

/** Domain and aspect weights are the sums of their indicators' weights: derived, never stored. */
function withWeights(framework: SpbeFramework): SpbeFramework {
  for (const domain of framework.domains) {
    for (const aspect of domain.aspects) aspect.weightBp = aspect.indicators.reduce((sum, indicator) => sum + indicator.weightBp, 0);
    domain.weightBp = domain.aspects.reduce((sum, aspect) => sum + aspect.weightBp, 0);
  }
  return framework;
}
