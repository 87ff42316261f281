// Meetings named with capitals and a number: "the COP28 climate summit", "the G20 summit",
// "The next talks, COP30, will be held …". Name discovery drops tokens with digits (models,
// "Covid-19", scores), so these are found here, and only where a word beside them says a
// summit, talks or a conference: an event, as the guidelines type a named conference. The
// hyphenated kind ("F-35", "UH-60") is never one.

import { piece, type Piece } from './name-pieces';

const NAME = String.raw`\p{Lu}{1,5}\d{1,3}`;
const MEETING = String.raw`(?:summit|summits|talks|conference|conferences|negotiations)`;
const GAP = String.raw`[ \t\u00a0]+`;
// The name before the meeting's noun, with at most one lower-case word between: "COP29 climate talks".
const BEFORE_NOUN = new RegExp(String.raw`(?<![\p{L}\d-])(${NAME})(?=${GAP}(?:\p{Ll}+${GAP})?${MEETING}\b)`, 'gu');
// The name set off by commas after the noun: "the summit, COP28, opened".
const AFTER_NOUN = new RegExp(String.raw`\b${MEETING},${GAP}(${NAME}),`, 'gu');

/** The pieces of every meeting named with capitals and a number in `text`, one piece each. */
export function summitPieces(text: string): Piece[] {
  const out = new Map<number, Piece>();
  for (const m of text.matchAll(BEFORE_NOUN)) {
    const name = m[1] ?? '';
    out.set(m.index, piece(m.index, m.index + name.length, name, false, false, true, false));
  }
  for (const m of text.matchAll(AFTER_NOUN)) {
    const name = m[1] ?? '';
    const start = m.index + m[0].length - name.length - 1;
    out.set(start, piece(start, start + name.length, name, false, false, true, false));
  }
  return [...out.values()];
}
