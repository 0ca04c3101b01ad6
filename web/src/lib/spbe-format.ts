import { formatNumber } from './dates';

/** An index with the two decimals in which it is published, e.g. "3,06" in Bahasa Indonesia. */
export function formatIndex(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '–';
  return formatNumber(value, language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** An index from 1.00 to 5.00 with at most two decimals, or null. */
export function parseIndex(value: string): number | null {
  const trimmed = value.trim().replace(',', '.');
  if (!/^\d(\.\d{1,2})?$/.test(trimmed)) return null;
  const number = Number(trimmed);
  return number >= 1 && number <= 5 ? number : null;
}
