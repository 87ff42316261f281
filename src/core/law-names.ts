// Laws, treaties and agreements (and schemes: name-schemes.ts) have none of the four types, so their names are never marked
// (docs/annotation-guidelines.md): "the Digital Markets Act", "the Treaty of Rome", a
// numbered part of one ("Section 301", "Article 5", "Title IX"), and an acronym of a law the
// page names ("DMA" after "Digital Markets Act").

import { initials } from './acronym-match';
import { LAW_HEADS, NUMBERED_PARTS } from './entity-cues';
import { headWord } from './name-form';
import type { Piece } from './name-pieces';
import { isSchemeName } from './name-schemes';

const NUMBER_AFTER = /^[ \t\u00a0]+\d/;
const ROMAN = /^[IVXLC]+$/;

/** A law's name by its head word ("Digital Markets Act", "Treaty of Rome"), or the head alone
 *  ("the Act", "the First Amendment" without its opener). */
export function isLawName(words: string[]): boolean {
  return LAW_HEADS.has(headWord(words)) || isSchemeName(words);
}

/** A number right after `offset`: "Section| 301". */
export function numberFollows(text: string, offset: number): boolean {
  return NUMBER_AFTER.test(text.slice(offset, offset + 4));
}

/** The run without a numbered part at its end: "Section" before "301" or "Title IX" go,
 *  "Security Council Resolution 2334" keeps "Security Council". */
export function withoutNumberedPart(pieces: Piece[], numberAfter: (offset: number) => boolean): Piece[] {
  const n = pieces.length;
  const last = pieces[n - 1];
  if (!last) return pieces;
  if (NUMBERED_PARTS.has(last.text) && numberAfter(last.end)) return pieces.slice(0, n - 1);
  if (n > 1 && ROMAN.test(last.text) && NUMBERED_PARTS.has(pieces[n - 2]?.text ?? '')) return pieces.slice(0, n - 2);
  return pieces;
}

/** Initials of the laws the page names ("DMA" for "the Digital Markets Act"), so a lone
 *  acronym of one is no organisation. */
export function lawAcronyms(runs: Piece[][]): Set<string> {
  const out = new Set<string>();
  for (const run of runs) {
    const words = run.map((p) => p.text).filter((w, i) => i > 0 || w !== 'The');
    if (words.length > 1 && isLawName(words)) out.add(initials(words.join(' ')));
  }
  return out;
}
