// Headlines and banners in capitals write the pronoun "us" as "US", and other short words
// ("IT", "WHO", "IN") as a country's or body's acronym. In such a line the word is the
// pronoun when another word in capitals comes just before it ("LET US PRAY", "JOIN US",
// "ALL OF US"); the country opens the line or follows "THE" or punctuation ("US TROOPS
// LEAVE", "THE US AND CHINA", "WASHINGTON — US OFFICIALS"), or stands beside a country or a
// body the lexicon knows, alone or through "AND"/"OR" ("CHINA AND US SIGN", "UK US DEAL",
// "TALKS BETWEEN US AND CHINA"), where a pronoun has a pronoun or a plain word ("THEM AND US").

// Pronouns and function words that are also written as acronyms of names.
const WORDS = new Set([
  'US', 'WE', 'ME', 'IT', 'WHO', 'HE', 'IN', 'OR', 'ON', 'AT', 'AS', 'TO', 'BY', 'SO', 'NO', 'OF',
  'IS', 'AM', 'BE', 'DO', 'GO', 'IF', 'UP', 'MY', 'AN',
]);
// The capitals word just before the span: "LET " in "LET US".
const CAPS_WORD_BEFORE = /(?:^|[^\p{L}\p{N}'’.])(\p{Lu}[\p{Lu}'’]+)\s+$/u;
// One or two capitals words, then "AND" or "OR", just before the span: "SAUDI ARABIA AND ".
const KNOWN_THEN_AND = /(?:^|[^\p{L}\p{N}'’.])((?:\p{Lu}[\p{Lu}.'’]+ )?\p{Lu}[\p{Lu}.'’]+)[ \t]+(?:AND|OR)[ \t]+$/u;
// "AND" or "OR", then one or two capitals words, just after the span: " AND CHINA", " OR SAUDI ARABIA".
const AND_THEN_KNOWN = /^[ \t]+(?:AND|OR)[ \t]+(\p{Lu}[\p{Lu}.'’]+(?: \p{Lu}[\p{Lu}.'’]+)?)/u;

/** Whether a name, as the lexicon spells it ("China", "UK", "Saudi Arabia"), is a country or a
 *  body the caller knows. */
export type KnownName = (name: string) => boolean;

/** "CHINA" → "China", "SAUDI ARABIA" → "Saudi Arabia"; "UK" is tried as written first. */
function knownInCaps(capitals: string, isKnown: KnownName): boolean {
  return isKnown(capitals) || isKnown(capitals.replace(/\p{Lu}+/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase()));
}

/** Whether text[start, end) is a plain word written in capitals after another one, so never a
 *  name. With `isKnown`, a word beside a known country or body is the name. */
export function isCapsWord(text: string, start: number, end: number, isKnown?: KnownName): boolean {
  if (!WORDS.has(text.slice(start, end))) return false;
  const window = text.slice(Math.max(0, start - 40), start);
  const before = CAPS_WORD_BEFORE.exec(window);
  if (before === null || before[1] === 'THE') return false;
  if (!isKnown) return true;
  const pairedBefore = KNOWN_THEN_AND.exec(window)?.[1]?.split(' ') ?? [];
  const pairedAfter = AND_THEN_KNOWN.exec(text.slice(end, end + 40))?.[1]?.split(' ') ?? [];
  const beside = [
    before[1] ?? '',
    pairedBefore.join(' '),
    pairedBefore[pairedBefore.length - 1] ?? '',
    pairedAfter.join(' '),
    pairedAfter[0] ?? '',
  ];
  return !beside.some((name) => name !== '' && knownInCaps(name, isKnown));
}
