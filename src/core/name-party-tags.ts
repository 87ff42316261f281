// "Mary Jones, D-Pa., said", "Sen. Tom Hale (R-Texas)": a lawmaker's party and state, written
// as a party's letter, a hyphen and the state, are no name of their own ("D-Pa" is no body's,
// and the "Texas" of "R-Texas" is no place the story is about). Used by entities.ts on the
// typed mentions. The tag stands in commas or brackets and its state is a state's
// abbreviation or a known place, so "on June 6, D-Day, the Allies landed" keeps "D-Day".
import { stateOfAbbreviation } from './state-abbreviations';
import type { EntityMention } from './types';

// ", D-Pa.," "(R-N.Y.)" ", I-Vt.," ", D-New York,": the letter, then one to three words of a state.
const PARTY_TAG = /(?<=[,(][ \t\u00a0]?)[DRI]-(\p{Lu}[\p{Ll}]*\.?(?:[ \t\u00a0]?\p{Lu}[\p{Ll}]*\.?){0,2})(?=[,)])/gu;

/** The spans of the party-and-state tags in `text`. */
function partyTags(text: string, isPlace: (name: string) => boolean): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(PARTY_TAG)) {
    const state = m[1] ?? '';
    if (stateOfAbbreviation(state) === undefined && !isPlace(state.replace(/\.$/, ''))) continue;
    spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/** `mentions` without those inside a party-and-state tag. */
export function withoutPartyTags(mentions: EntityMention[], text: string, isPlace: (name: string) => boolean): EntityMention[] {
  if (!text.includes('-')) return mentions;
  const tags = partyTags(text, isPlace);
  if (tags.length === 0) return mentions;
  return mentions.filter((m) => !tags.some(([start, end]) => m.start >= start && m.end <= end));
}
