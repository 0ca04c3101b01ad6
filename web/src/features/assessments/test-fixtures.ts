import { frameworkIndicators, PERMENPANRB_59_2020 } from '@living-lab/shared';

const framework = PERMENPANRB_59_2020;

/** The real framework (47 indicators) as SpbeFrameworkFull returns it. */
export const frameworkData = {
  spbeFramework: {
    __typename: 'SpbeFramework' as const,
    code: framework.code,
    domains: framework.domains.map((domain) => ({
      __typename: 'SpbeDomain' as const,
      code: domain.code,
      number: domain.number,
      name: domain.name,
      weightBp: domain.aspects.flatMap((a) => a.indicators).reduce((sum, i) => sum + i.weightBp, 0),
      aspects: domain.aspects.map((aspect) => ({
        __typename: 'SpbeAspect' as const,
        code: aspect.code,
        number: aspect.number,
        name: aspect.name,
        weightBp: aspect.indicators.reduce((sum, i) => sum + i.weightBp, 0),
        indicators: aspect.indicators.map((indicator) => ({
          __typename: 'SpbeIndicator' as const,
          id: indicator.number,
          code: indicator.code,
          number: indicator.number,
          name: indicator.name,
          weightBp: indicator.weightBp,
        })),
      })),
    })),
    maturityLevels: framework.maturityLevels.map((level) => ({ __typename: 'MaturityLevel' as const, ...level })),
    predicates: framework.predicates.map((band) => ({ __typename: 'PredicateBand' as const, ...band })),
  },
};

export const INDICATOR_CODES = frameworkIndicators(framework).map((indicator) => indicator.code);

/** Levels for every indicator: `level` unless overridden. */
export function levelsOf(level: number, overrides: Record<string, number> = {}) {
  return INDICATOR_CODES.map((code) => ({
    __typename: 'IndicatorLevelModel' as const,
    indicatorCode: code,
    level: overrides[code] ?? level,
  }));
}

export const kuningan = {
  __typename: 'Region' as const,
  code: '32.08',
  name: 'Kabupaten Kuningan',
  kind: 'REGENCY' as const,
  provinceCode: '32',
};

export function regionSpbeData(levels: ReturnType<typeof levelsOf>, index = 3) {
  return {
    regionSpbe: {
      __typename: 'RegionSpbe' as const,
      region: kuningan,
      target: 3.5,
      gapToTarget: 0.5,
      latestAssessment: {
        __typename: 'Assessment' as const,
        id: 'a1',
        year: 2025,
        index,
        predicate: 'Baik',
        status: 'FINAL' as const,
        version: 2,
      },
      latestLevels: levels,
      domainScores: [],
      aspectScores: [],
      selfAssessed: [],
      published: [],
      benchmarks: [],
    },
  };
}

/** The demo coordinator's regions, for the region switch. */
export function coordinatedRegionsData() {
  return {
    me: {
      __typename: 'User' as const,
      id: '1',
      coordinatedRegions: [
        { __typename: 'Region' as const, code: '32.04', name: 'Kabupaten Bandung', kind: 'REGENCY' as const },
        { __typename: 'Region' as const, code: '32.08', name: 'Kabupaten Kuningan', kind: 'REGENCY' as const },
      ],
    },
  };
}
