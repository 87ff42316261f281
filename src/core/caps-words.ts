// Headlines and banners in capitals write the pronoun "us" as "US", and other short words
// ("IT", "WHO", "IN") as a country's or body's acronym. In such a line the word is the
// pronoun when another word in capitals comes just before it ("LET US PRAY", "JOIN US",
// "ALL OF US"); the country opens the line or follows "THE" or punctuation ("US TROOPS
// LEAVE", "THE US AND CHINA", "WASHINGTON — US OFFICIALS").

// Pronouns and function words that are also written as acronyms of names.
const WORDS = new Set([
  'US', 'WE', 'ME', 'IT', 'WHO', 'HE', 'IN', 'OR', 'ON', 'AT', 'AS', 'TO', 'BY', 'SO', 'NO', 'OF',
  'IS', 'AM', 'BE', 'DO', 'GO', 'IF', 'UP', 'MY', 'AN',
]);
// The capitals word just before the span: "LET " in "LET US".
const CAPS_WORD_BEFORE = /(?:^|[^\p{L}\p{N}'’.])(\p{Lu}[\p{Lu}'’]+)\s+$/u;

/** Whether text[start, end) is a plain word written in capitals after another one, so never a name. */
export function isCapsWord(text: string, start: number, end: number): boolean {
  if (!WORDS.has(text.slice(start, end))) return false;
  const before = CAPS_WORD_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  return before !== null && before[1] !== 'THE';
}
