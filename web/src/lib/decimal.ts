/** The decimal separator of each interface language; the other one groups thousands. */
const DECIMAL_SEPARATOR: Record<string, ',' | '.'> = { id: ',', en: '.' };

/**
 * A decimal number as a person types it in the interface language: "3,6" in Bahasa Indonesia and
 * "3.6" in English. The other language's separator is accepted where it cannot be mistaken: "3.6"
 * in Indonesian is 3,6 (a thousands point needs three digits after it), but "3.600" is refused, as
 * it could mean 3,6 or 3 600. Thousands separators are taken only in groups of three ("1.234,5" in
 * Indonesian, "1,234.5" in English). Null when the text is not a number.
 */
export function parseDecimal(text: string, language: string): number | null {
  const decimal = DECIMAL_SEPARATOR[language.slice(0, 2)] ?? '.';
  const grouping = decimal === ',' ? '.' : ',';
  const value = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  const match = /^([-+]?)(\d[\d.,]*)$/.exec(value);
  if (!match) return null;
  const [, sign, body] = match;
  const decimals = body.split(decimal).length - 1;
  const groups = body.split(grouping).length - 1;
  let normalized: string | null = null;
  if (decimals > 1) return null;
  if (decimals === 1) {
    const [whole, fraction] = body.split(decimal);
    if (!/^\d+$/.test(fraction)) return null;
    normalized = groups === 0 ? `${whole}.${fraction}` : ungroup(whole, grouping, fraction);
  } else if (groups === 0) {
    normalized = body;
  } else if (groups === 1) {
    const [whole, fraction] = body.split(grouping);
    // "3.6" in Indonesian or "3,6" in English: a decimal; "3.600" / "3,600" could be either.
    if (!/^\d+$/.test(whole) || !/^\d+$/.test(fraction) || fraction.length === 3) return null;
    normalized = `${whole}.${fraction}`;
  } else {
    normalized = ungroup(body, grouping, '');
  }
  if (normalized === null) return null;
  const number = Number(`${sign}${normalized}`);
  return Number.isFinite(number) ? number : null;
}

/** "1.234.567" -> "1234567" (with the fraction after a point), or null when the groups are not of three. */
function ungroup(whole: string, grouping: string, fraction: string): string | null {
  const parts = whole.split(grouping);
  if (!/^\d{1,3}$/.test(parts[0]) || parts.slice(1).some((part) => !/^\d{3}$/.test(part))) return null;
  return fraction ? `${parts.join('')}.${fraction}` : parts.join('');
}
