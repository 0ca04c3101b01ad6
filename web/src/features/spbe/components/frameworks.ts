/** What the web needs of a framework to pick it and say which years it covers. */
export interface FrameworkSummary {
  code: string;
  name: string;
  validFrom: number;
  validTo?: number | null;
}

/** The calendar year in WIB (Asia/Jakarta): evaluation years follow it. */
export function currentYearInWib(now = new Date()): number {
  return Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(now));
}

/** The framework in force in a year (the server's default), else the newest. */
export function currentFramework<F extends FrameworkSummary>(frameworks: readonly F[], year = currentYearInWib()): F | undefined {
  return (
    frameworks.find((framework) => year >= framework.validFrom && (framework.validTo == null || year <= framework.validTo)) ??
    [...frameworks].sort((a, b) => b.validFrom - a.validFrom)[0]
  );
}

/** Short names for the framework codes, including the 2018 one that ships no catalogue (its values only). */
export const FRAMEWORK_SHORT_NAMES: Record<string, string> = {
  'PERMENPANRB-5-2018': 'SPBE (PermenPANRB 5/2018)',
  'PERMENPANRB-59-2020': 'SPBE (PermenPANRB 59/2020)',
  'PERMENPANRB-8-2026': 'Pemdi (PermenPANRB 8/2026)',
};

export const frameworkShortName = (code: string): string => FRAMEWORK_SHORT_NAMES[code] ?? code;
