import {
  formatDateTime,
  formatDay,
  formatNumber,
  todayInWib,
  utcToWib,
  utcToZoned,
  wibToUtcIso,
  zoneAbbreviation,
  zonedToUtcIso,
} from './dates';

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

describe('WIB inputs', () => {
  it('turns a date and time typed in WIB into a UTC ISO instant', () => {
    expect(wibToUtcIso('2026-12-01', '14:00')).toBe('2026-12-01T07:00:00.000Z');
    expect(wibToUtcIso('2026-12-01', '03:30')).toBe('2026-11-30T20:30:00.000Z');
  });

  it('refuses an incomplete date or time', () => {
    expect(wibToUtcIso('', '14:00')).toBeNull();
    expect(wibToUtcIso('2026-12-01', '')).toBeNull();
    expect(wibToUtcIso('2026-13-45', '14:00')).toBeNull();
  });

  it('fills date and time inputs with the WIB values of an instant', () => {
    expect(utcToWib('2026-11-30T20:30:00.000Z')).toEqual({ date: '2026-12-01', time: '03:30' });
    expect(todayInWib(new Date('2026-01-05T17:30:00.000Z'))).toBe('2026-01-06');
  });

  it('formats a calendar day without shifting it', () => {
    expect(formatDay('2026-12-01', 'id')).toBe('1 Desember 2026');
  });
});

describe('zone abbreviations', () => {
  const instant = '2026-01-05T17:30:00.000Z';

  it('names Indonesian zones WIB, WITA and WIT in both languages, never "GMT+7"', () => {
    expect(formatDateTime(instant, 'en')).toMatch(/00:30 WIB$/);
    expect(formatDateTime(instant, 'en')).not.toContain('GMT');
    expect(formatDateTime(instant, 'en', 'Asia/Makassar')).toMatch(/01:30 WITA$/);
    expect(formatDateTime(instant, 'id', 'Asia/Makassar')).toMatch(/01\.30 WITA$/);
    expect(formatDateTime(instant, 'en', 'Asia/Jayapura')).toMatch(/02:30 WIT$/);
    expect(zoneAbbreviation('Asia/Makassar', 'en')).toBe('WITA');
    expect(zoneAbbreviation('Asia/Pontianak', 'en')).toBe('WIB');
    expect(zoneAbbreviation(undefined, 'en')).toBe('WIB');
  });

  it('reads a date and time typed in the user zone', () => {
    expect(zonedToUtcIso('2026-12-01', '14:00', 'Asia/Makassar')).toBe('2026-12-01T06:00:00.000Z');
    expect(zonedToUtcIso('2026-12-01', '14:00', 'Asia/Jayapura')).toBe('2026-12-01T05:00:00.000Z');
    expect(zonedToUtcIso('2026-07-01', '14:00', 'Europe/Amsterdam')).toBe('2026-07-01T12:00:00.000Z');
    expect(zonedToUtcIso('2026-02-30', '14:00', 'Asia/Makassar')).toBeNull();
    expect(utcToZoned('2026-12-01T06:00:00.000Z', 'Asia/Makassar')).toEqual({ date: '2026-12-01', time: '14:00' });
  });
});
