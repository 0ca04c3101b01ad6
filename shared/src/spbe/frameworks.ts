import type { EvaluationFramework } from './framework';
import { PERMENPANRB_8_2026 } from './permenpanrb-8-2026';
import { PERMENPANRB_59_2020 } from './permenpanrb-59-2020';

/**
 * Codes of the frameworks evaluations were scored on. PermenPANRB 5/2018 (3 domains, 7 aspects,
 * 35 indicators; evaluations 2018-2020) does not ship as data: its code only labels values published
 * on it, which must never be read against a later framework's bands.
 */
export const FrameworkCode = {
  PERMENPANRB_5_2018: 'PERMENPANRB-5-2018',
  PERMENPANRB_59_2020: 'PERMENPANRB-59-2020',
  PERMENPANRB_8_2026: 'PERMENPANRB-8-2026',
} as const;
export type FrameworkCode = (typeof FrameworkCode)[keyof typeof FrameworkCode];

/** The frameworks the project keeps as data, newest first (the database catalogue seeds its own list). */
export const FRAMEWORK_DATA: readonly EvaluationFramework[] = [PERMENPANRB_8_2026, PERMENPANRB_59_2020];

/** Whether a framework applies to an evaluation year (validFrom to validTo, inclusive). */
export const appliesToYear = (framework: Pick<EvaluationFramework, 'validFrom' | 'validTo'>, year: number): boolean =>
  year >= framework.validFrom && (framework.validTo === null || year <= framework.validTo);

/**
 * The shipped framework an evaluation year is scored on: PermenPANRB 59/2020 for 2021-2025, the
 * Indeks Pemerintah Digital (PermenPANRB 8/2026) from 2026. Undefined for earlier years (2018-2020
 * were scored on PermenPANRB 5/2018, which does not ship as data).
 */
export function frameworkForYear(year: number): EvaluationFramework | undefined {
  if (!Number.isInteger(year)) return undefined;
  return FRAMEWORK_DATA.find((framework) => appliesToYear(framework, year));
}
