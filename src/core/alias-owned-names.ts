// A firm named with its country before its own word and its kind after: "China Evergrande
// Group" is "Evergrande" in the same story and the next, as "China Vanke" is "Vanke" (the
// last-word rule) and "Japan Tobacco Inc." is "Japan Tobacco". News drops the country and the
// kind and keeps the word that only this firm has. Not a word of where alone: "China Eastern
// Airlines" is no "Eastern", which names a club, a region or a conference of its own. Used by
// aliases.ts.

import { COMPASS_WORDS, ORG_HEADS } from './entity-cues';
import type { Lexicon } from './name-lexicon';

/** Whether `short` is the own word or words of `full`: what is left of it without a known
 *  place before and an organisation's head after ("Evergrande" of "China Evergrande Group").
 *  Not a bare head or a place ("Group", "China"), which the other rules read. */
export function isOwnWordsOf(short: string, full: string, lexicon: Lexicon): boolean {
  const words = full.split(' ');
  if (words.length < 3) return false;
  const owner = words[0] ?? '';
  const head = words[words.length - 1] ?? '';
  if (lexicon.names.get(owner) !== 'place' || !ORG_HEADS.has(head)) return false;
  const own = words.slice(1, -1).join(' ');
  return own === short && !ORG_HEADS.has(short) && !lexicon.names.has(short) && !short.split(' ').every((w) => COMPASS_WORDS.has(w));
}
