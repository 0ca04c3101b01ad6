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

/** WIB is UTC+7 all year (Indonesia has no daylight saving time). */
const WIB_OFFSET = '+07:00';
const WIB_ZONE = 'Asia/Jakarta';

/** A date (YYYY-MM-DD) and time (HH:mm) typed in WIB, as a UTC ISO string; null when either is not valid. */
export function wibToUtcIso(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const instant = new Date(`${date}T${time}:00${WIB_OFFSET}`);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

/** An instant as the date (YYYY-MM-DD) and time (HH:mm) it has in WIB, for filling date and time inputs. */
export function utcToWib(value: string | Date): { date: string; time: string } {
  const date = typeof value === 'string' ? new Date(value) : value;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: WIB_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** Today's date in WIB (YYYY-MM-DD). */
export function todayInWib(now: Date = new Date()): string {
  return utcToWib(now).date;
}

/** A calendar day (YYYY-MM-DD) in the current language, e.g. "1 Desember 2026". */
export function formatDay(value: string, language: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(INTL_LOCALE[language] ?? language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
