import { type CronMatcher, parseCronItem } from 'graphile-worker';

/** WIB (Asia/Jakarta) is UTC+7 all year: Indonesia has no daylight saving time. */
const WIB_OFFSET_MS = 7 * 3600 * 1000;

/**
 * graphile-worker matches crontabs against UTC; the platform's schedules are written in WIB
 * ("0 7 * * *" = 07:00 in Jakarta). This turns a WIB cron expression into a matcher of the UTC
 * minute graphile-worker gives (a digest without the year: the year is the one that puts the
 * minute within a day of now, which is what the scheduler ever asks about).
 */
export function wibCronMatcher(cron: string, clock: () => Date = () => new Date()): CronMatcher {
  const wib = parseCronItem({ task: 'wib', match: cron }).match;
  return ({ min, hour, date, month }) => {
    const now = clock();
    let utc = Date.UTC(now.getUTCFullYear(), month - 1, date, hour, min);
    // A digest of late December seen in early January (or the reverse) belongs to the neighbouring year.
    if (utc - now.getTime() > 183 * 24 * 3600 * 1000) utc = Date.UTC(now.getUTCFullYear() - 1, month - 1, date, hour, min);
    else if (now.getTime() - utc > 183 * 24 * 3600 * 1000) utc = Date.UTC(now.getUTCFullYear() + 1, month - 1, date, hour, min);
    const inWib = new Date(utc + WIB_OFFSET_MS);
    return wib({
      min: inWib.getUTCMinutes(),
      hour: inWib.getUTCHours(),
      date: inWib.getUTCDate(),
      month: inWib.getUTCMonth() + 1,
      dow: inWib.getUTCDay(),
    });
  };
}
