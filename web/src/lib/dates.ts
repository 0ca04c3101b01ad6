import { DEFAULT_TIME_ZONE } from '@living-lab/shared';

/** Time zones offered to users: the three zones of Indonesia. */
export const INDONESIAN_TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;

const INTL_LOCALE: Record<string, string> = { id: 'id-ID', en: 'en-GB' };

/**
 * The abbreviation the product uses for Indonesia's zones, in both languages: WIB, WITA, WIT (Intl
 * gives "GMT+7" in English). Other zones keep the short name Intl gives.
 */
const INDONESIAN_ZONE_ABBREVIATIONS: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Ujung_Pandang': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** A zone's abbreviation for labels and dates: "WIB", "WITA", "WIT"; for another zone what Intl calls it ("GMT+2"). */
export function zoneAbbreviation(timeZone: string = DEFAULT_TIME_ZONE, language = 'id'): string {
  const known = INDONESIAN_ZONE_ABBREVIATIONS[timeZone];
  if (known) return known;
  try {
    const part = new Intl.DateTimeFormat(INTL_LOCALE[language] ?? language, { timeZone, timeZoneName: 'short' })
      .formatToParts(new Date())
      .find((item) => item.type === 'timeZoneName');
    return part?.value ?? timeZone;
  } catch {
    return INDONESIAN_ZONE_ABBREVIATIONS[DEFAULT_TIME_ZONE];
  }
}

function validZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    // An unknown zone falls back to WIB rather than breaking the page.
    return DEFAULT_TIME_ZONE;
  }
}

/** A date and time in the user's zone (WIB by default) and language, e.g. "28 November 2026 pukul 05.44 WIB" or "28 November 2026 at 05:44 WITA". */
export function formatDateTime(value: string | Date, language: string, timeZone: string = DEFAULT_TIME_ZONE): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  const zone = validZone(timeZone);
  const abbreviation = INDONESIAN_ZONE_ABBREVIATIONS[zone];
  return new Intl.DateTimeFormat(INTL_LOCALE[language] ?? language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone: zone,
  })
    .formatToParts(date)
    .map((part) => (part.type === 'timeZoneName' && abbreviation ? abbreviation : part.value))
    .join('');
}

/**
 * Intl formatters by locale and options, made once: a new Intl.NumberFormat per number cost the learner's
 * home a long task on a slow phone (each card formats its figures; issue 13, Lighthouse).
 */
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Makes the first number formatter of the page ahead of need: the browser's first Intl.NumberFormat loads
 * its number data (about 10 ms on a laptop, four times that on a slow phone). main.tsx calls this when the
 * browser is idle after the first render, so that it is not part of the render that shows the first figures.
 */
export function prepareNumberFormat(language: string): void {
  formatNumber(0, language);
}

/** A number in the current language (1,3 in Bahasa Indonesia, 1.3 in English). */
export function formatNumber(value: number, language: string, options?: Intl.NumberFormatOptions): string {
  const locale = INTL_LOCALE[language] ?? language;
  const key = `${locale} ${JSON.stringify(options ?? {})}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format.format(value);
}

const WIB_ZONE = 'Asia/Jakarta';

/** A date (YYYY-MM-DD) and time (HH:mm) as they read in `timeZone`. */
export function utcToZoned(value: string | Date, timeZone: string = WIB_ZONE): { date: string; time: string } {
  const date = typeof value === 'string' ? new Date(value) : value;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: validZone(timeZone),
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

/**
 * A date (YYYY-MM-DD) and time (HH:mm) typed in `timeZone` (the user's zone), as a UTC ISO string;
 * null when either is not valid. Indonesia has no daylight saving time; for other zones the offset
 * of that moment is found from Intl.
 */
export function zonedToUtcIso(date: string, time: string, timeZone: string = WIB_ZONE): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const asUtc = new Date(`${date}T${time}:00Z`);
  if (Number.isNaN(asUtc.getTime()) || asUtc.toISOString().slice(0, 10) !== date) return null;
  const zone = validZone(timeZone);
  const offsetAt = (instant: number) => {
    const shown = utcToZoned(new Date(instant), zone);
    return new Date(`${shown.date}T${shown.time}:00Z`).getTime() - instant;
  };
  let instant = asUtc.getTime() - offsetAt(asUtc.getTime());
  instant = asUtc.getTime() - offsetAt(instant);
  return new Date(instant).toISOString();
}

/** A date (YYYY-MM-DD) and time (HH:mm) typed in WIB, as a UTC ISO string; null when either is not valid. */
export function wibToUtcIso(date: string, time: string): string | null {
  return zonedToUtcIso(date, time, WIB_ZONE);
}

/** An instant as the date (YYYY-MM-DD) and time (HH:mm) it has in WIB, for filling date and time inputs. */
export function utcToWib(value: string | Date): { date: string; time: string } {
  return utcToZoned(value, WIB_ZONE);
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
