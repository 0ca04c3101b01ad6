import { DEFAULT_TIME_ZONE } from '@living-lab/shared';

/** Time zones offered to users: the three zones of Indonesia. */
export const INDONESIAN_TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;

const INTL_LOCALE: Record<string, string> = { id: 'id-ID', en: 'en-GB' };

/** A date and time in the user's zone (WIB by default) and language, e.g. "28 November 2026 pukul 05.44 WIB". */
export function formatDateTime(value: string | Date, language: string, timeZone: string = DEFAULT_TIME_ZONE): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  const options: Intl.DateTimeFormatOptions = {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  };
  try {
    return new Intl.DateTimeFormat(INTL_LOCALE[language] ?? language, { ...options, timeZone }).format(date);
  } catch {
    // An unknown zone falls back to WIB rather than breaking the page.
    return new Intl.DateTimeFormat(INTL_LOCALE[language] ?? language, { ...options, timeZone: DEFAULT_TIME_ZONE }).format(date);
  }
}

/** A number in the current language (1,3 in Bahasa Indonesia, 1.3 in English). */
export function formatNumber(value: number, language: string, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(INTL_LOCALE[language] ?? language, options).format(value);
}
