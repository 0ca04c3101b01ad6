import { FrameworkCode, frameworkForYear, SCORE_SOURCE_MAX_LENGTH } from '@living-lab/shared';
import { ScoreScope } from './published-score.entity';
import { PUBLISHED_SCORES } from './published-scores.data';

describe('published SPBE values shipped as reference data', () => {
  it('names for every value the framework of its year: PermenPANRB 5/2018 before 2021, then the shipped frameworks', () => {
    for (const score of PUBLISHED_SCORES) {
      const expected = score.year < 2021 ? FrameworkCode.PERMENPANRB_5_2018 : frameworkForYear(score.year)?.code;
      expect([score.year, score.frameworkCode]).toEqual([score.year, expected]);
    }
  });

  it('says in each source which framework it was measured on, within the column length', () => {
    const label = { [FrameworkCode.PERMENPANRB_5_2018]: 'PermenPANRB 5/2018', [FrameworkCode.PERMENPANRB_59_2020]: 'PermenPANRB 59/2020' };
    for (const score of PUBLISHED_SCORES) {
      expect(score.source).toContain(label[score.frameworkCode as keyof typeof label]);
      expect(score.source.length).toBeLessThanOrEqual(SCORE_SOURCE_MAX_LENGTH);
    }
  });

  it('labels Jawa Barat 4.14 and the kab/kota average 3.38 (reported August 2024) as 2023, and Sumedang 2019 as unsourced', () => {
    const find = (scope: ScoreScope, regionCode: string, index: number) =>
      PUBLISHED_SCORES.find((score) => score.scope === scope && score.regionCode === regionCode && score.index === index);
    expect(find(ScoreScope.REGION, '32', 4.14)?.year).toBe(2023);
    expect(find(ScoreScope.PROVINCE_KABKOTA_AVERAGE, '32', 3.38)?.year).toBe(2023);
    expect(find(ScoreScope.REGION, '32.11', 2.46)?.source).toContain('tidak ditemukan');
    expect(find(ScoreScope.NATIONAL_AVERAGE, '00', 2.79)?.source).toContain('KepmenPANRB 13/2024');
    expect(find(ScoreScope.NATIONAL_AVERAGE, '00', 3.12)?.source).toContain('KepmenPANRB 663/2024');
  });

  it('has one value per scope, region and year (the table’s unique key)', () => {
    const keys = PUBLISHED_SCORES.map((score) => `${score.scope}/${score.regionCode}/${score.year}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
