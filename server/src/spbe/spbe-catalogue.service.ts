import { appliesToYear, maturityLevelNamesRules, SpbeErrorReason, wibYear } from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { BadUserInputError, NotFoundError } from '../common/errors/domain-error';
import { validateInput } from '../common/validate-input';
import type { MaturityLevel } from './maturity-level.model';
import { SpbeDomain } from './spbe-domain.entity';
import { SpbeFramework } from './spbe-framework.entity';
import { SpbeIndicator } from './spbe-indicator.entity';

/** How long a server process keeps the catalogue tree it read (edits through this process: at once). */
const TREE_TTL_MS = 30_000;

/** Read side of the SPBE catalogue: a framework with its whole tree, loaded in one query. */
@Injectable()
export class SpbeCatalogueService {
  constructor(
    @InjectRepository(SpbeFramework) private readonly frameworks: Repository<SpbeFramework>,
    @InjectRepository(SpbeIndicator) private readonly indicators: Repository<SpbeIndicator>,
    @InjectRepository(SpbeDomain) private readonly domains: Repository<SpbeDomain>,
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

  /**
   * Every framework, newest first, each with its whole tree. Building the tree costs about 40 ms of
   * CPU, and dashboards and pages ask for it on every request, so it is kept for TREE_TTL_MS: an edit
   * made here is seen at once, one made through another server process within that time.
   * Callers must not modify what they get.
   */
  list(): Promise<SpbeFramework[]> {
    const now = Date.now();
    if (!this.tree || now - this.tree.loadedAt > TREE_TTL_MS) {
      const frameworks = this.frameworks
        .find({
          relations: { domains: true, aspects: { indicators: true } },
          order: { validFrom: 'DESC', domains: { number: 'ASC' }, aspects: { number: 'ASC', indicators: { number: 'ASC' } } },
        })
        .then((rows) => rows.map(withTree));
      const entry = { loadedAt: now, frameworks };
      this.tree = entry;
      frameworks.catch(() => {
        if (this.tree === entry) this.tree = undefined;
      });
    }
    return this.tree.frameworks;
  }

  private tree: { loadedAt: number; frameworks: Promise<SpbeFramework[]> } | undefined;

  /** Forgets the kept tree (after the catalogue was written): the next read loads it again. */
  invalidate(): void {
    this.tree = undefined;
    this.weights = undefined;
  }

  /**
   * The framework with this code, or when no code is given the one in force for the current
   * evaluation year in WIB (the newest when none applies).
   */
  async find(code?: string | null): Promise<SpbeFramework> {
    const frameworks = await this.list();
    const framework = code ? frameworks.find((candidate) => candidate.code === code) : currentOf(frameworks);
    if (!framework) throw new NotFoundError(SpbeErrorReason.FRAMEWORK_NOT_FOUND, { params: code ? { code } : {} });
    return framework;
  }

  /** The framework an evaluation year is scored on; NOT_FOUND (with the year) when none covers it. */
  async forYear(year: number): Promise<SpbeFramework> {
    const framework = (await this.list()).find((candidate) => appliesToYear(candidate, year));
    if (!framework) throw new NotFoundError(SpbeErrorReason.NO_FRAMEWORK_FOR_YEAR, { params: { year } });
    return framework;
  }

  /** Code of the framework in force for the current year in WIB: the default of dashboards and pages. */
  async currentCode(): Promise<string> {
    return (await this.find()).code;
  }

  /**
   * Renames the maturity levels of a framework, or of one of its domains (the Layanan domain's own
   * names); `null` levels for a domain make it use the framework's names again.
   */
  async setLevelNames(frameworkCode: string, domainCode: string | null, levels: MaturityLevel[] | null): Promise<SpbeFramework> {
    const values = levels === null ? null : validateInput(maturityLevelNamesRules, { levels }).levels;
    if (values === null && domainCode === null) {
      throw new BadUserInputError(SpbeErrorReason.LEVEL_NAMES_REQUIRED, { fields: [{ field: 'levels', message: 'levels.required' }] });
    }
    const stored = values?.map(({ level, name, nameEn }) => ({ level, name, nameEn: nameEn ?? null })) ?? null;
    const result =
      domainCode === null
        ? await this.frameworks.update({ code: frameworkCode }, { maturityLevels: stored ?? [] })
        : await this.domains.update({ frameworkCode, code: domainCode }, { maturityLevels: stored });
    this.invalidate();
    if (result.affected !== 1) {
      throw new NotFoundError(domainCode === null ? SpbeErrorReason.FRAMEWORK_NOT_FOUND : SpbeErrorReason.DOMAIN_NOT_FOUND, {
        params: domainCode === null ? { code: frameworkCode } : { code: frameworkCode, domain: domainCode },
      });
    }
    return this.find(frameworkCode);
  }
}

/** The framework of the current evaluation year in WIB, else the newest. */
function currentOf(frameworks: SpbeFramework[]): SpbeFramework | undefined {
  const year = currentYearInWib();
  return frameworks.find((framework) => appliesToYear(framework, year)) ?? frameworks[0];
}

/** The calendar year in Asia/Jakarta (WIB). */
export function currentYearInWib(now = new Date()): number {
  return wibYear(now);
}

/**
 * Puts each aspect under its domain (aspects are loaded once, from the framework) and derives the
 * domain and aspect weights, the sums of their indicators' weights: never stored.
 */
function withTree(framework: SpbeFramework): SpbeFramework {
  for (const aspect of framework.aspects) aspect.weightBp = aspect.indicators.reduce((sum, indicator) => sum + indicator.weightBp, 0);
  for (const domain of framework.domains) {
    domain.aspects = framework.aspects.filter((aspect) => aspect.domainId === domain.id);
    domain.weightBp = domain.aspects.reduce((sum, aspect) => sum + aspect.weightBp, 0);
  }
  return framework;
}
