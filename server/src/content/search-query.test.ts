import { MAX_SEARCH_LENGTH, planSearch, synonymGroup, termKey, tsquerySql } from './search-query';
import { SEARCH_LONG_FORMS, SEARCH_SYNONYMS } from './search-synonyms';

const sql = (input: string, literal = false) => {
  const values: unknown[] = [];
  const text = tsquerySql(planSearch(input), (value) => `$${values.push(value)}`, { literal });
  return { text, values };
};

describe('SEARCH_SYNONYMS', () => {
  it('puts every term in one group only (a term in two groups would be ambiguous)', () => {
    const seen = new Map<string, number>();
    SEARCH_SYNONYMS.forEach((group, index) => {
      for (const term of group) {
        expect({ term, group: seen.get(termKey(term)) ?? index }).toEqual({ term, group: index });
        seen.set(termKey(term), index);
      }
    });
  });

  it('maps long forms one way: "sistem pemerintahan berbasis elektronik" finds SPBE, "spbe" searches no phrase', () => {
    expect(planSearch('Sistem Pemerintahan Berbasis Elektronik').groups[0][0].alternatives).toEqual(expect.arrayContaining(['spbe']));
    expect(planSearch('spbe').groups[0][0].alternatives.every((text) => !text.includes(' '))).toBe(true);
    for (const long of Object.keys(SEARCH_LONG_FORMS)) expect(SEARCH_SYNONYMS.flat().map(termKey)).not.toContain(termKey(long));
  });

  it('holds lower-case terms with letters in every group of at least two', () => {
    for (const group of SEARCH_SYNONYMS) {
      expect(group.length).toBeGreaterThanOrEqual(2);
      for (const term of group) expect(term).toMatch(/^[a-z0-9][a-z0-9 -]*$/);
    }
  });
});

describe('planSearch', () => {
  it('expands English words to their Indonesian equivalents and back', () => {
    expect(planSearch('attendance').groups[0][0].alternatives).toEqual(expect.arrayContaining(['presensi', 'absensi']));
    expect(planSearch('presensi').groups[0][0].alternatives).toEqual(expect.arrayContaining(['attendance']));
    expect(planSearch('Dashboard').groups[0][0].alternatives).toEqual(expect.arrayContaining(['dasbor']));
  });

  it('matches the longest phrase first: "coordination team" is one term, not two', () => {
    const [group] = planSearch('SPBE coordination team').groups;
    expect(group).toHaveLength(2);
    expect(group[1].alternatives).toEqual(expect.arrayContaining(['tim koordinasi']));
    expect(group[1].literal).toEqual(['coordination team']);
  });

  it('treats a hyphen, a space or nothing between word parts alike', () => {
    for (const typed of ['eoffice', 'e-Office', 'e office', 'E-OFFICE']) {
      expect(planSearch(typed).groups[0][0].alternatives).toEqual(expect.arrayContaining(['e-office', 'eoffice']));
    }
    // Words without synonyms get their hyphen variants.
    expect(planSearch('rata-rata').groups[0][0].alternatives).toEqual(['rata-rata', 'rata rata', 'ratarata']);
  });

  it('reads simple English plurals', () => {
    expect(synonymGroup('dashboards')).toContain('dasbor');
    expect(synonymGroup('policies')).toContain('kebijakan');
    expect(synonymGroup('xyzzy')).toBeUndefined();
  });

  it('keeps websearch syntax: "quoted phrases" (not expanded), -minus and or', () => {
    const plan = planSearch('"tim koordinasi" -attendance dashboard or index');
    expect(plan.groups).toHaveLength(2);
    const [first, second] = plan.groups;
    expect(first[0]).toEqual({ alternatives: ['tim koordinasi'], literal: ['tim koordinasi'], negated: false });
    expect(first[1].negated).toBe(true);
    expect(first[1].alternatives).toContain('presensi');
    expect(first[2].alternatives).toContain('dasbor');
    expect(second[0].alternatives).toContain('indeks');
    expect(plan.text).toBe('tim koordinasi dashboard index');
  });

  it('drops what has no letters or digits, and cuts long input', () => {
    expect(planSearch('& | ! : * ( ) \' "').groups).toEqual([]);
    expect(sql('&|!:*()').text).toBeNull();
    const long = planSearch('kata '.repeat(1000));
    expect(long.groups[0].length).toBeLessThanOrEqual(24);
    expect(long.text.length).toBeLessThanOrEqual(MAX_SEARCH_LENGTH);
  });
});

describe('tsquerySql', () => {
  it('binds every typed text as a parameter: nothing of the input reaches the SQL', () => {
    const input = `'); DROP TABLE content_items; -- presensi:* & !x | "y`;
    const { text, values } = sql(input);
    expect(text).not.toMatch(/DROP|presensi|content_items|'\)/);
    expect(text).toMatch(/^[()\s$0-9a-z_,'|&!]+$/);
    expect(values).toEqual(expect.arrayContaining(['presensi:*', 'DROP']));
  });

  it('ORs the alternatives in both configurations and ANDs the terms; literal leaves the synonyms out', () => {
    const expanded = sql('attendance dashboard');
    expect(expanded.text).toContain(') && (');
    expect(expanded.text).toContain(`plainto_tsquery('indonesian', $1) || plainto_tsquery('english', $1)`);
    expect(sql('coordination team').text).toContain(`phraseto_tsquery('indonesian', $1) || phraseto_tsquery('english', $1)`);
    expect(expanded.values).toEqual(expect.arrayContaining(['attendance', 'presensi', 'dashboard', 'dasbor']));
    expect(sql('attendance dashboard', true).values).toEqual(['attendance', 'dashboard']);
    expect(sql('-attendance').text).toMatch(/^\(\(!!\(/);
  });
});
