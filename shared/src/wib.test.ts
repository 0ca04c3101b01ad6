import { wibDay, wibMonthStart, wibYear } from './wib';

describe('WIB calendar', () => {
  it('takes the day, month and year in Asia/Jakarta, seven hours ahead of UTC', () => {
    const lateEvening = new Date('2026-12-31T17:30:00Z'); // 00:30 on 1 January 2027 in WIB
    expect(wibDay(lateEvening)).toBe('2027-01-01');
    expect(wibMonthStart(lateEvening)).toBe('2027-01-01');
    expect(wibYear(lateEvening)).toBe(2027);
    expect(wibDay(new Date('2026-12-31T16:59:59Z'))).toBe('2026-12-31');
  });

  it('counts days back across a month and a leap day', () => {
    expect(wibDay(new Date('2028-03-01T03:00:00Z'), 1)).toBe('2028-02-29');
    expect(wibDay(new Date('2026-12-02T03:00:00Z'), 29)).toBe('2026-11-03');
  });
});
