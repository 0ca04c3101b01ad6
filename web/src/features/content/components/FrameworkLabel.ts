/**
 * Translated names of the evaluation frameworks by code (the catalogue's own `name` is the
 * regulation's Indonesian title): the full name, and a short one for chips. An unknown code is shown
 * as it is.
 */
const FRAMEWORK_KEYS: Record<string, { name: string; short: string }> = {
  'PERMENPANRB-8-2026': { name: 'frameworks.PEMDI', short: 'frameworks.short.PEMDI' },
  'PERMENPANRB-59-2020': { name: 'frameworks.SPBE_59', short: 'frameworks.short.SPBE_59' },
  'PERMENPANRB-5-2018': { name: 'frameworks.SPBE_5', short: 'frameworks.short.SPBE_5' },
};

export const PEMDI_FRAMEWORK = 'PERMENPANRB-8-2026';
export const SPBE_FRAMEWORK = 'PERMENPANRB-59-2020';

/** The framework's name ("Indeks Pemdi (PermenPANRB 8/2026)"), or its short name ("Pemdi") for chips. */
export function frameworkLabel(t: (key: string) => string, code: string | null | undefined, short = false): string {
  if (!code) return '';
  const keys = FRAMEWORK_KEYS[code];
  if (!keys) return code;
  return t(short ? keys.short : keys.name);
}
