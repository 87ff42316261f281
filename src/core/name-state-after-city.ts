// "Albany, N.Y.", "Lansing, Mich., on Monday": in running text, as in a dateline, a U.S.
// state's abbreviation after a capitalised place name and a comma is that state, a place of
// its own with the state's name ("New York"), not an acronym's organisation. Only the
// abbreviations news style gives states count (state-abbreviations.ts).

import { stateOfAbbreviation } from './state-abbreviations';

// A capitalised word, a comma, then a state's abbreviation with its periods ("W.Va." too).
const STATE_AFTER = /\p{Lu}[\p{L}’'-]*, (\p{Lu}\p{Ll}{1,3}\.|\p{Lu}\.(?:\p{Lu}\.)+|W\.Va\.)(?![\p{L}\d])/gu;

/** Start and end of every state abbreviation written after a place name and a comma. */
export function statesAfterPlaces(text: string): Map<number, number> {
  const out = new Map<number, number>();
  STATE_AFTER.lastIndex = 0;
  for (let m = STATE_AFTER.exec(text); m; m = STATE_AFTER.exec(text)) {
    const abbreviation = m[1] ?? '';
    if (stateOfAbbreviation(abbreviation) === undefined) continue;
    const start = m.index + m[0].length - abbreviation.length;
    out.set(start, start + abbreviation.length);
  }
  return out;
}
