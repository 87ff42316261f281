// "that of the early Earth", "returned to Earth", "life on Earth": the planet, a place, as the
// Moon and the planets are (places.ts CELESTIAL). Earth is left out of those entries, as a
// common noun and a word in bodies' names ("Earth Day", "Friends of the Earth", "Google
// Earth"), so only a preposition of place or of comparison before it, with "the" and an
// adjective at most, and no capitalised word after it, make it the planet.

const PREPOSITION_BEFORE =
  /\b(?:of|on|to|from|around|orbiting|above|below|beyond|near|toward|towards|circling)[ \t\u00a0]+(?:the[ \t\u00a0]+(?:(?:early|young|ancient|primitive|whole|entire)[ \t\u00a0]+)?)?$/i;
const CAPITAL_AFTER = /^[ \t\u00a0]+\p{Lu}/u;

/** Whether a mention of `words` starting at `start` is the planet Earth. */
export function planetEarth(words: readonly string[], text: string, start: number, end: number): boolean {
  if (words.length !== 1 || words[0] !== 'Earth') return false;
  return PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && !CAPITAL_AFTER.test(text.slice(end, end + 3));
}
