import { frameworkAspects, frameworkDomains, frameworkIndicators, TOTAL_WEIGHT_BP, WHOLE_LEVELS } from './framework';
import { FRAMEWORK_DATA, FrameworkCode, frameworkForYear } from './frameworks';
import { assertWeightsComplete, computeIndex } from './index-arithmetic';
import { PEMDI_SCALE, PERMENPANRB_8_2026 as pemdi } from './permenpanrb-8-2026';
import { PERMENPANRB_59_2020 as spbe } from './permenpanrb-59-2020';

describe('Indeks Pemerintah Digital (PermenPANRB 8/2026) catalogue', () => {
  it('has 7 aspects and 20 indicators numbered 1-20, and no domains', () => {
    expect(frameworkDomains(pemdi)).toEqual([]);
    expect(frameworkAspects(pemdi).map((a) => [a.code, a.indicators.length])).toEqual([
      ['A1', 2],
      ['A2', 2],
      ['A3', 4],
      ['A4', 4],
      ['A5', 2],
      ['A6', 4],
      ['A7', 2],
    ]);
    expect(frameworkIndicators(pemdi).map((i) => i.number)).toEqual(Array.from({ length: 20 }, (_, n) => n + 1));
    expect(new Set(frameworkIndicators(pemdi).map((i) => i.code)).size).toBe(20);
  });

  it('has the published weights, adding up to exactly 100 %: aspects 10/10/15/15/10/15/25 %', () => {
    expect(frameworkIndicators(pemdi).map((i) => i.weightBp)).toEqual([
      500, 500, 500, 500, 500, 300, 300, 400, 400, 400, 300, 400, 500, 500, 400, 400, 400, 300, 1000, 1500,
    ]);
    expect(frameworkIndicators(pemdi).reduce((sum, i) => sum + i.weightBp, 0)).toBe(TOTAL_WEIGHT_BP);
    expect(() => assertWeightsComplete(pemdi)).not.toThrow();
    expect(frameworkAspects(pemdi).map((a) => a.indicators.reduce((sum, i) => sum + i.weightBp, 0))).toEqual([
      1000, 1000, 1500, 1500, 1000, 1500, 2500,
    ]);
  });

  it('names the levels Merintis .. Unggul with their English names, and the indicators as published', () => {
    expect(pemdi.maturityLevels.map((l) => [l.level, l.name, l.nameEn])).toEqual([
      [1, 'Merintis', 'Initiate'],
      [2, 'Membangun', 'Emerging'],
      [3, 'Berkembang', 'Developing'],
      [4, 'Melembaga', 'Embedded'],
      [5, 'Unggul', 'Leading'],
    ]);
    expect(frameworkIndicators(pemdi)[7].name).toBe('Tingkat Kematangan Pelindungan Data Pribadi');
    expect(frameworkIndicators(pemdi)[19].name).toBe('Tingkat Pengelolaan Kepuasan Pengguna Layanan Digital Pemerintah');
  });

  it('takes two-decimal values: 1.00 everywhere is 1.00, 5.00 is 5.00, and the satisfaction aspect moves a quarter of it', () => {
    const at = (value: number) => Object.fromEntries(frameworkIndicators(pemdi).map((i) => [i.code, value]));
    expect(computeIndex(pemdi, at(1))).toBe(1);
    expect(computeIndex(pemdi, at(5))).toBe(5);
    expect(computeIndex(pemdi, { ...at(1), I19: 5, I20: 5 })).toBe(2);
    expect(computeIndex(pemdi, { ...at(2.37), I20: 3.41 })).toBe(2.53); // 2.37 + 1.04 x 15 % = 2.526
    expect(pemdi.scale).toEqual(PEMDI_SCALE);
    expect(spbe.scale).toEqual(WHOLE_LEVELS);
  });
});

describe('frameworkForYear', () => {
  it.each([
    [2021, FrameworkCode.PERMENPANRB_59_2020],
    [2023, FrameworkCode.PERMENPANRB_59_2020],
    [2025, FrameworkCode.PERMENPANRB_59_2020],
    [2026, FrameworkCode.PERMENPANRB_8_2026],
    [2031, FrameworkCode.PERMENPANRB_8_2026],
  ])('scores %s on %s', (year, code) => {
    expect(frameworkForYear(year)?.code).toBe(code);
  });

  it('has no shipped framework before 2021 (PermenPANRB 5/2018) and none for a fractional year', () => {
    expect(frameworkForYear(2020)).toBeUndefined();
    expect(frameworkForYear(2019)).toBeUndefined();
    expect(frameworkForYear(2025.5)).toBeUndefined();
  });

  it('marks SPBE 59/2020 revoked by PermenPANRB 8/2026 on 5 June 2026, with no gap or overlap between them', () => {
    expect(spbe.revoked).toEqual({ on: '2026-06-05', by: 'PermenPANRB 8/2026' });
    expect(pemdi.revoked).toBeNull();
    expect(spbe.validTo).toBe(2025);
    expect(pemdi.validFrom).toBe(2026);
    expect(pemdi.validTo).toBeNull();
    expect(FRAMEWORK_DATA.map((f) => f.code)).toEqual([FrameworkCode.PERMENPANRB_8_2026, FrameworkCode.PERMENPANRB_59_2020]);
    for (let year = 2021; year <= 2040; year += 1) {
      expect(FRAMEWORK_DATA.filter((f) => year >= f.validFrom && (f.validTo === null || year <= f.validTo))).toHaveLength(1);
    }
  });
});
