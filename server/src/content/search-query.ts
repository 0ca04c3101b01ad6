import { SEARCH_LONG_FORMS, SEARCH_SYNONYMS } from './search-synonyms';

/**
 * What the catalogue searches for: the words people type, parsed like `websearch_to_tsquery`
 * ("quoted phrases", -minus, `or`) and expanded with the bilingual synonyms and hyphen variants.
 * The result is alternatives of plain text; SQL gets each one as a bound parameter of
 * `plainto_tsquery` / `phraseto_tsquery`, so no character of the query ever reaches tsquery syntax.
 */
export interface SearchTerm {
  /** Texts any of which may match (each one a phrase); the first is what was typed. */
  alternatives: string[];
  /** What was typed and its hyphen variants, without synonyms: literal matches rank higher. */
  literal: string[];
  negated: boolean;
}

export interface SearchPlan {
  /** An OR of AND-groups, as websearch_to_tsquery reads `a b or c` as (a & b) | c. */
  groups: SearchTerm[][];
  /** The positive words as typed, for the similarity fallback (typos). */
  text: string;
}

/** Longer input is cut: a search box query, not a document. */
export const MAX_SEARCH_LENGTH = 200;
const MAX_TERMS = 24;
const MAX_PHRASE_TOKENS = 6;

/** Letters and digits only, lower case: "e-Office" and "eoffice" have the same key. */
export const termKey = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

const groupByKey: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, readonly string[]>();
  for (const group of SEARCH_SYNONYMS) for (const term of group) map.set(termKey(term), group);
  for (const [long, short] of Object.entries(SEARCH_LONG_FORMS)) map.set(termKey(long), [long, ...(map.get(termKey(short)) ?? [short])]);
  return map;
})();

/** The synonym group of a word or phrase as typed, also for a simple English plural. */
export function synonymGroup(text: string): readonly string[] | undefined {
  const key = termKey(text);
  if (!key) return undefined;
  const exact = groupByKey.get(key);
  if (exact) return exact;
  for (const [suffix, replacement] of [
    ['ies', 'y'],
    ['es', ''],
    ['s', ''],
  ] as const) {
    if (key.length > suffix.length + 2 && key.endsWith(suffix)) {
      const group = groupByKey.get(key.slice(0, -suffix.length) + replacement);
      if (group) return group;
    }
  }
  return undefined;
}

interface Token {
  text: string;
  quoted: boolean;
  negated: boolean;
}

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /(-?)"([^"]*)"?|(\S+)/g;
  for (const match of input.matchAll(pattern)) {
    if (match[2] !== undefined) {
      if (termKey(match[2])) tokens.push({ text: match[2].trim(), quoted: true, negated: match[1] === '-' });
      continue;
    }
    let word = match[3];
    const negated = word.startsWith('-') && termKey(word) !== '';
    if (negated) word = word.slice(1);
    // A quote inside a word opens no phrase here; punctuation only stays for the parser to drop.
    word = word.replace(/"/g, '');
    if (termKey(word)) tokens.push({ text: word, quoted: false, negated });
  }
  return tokens;
}

const unique = (texts: string[]) => [...new Map(texts.map((text) => [text.toLowerCase(), text])).values()];

/** A word without synonyms: as typed, plus its hyphen variants ("smart-city" also as "smart city" and "smartcity"). */
function wordAlternatives(word: string): string[] {
  if (!/[\p{L}\p{N}][-‐‑–][\p{L}\p{N}]/u.test(word)) return [word];
  return unique([word, word.replace(/[-‐‑–]/g, ' '), word.replace(/[-‐‑–]/g, '')]);
}

export function planSearch(input: string): SearchPlan {
  const tokens = tokenize(input.slice(0, MAX_SEARCH_LENGTH));
  const groups: SearchTerm[][] = [[]];
  const positive: string[] = [];
  let count = 0;
  for (let i = 0; i < tokens.length && count < MAX_TERMS; ) {
    const token = tokens[i];
    if (!token.quoted && !token.negated && token.text.toLowerCase() === 'or') {
      if (groups[groups.length - 1].length > 0) groups.push([]);
      i++;
      continue;
    }
    let term: SearchTerm | undefined;
    let used = 1;
    if (!token.quoted) {
      // The longest run of plain words (from here) that is a synonym term: "coordination team" before "team".
      for (let n = Math.min(MAX_PHRASE_TOKENS, tokens.length - i); n >= 1 && !term; n--) {
        const run = tokens.slice(i, i + n);
        if (run.some((t) => t.quoted || (n > 1 && t.negated))) continue;
        const typed = run.map((t) => t.text).join(' ');
        const group = synonymGroup(typed);
        if (group) {
          term = { alternatives: unique([typed, ...group]), literal: wordAlternatives(typed), negated: token.negated };
          used = n;
        }
      }
    }
    if (!term) {
      const alternatives = token.quoted ? [token.text] : wordAlternatives(token.text);
      term = { alternatives, literal: alternatives, negated: token.negated };
    }
    groups[groups.length - 1].push(term);
    if (!term.negated) positive.push(term.alternatives[0]);
    count++;
    i += used;
  }
  return { groups: groups.filter((group) => group.length > 0), text: positive.join(' ') };
}

/**
 * The plan as a tsquery expression: each alternative is stemmed by both configurations (a text in
 * either language matches), alternatives are OR'ed, terms AND'ed. `param` binds a value and returns
 * its placeholder. `literal`: only what was typed (and its hyphen variants), no synonyms. Null when
 * nothing searchable is left (only punctuation, say).
 */
export function tsquerySql(plan: SearchPlan, param: (value: unknown) => string, { literal = false } = {}): string | null {
  if (plan.groups.length === 0) return null;
  const term = ({ alternatives, literal: typed, negated }: SearchTerm) => {
    const options = (literal ? typed : alternatives).map((text) => {
      const placeholder = param(text);
      // One word (hyphenated too: the vector holds "e-office" itself) needs no phrase, and so no recheck.
      const fn = /\s/.test(text.trim()) ? 'phraseto_tsquery' : 'plainto_tsquery';
      return `${fn}('indonesian', ${placeholder}) || ${fn}('english', ${placeholder})`;
    });
    return negated ? `(!!(${options.join(' || ')}))` : `(${options.join(' || ')})`;
  };
  return plan.groups.map((group) => `(${group.map(term).join(' && ')})`).join(' || ');
}
