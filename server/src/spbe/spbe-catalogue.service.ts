import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { NotFoundError } from '../common/errors/domain-error';
import { SpbeFramework } from './spbe-framework.entity';

/** Read side of the SPBE catalogue: a framework with its whole tree, loaded in one query. */
@Injectable()
export class SpbeCatalogueService {
  constructor(@InjectRepository(SpbeFramework) private readonly frameworks: Repository<SpbeFramework>) {}

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
    if (!framework) throw new NotFoundError(`There is no SPBE framework ${code ?? ''}.`.trim(), 'FRAMEWORK_NOT_FOUND');
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
