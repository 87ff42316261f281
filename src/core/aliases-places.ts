// Short forms of a stored place's name that news uses for the same place: a long official
// name with words left out ("Reagan National Airport" for "Ronald Reagan Washington National
// Airport") and an airport without its head ("Reagan National"). Split from aliases.ts.

import type { Lexicon } from './name-lexicon';

/** "Reagan National Airport" of "Ronald Reagan Washington National Airport", "Ben Gurion
 *  Airport" of "Ben Gurion International Airport": the longer name's words in order, its head
 *  (last word) kept, and a word left out between two that are kept. Dropping words at the
 *  front only names another place ("Kansas City" is not "North Kansas City"). */
export function isShortenedPlaceOf(short: string, name: string): boolean {
  const kept = short.split(' ');
  const words = name.split(' ');
  if (kept.length < 2 || kept.length >= words.length || kept[kept.length - 1] !== words[words.length - 1]) return false;
  let at = -1;
  let gapInside = false;
  for (const word of kept) {
    const next = words.indexOf(word, at + 1);
    if (next < 0) return false;
    if (at >= 0 && next > at + 1) gapInside = true;
    at = next;
  }
  return gapInside;
}

/** "Reagan National Airport" → "Reagan National": news names an airport without its head, as
 *  it names a river ("the Potomac"); two words at least, and no name known on its own
 *  ("New York Airport" is not "New York"). */
export function airportAlone(name: string, lexicon: Lexicon): string | null {
  const words = name.split(' ');
  if (words.length < 3 || words[words.length - 1] !== 'Airport') return null;
  const own = words.slice(0, -1).join(' ');
  return lexicon.names.has(own) ? null : own;
}
