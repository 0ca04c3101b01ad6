import { SPBE_TO_PEMDI_CROSSWALK as crosswalk, crosswalkedIndicators } from './crosswalk';
import { frameworkIndicators } from './framework';
import { FrameworkCode } from './frameworks';
import { PERMENPANRB_8_2026 as pemdi } from './permenpanrb-8-2026';
import { PERMENPANRB_59_2020 as spbe } from './permenpanrb-59-2020';

const spbeCodes = frameworkIndicators(spbe).map((indicator) => indicator.code);
const pemdiCodes = frameworkIndicators(pemdi).map((indicator) => indicator.code);

describe('the editorial SPBE -> Pemdi crosswalk', () => {
  it('goes from PermenPANRB 59/2020 to PermenPANRB 8/2026 and says it is editorial', () => {
    expect(crosswalk.from).toBe(spbe.code);
    expect(crosswalk.to).toBe(pemdi.code);
    expect(crosswalk.editorial).toBe(true);
  });

  it('maps every one of the 47 SPBE indicators, and nothing else', () => {
    expect(spbeCodes).toHaveLength(47);
    expect(Object.keys(crosswalk.mapping).sort()).toEqual([...spbeCodes].sort());
  });

  it('maps each SPBE indicator to at least one Pemdi indicator that exists, without duplicates', () => {
    for (const code of spbeCodes) {
      const targets = crosswalk.mapping[code];
      expect(targets.length).toBeGreaterThanOrEqual(1);
      expect(new Set(targets).size).toBe(targets.length);
      for (const target of targets) expect(pemdiCodes).toContain(target);
    }
  });

  it('reaches every one of the 20 Pemdi indicators from at least one SPBE indicator', () => {
    const reached = new Set(Object.values(crosswalk.mapping).flat());
    expect(pemdiCodes.filter((code) => !reached.has(code))).toEqual([]);
  });

  it('follows the topics the reference names (SPBE 23 -> Pemdi 5, 25 -> 3, 42 -> 19, 22 and 31 -> security)', () => {
    expect(crosswalk.mapping.I23).toContain('I05');
    expect(crosswalk.mapping.I25).toContain('I03');
    expect(crosswalk.mapping.I42).toContain('I19');
    expect(crosswalk.mapping.I22).toContain('I10');
    expect(crosswalk.mapping.I31).toContain('I09');
    for (const code of ['I15', 'I16', 'I17', 'I18'])
      expect(crosswalk.mapping[code].some((t) => ['I13', 'I14', 'I15', 'I16'].includes(t))).toBe(true);
  });

  it('is read in both directions', () => {
    expect(crosswalkedIndicators(FrameworkCode.PERMENPANRB_59_2020, 'I23')).toEqual(
      ['I05', 'I06', 'I07', 'I08'].map((code) => ({ frameworkCode: FrameworkCode.PERMENPANRB_8_2026, code })),
    );
    expect(crosswalkedIndicators(FrameworkCode.PERMENPANRB_8_2026, 'I05')).toEqual(
      ['I03', 'I23', 'I43'].map((code) => ({ frameworkCode: FrameworkCode.PERMENPANRB_59_2020, code })),
    );
    expect(crosswalkedIndicators(FrameworkCode.PERMENPANRB_8_2026, 'I99')).toEqual([]);
    expect(crosswalkedIndicators('PERMENPANRB-5-2018', 'I01')).toEqual([]);
  });
});
