import { wibCronMatcher } from './wib-cron';

/** graphile-worker's digest of a UTC minute. */
/** The scheduler asks about minutes near now: the clock is set to the digest's time. */
const near = (iso: string) => () => new Date(iso);

function digest(iso: string) {
  const at = new Date(iso);
  return { min: at.getUTCMinutes(), hour: at.getUTCHours(), date: at.getUTCDate(), month: at.getUTCMonth() + 1, dow: at.getUTCDay() };
}

describe('cron schedules are read in WIB (UTC+7)', () => {
  it('07:00 WIB every day is 00:00 UTC', () => {
    const match = wibCronMatcher('0 7 * * *', near('2026-03-10T00:00:00Z'));
    expect(match(digest('2026-03-10T00:00:00Z'))).toBe(true);
    expect(match(digest('2026-03-10T07:00:00Z'))).toBe(false);
  });

  it('a weekday and a day of the month shift with the date: Monday 06:00 WIB is Sunday 23:00 UTC', () => {
    const monday = wibCronMatcher('0 6 * * 1', near('2026-03-09T00:00:00Z'));
    expect(monday(digest('2026-03-08T23:00:00Z'))).toBe(true); // Sunday in UTC, Monday in Jakarta
    expect(monday(digest('2026-03-09T23:00:00Z'))).toBe(false);
    const firstOfMonth = wibCronMatcher('30 5 1 * *', near('2026-03-01T00:00:00Z'));
    expect(firstOfMonth(digest('2026-02-28T22:30:00Z'))).toBe(true); // 1 March 05:30 WIB
    expect(firstOfMonth(digest('2026-03-01T22:30:00Z'))).toBe(false);
  });

  it('across new year: 1 January 00:30 WIB is 31 December 17:30 UTC, asked about on either side', () => {
    const newYear = wibCronMatcher('30 0 1 1 *', near('2027-01-01T00:00:00Z'));
    expect(newYear(digest('2026-12-31T17:30:00Z'))).toBe(true);
    expect(wibCronMatcher('30 0 1 1 *', near('2026-12-31T17:30:00Z'))(digest('2026-12-31T17:30:00Z'))).toBe(true);
  });

  it('rejects an expression that is not cron', () => {
    expect(() => wibCronMatcher('daily at seven')).toThrow();
  });
});
