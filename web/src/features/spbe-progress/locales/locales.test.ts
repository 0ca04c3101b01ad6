import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { i18n } from '../../../i18n/i18n';
import '../i18n';
import en from './en.json';
import id from './id.json';

type Tree = { [key: string]: string | Tree };

function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );
}

/** Reasons the SPBE progress API may answer with (besides those the app already translates). */
const REASONS = [
  'ASSESSMENT_FINAL',
  'ASSESSMENT_EXISTS',
  'ASSESSMENT_NOT_FOUND',
  'INCOMPLETE_ASSESSMENT',
  'INVALID_LEVEL',
  'SCORE_EXISTS',
  'REGION_NOT_FOUND',
  'ALREADY_ADOPTED',
  'ADOPTION_NOT_FOUND',
  'UNKNOWN_STEP',
  'NOT_A_PLAYBOOK',
  'EVIDENCE_REQUIRED',
  // Shared reasons this feature relies on, translated by the app's own locale files.
  'STALE_VERSION',
  'UNKNOWN_INDICATOR',
  'NOT_YOUR_REGION',
];

/** Every spbeProgress key the feature's source uses, found in the code itself (dynamic keys end with a dot). */
function keysUsedInSource(): string[] {
  const root = join(__dirname, '..');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.includes('.test.')) files.push(path);
    }
  };
  walk(root);
  const keys = new Set<string>();
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(/'(spbeProgress\.[A-Za-z0-9_.]+)'/g)) keys.add(match[1]);
  }
  return [...keys];
}

describe('SPBE progress translations', () => {
  it('have the same keys in Bahasa Indonesia and English, none empty', () => {
    const idKeys = leafKeys(id).sort();
    const enKeys = leafKeys(en).sort();
    expect(idKeys).toEqual(enKeys);
    for (const tree of [id, en])
      expect(leafKeys(tree).filter((key) => !String(key.split('.').reduce<unknown>((n, p) => (n as Tree)[p], tree)).trim())).toEqual([]);
  });

  it('contain every key the pages use', () => {
    const idKeys = leafKeys(id);
    const used = keysUsedInSource();
    expect(used.length).toBeGreaterThan(100);
    expect(used.filter((key) => !idKeys.includes(key))).toEqual([]);
  });

  it.each(['id', 'en'])('translate every reason in %s once registered', (lng) => {
    const missing = REASONS.filter((reason) => !i18n.exists(`errors.${reason}`, { lng }));
    expect(missing).toEqual([]);
    expect(i18n.t('errors.INCOMPLETE_ASSESSMENT', { lng })).toBe((lng === 'id' ? id : en).errors.INCOMPLETE_ASSESSMENT);
  });

  it('keep the app’s own texts when registered (merged, not replaced)', () => {
    expect(i18n.t('common.loading', { lng: 'id' })).toBe('Memuat…');
    expect(i18n.t('spbeProgress.nav.index', { lng: 'id' })).toBe('Indeks SPBE');
    expect(i18n.t('spbeProgress.nav.index', { lng: 'en' })).toBe('SPBE index');
  });
});
