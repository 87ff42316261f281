// Titles inside a capitalised run: which words are a title's ("Former U.S. President"), and
// a name, a title and a person run together ("Bundesbank President Joachim Nagel").

import { EVENT_HEADS, LAW_HEADS, ORG_HEADS, PLACE_HEADS, TITLE_HEADS, TITLE_MODIFIERS } from './entity-cues';
import { endsInCoastHead } from './name-coast-heads';
import { divisionHead } from './name-divisions';
import type { Piece } from './name-runs';
import { placeOfTitle } from './name-title-places';
import { inTitleTail } from './name-title-tails';
import type { TrimContext } from './name-trim';

export function hasNameHead(pieces: Piece[]): boolean {
  const last = pieces[pieces.length - 1]?.text ?? '';
  // The head stands before the first "of", "for" or "on": "Organisation for the Prohibition of …".
  const of = pieces.findIndex((p) => p.text === 'of' || p.text === 'for' || p.text === 'on');
  const head = of > 0 ? (pieces[of - 1]?.text ?? '') : (divisionHead(pieces.map((p) => p.text)) ?? last);
  // A cape, an isle or a strait last is also a surname: "Judge Tom Cape" (name-coast-heads.ts).
  const surnameHead = of <= 0 && endsInCoastHead(pieces.map((p) => p.text));
  return ORG_HEADS.has(head) || EVENT_HEADS.has(head) || (PLACE_HEADS.has(head) && !surnameHead) || LAW_HEADS.has(head);
}

const ACRONYM = /^(?:\p{Lu}\.?){2,4}$/u;
/** "Ex-President", "Ex-Prime": a title word with its "Ex-". */
export function isExTitle(word: string): boolean {
  if (!word.startsWith('Ex-') && !word.startsWith('ex-')) return false;
  const rest = word.slice(3);
  return TITLE_HEADS.has(rest) || TITLE_MODIFIERS.has(rest);
}

/** A word of a title: "President", "Former", "Ex-President". */
export function isTitleText(word: string): boolean {
  return TITLE_HEADS.has(word) || TITLE_MODIFIERS.has(word) || isExTitle(word);
}

/** Whether the piece at `index` belongs to a title before a name: title words, demonyms, and
 *  a known name or an acronym that opens it or stands before a title word ("Former U.S.
 *  President", "EU Commissioner", "Former Trump Adviser"). */
export function isTitleWord(pieces: Piece[], index: number, ctx: TrimContext): boolean {
  const p = pieces[index] as Piece;
  if (isTitleText(p.text) || p.connector || ctx.isNonName(p.text)) return true;
  if (inTitleTail(pieces.map((q) => q.text), index)) return true; // "President Pro Tempore" (name-title-tails)
  if (!ctx.isKnown(p.text) && !ACRONYM.test(p.text)) return false;
  return index === 0 || isTitleText(pieces[index + 1]?.text ?? '') || placeOfTitle(pieces, index, ctx.isKnown);
}

// Words of rank before a title head ("Deputy Governor", "Press Secretary"): unlike other
// title modifiers ("House", "State"), never the last word of a name before the title.
const RANKS = new Set(
  'Deputy Vice Acting Interim Former Senior Assistant Chief Head Press Principal Executive Managing Lead Top Junior Special Attorney Solicitor Surgeon'.split(' '),
);
const NAME_SUFFIXES = new Set(['Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III', 'IV']);

/** "Bundesbank President Joachim Nagel", "Montgomery County Sheriff Rob Streck": a name, a
 *  title, a person. The title starts at a head word no connector ties to the name before
 *  ("International Court of Justice" is a name), with the ranks before it, and ends after
 *  its last title word; the person follows. Null when the run is no such thing ("UN
 *  General Assembly", "Martin Luther King Jr."). */
export function innerTitle(pieces: Piece[], ctx: TrimContext): { name: Piece[]; person: Piece[] } | null {
  for (let t = 1; t < pieces.length - 1; t++) {
    if (!TITLE_HEADS.has(pieces[t]?.text ?? '') || pieces[t - 1]?.connector) continue;
    let start = t;
    while (start > 1 && RANKS.has(pieces[start - 1]?.text ?? '')) start--;
    let end = t + 1;
    while (end < pieces.length && (isTitleText(pieces[end]?.text ?? '') || pieces[end]?.connector)) end++;
    const name = pieces.slice(0, start);
    const person = pieces.slice(end);
    const first = person[0];
    if (!first || first.connector || NAME_SUFFIXES.has(first.text) || hasNameHead(person)) return null;
    if (name[name.length - 1]?.connector || name.every((_, k) => isTitleWord(name, k, ctx))) return null;
    return { name, person };
  }
  return null;
}
