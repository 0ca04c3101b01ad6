import { formatNumber } from '../../../lib/dates';
import { formatIndex } from '../../../lib/spbe-format';

/** 0.42 -> "42 %" in the current language. */
export function formatRate(value: number, language: string): string {
  return formatNumber(value, language, { style: 'percent', maximumFractionDigits: 0 });
}

/** "2026-11" -> "Nov 2026" in the current language. */
export function formatMonth(value: string, language: string): string {
  const date = new Date(`${value}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'id-ID', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** The figures of a region's dashboard row, in the order they are shown. */
export const FIGURES = [
  'latestIndex',
  'learners',
  'activeLearners30d',
  'enrolments',
  'completions',
  'completionRate',
  'sessionsHeld',
  'actionItemsOpen',
  'actionItemsDone',
  'playbookStepsDone',
] as const;

export type Figure = (typeof FIGURES)[number];

export function formatFigure(figure: string, value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '–';
  if (figure === 'latestIndex') return formatIndex(value, language);
  if (figure === 'completionRate') return formatRate(value, language);
  return formatNumber(value, language, { maximumFractionDigits: 1 });
}
