/** Words kept in capitals when turning the official upper-case names into display names. */
const ACRONYMS = new Set(['DKI', 'DI', 'II']);

/** "KABUPATEN SUMEDANG" -> "Kabupaten Sumedang", "DKI JAKARTA" -> "DKI Jakarta", "KOTA BAU-BAU" -> "Kota Bau-Bau". */
export function displayRegionName(officialName: string): string {
  return officialName
    .split(' ')
    .map((word) =>
      ACRONYMS.has(word)
        ? word
        : word.toLowerCase().replace(/(^|[-(])(\p{L})/gu, (_, separator: string, letter: string) => separator + letter.toUpperCase()),
    )
    .join(' ');
}
