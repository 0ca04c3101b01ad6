import { formatNumber } from './dates';
import { parseDecimal } from './decimal';

/** An index with the two decimals in which it is published, e.g. "3,06" in Bahasa Indonesia. */
export function formatIndex(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '–';
  return formatNumber(value, language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** An index from 1.00 to 5.00 with at most two decimals, typed in the interface language ("3,6" or "3.6"), or null. */
export function parseIndex(value: string, language: string): number | null {
  const number = parseDecimal(value, language);
  if (number === null || !Number.isInteger(Math.round(number * 1e6) / 1e4)) return null;
  return number >= 1 && number <= 5 ? number : null;
}
