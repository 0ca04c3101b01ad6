import { formatDateTime, formatNumber } from './dates';

describe('formatDateTime', () => {
  const instant = '2026-01-05T17:30:00.000Z';

  it('shows WIB by default, in Bahasa Indonesia', () => {
    const text = formatDateTime(instant, 'id');
    expect(text).toContain('6 Januari 2026'); // 00.30 WIB on the next day
    expect(text).toContain('00.30');
    expect(text).toContain('WIB');
  });

  it('uses the chosen zone and language', () => {
    const text = formatDateTime(instant, 'en', 'Asia/Jayapura');
    expect(text).toContain('6 January 2026');
    expect(text).toContain('02:30');
  });

  it('falls back to WIB for an unknown zone', () => {
    expect(formatDateTime(instant, 'id', 'Mars/Olympus')).toContain('WIB');
  });

  it('formats numbers in the current language', () => {
    expect(formatNumber(3.5, 'id')).toBe('3,5');
    expect(formatNumber(3.5, 'en')).toBe('3.5');
  });
});
