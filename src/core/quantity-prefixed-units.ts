// Units written as two words, a prefix and a length: area ("10 square miles", "365 sq km"),
// volume ("27,000 cubic metres", "40 cu ft"), distance at sea ("3,500 nautical miles") and in
// space, spelled open ("1,300 light years": no span of 1,300 years).
// The prefix alone is no unit ("three square meals", "a cubic shape"), so the unit is the
// two words together, and only before a length the prefix can take.

// Singular too: "1 square mile", "a cubic metre" ("one" and "a" count one).
const LENGTHS = 'km kilometres kilometers kilometre kilometer miles mile mi metres meters metre meter m ft feet foot yards yard yd';
const AREA = new Set(LENGTHS.split(' '));
const VOLUME = new Set(`${LENGTHS} inches inch in cm centimetres centimeters centimetre centimeter`.split(' '));
const AT_SEA = new Set(['miles', 'mile', 'mi']);

const PREFIXED: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['sq', AREA],
  ['square', AREA],
  ['cubic', VOLUME],
  ['cu', VOLUME],
  ['nautical', AT_SEA],
  ['light', new Set(['years', 'year'])],
]);

/** Whether `prefix` (lower case) and the lower-case word after it are one unit. */
export function prefixedUnit(prefix: string, next: string): boolean {
  return PREFIXED.get(prefix)?.has(next) ?? false;
}

/** Whether a lower-case word opens a two-word unit. */
export const opensPrefixedUnit = (word: string): boolean => PREFIXED.has(word);
