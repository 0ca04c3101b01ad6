/** Asia/Jakarta (WIB, UTC+7): the zone of Living Lab's calendar days, months and years. */
export const WIB = 'Asia/Jakarta';

// One formatter for the process: building an Intl.DateTimeFormat costs about 0.1 ms, using one 1 µs,
// and the dashboards and the learner home ask for today's date on every request.
const calendarDay = new Intl.DateTimeFormat('en-CA', { timeZone: WIB });

/** The calendar day in WIB as YYYY-MM-DD, `daysBack` days before `instant`'s. */
export function wibDay(instant: Date = new Date(), daysBack = 0): string {
  const day = calendarDay.format(instant);
  if (daysBack === 0) return day;
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - daysBack);
  return date.toISOString().slice(0, 10);
}

/** The first day (YYYY-MM-01) of `instant`'s calendar month in WIB. */
export function wibMonthStart(instant: Date = new Date()): string {
  return `${calendarDay.format(instant).slice(0, 7)}-01`;
}

/** The calendar year in WIB. */
export function wibYear(instant: Date = new Date()): number {
  return Number(calendarDay.format(instant).slice(0, 4));
}
