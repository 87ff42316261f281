// Meetings named with capitals and a number: "the COP28 climate summit", "the G20 summit",
// "The next talks, COP30, will be held …". Name discovery drops tokens with digits (models,
// "Covid-19", scores), so these are found here, and only where a word beside them says a
// summit, talks or a conference: an event, as the guidelines type a named conference. The
// hyphenated kind ("F-35", "UH-60") is never one, nor is a business period ("the Q4 earnings
// conference", "FY25"), a noun the meeting word only describes ("a conference call", "the
// conference finals", "the summit ridge") or a summit that is climbed ("reached the K2 summit").

import { piece, type Piece } from './name-pieces';

const NAME = String.raw`\p{Lu}{1,5}\d{1,3}`;
const MEETING = String.raw`(?:summit|summits|talks|conference|conferences|negotiations)`;
const GAP = String.raw`[ \t\u00a0]+`;
// A noun after the meeting's word that it only describes: "conference call", "summit push".
const DESCRIBED = String.raw`(?!${GAP}(?:calls?|rooms?|games?|finals?|titles?|standings|season|ridge|push|bids?|attempts?|day)\b)`;
// Quarters, halves and fiscal years, which earnings calls and conferences are named after.
const PERIOD = /^(?:Q[1-4]|H[12]|FY\d+)$/u;
// A mountain's summit is reached, climbed or scaled: "climbers reached the K2 summit".
const CLIMBED = /\b(?:reach|reached|reaches|reaching|climb|climbed|climbs|climbing|scale|scaled|scaling|topped)[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/iu;
// The name before the meeting's noun, with at most one lower-case word between: "COP29 climate talks".
const BEFORE_NOUN = new RegExp(String.raw`(?<![\p{L}\d-])(${NAME})(?=${GAP}(?:\p{Ll}+${GAP})?(${MEETING})\b${DESCRIBED})`, 'gu');
// The name set off by commas after the noun: "the summit, COP28, opened".
const AFTER_NOUN = new RegExp(String.raw`\b${MEETING},${GAP}(${NAME}),`, 'gu');

/** The pieces of every meeting named with capitals and a number in `text`, one piece each. */
export function summitPieces(text: string): Piece[] {
  const out = new Map<number, Piece>();
  for (const m of text.matchAll(BEFORE_NOUN)) {
    const name = m[1] ?? '';
    if (PERIOD.test(name) || (m[2]?.startsWith('summit') && CLIMBED.test(text.slice(Math.max(0, m.index - 30), m.index)))) continue;
    out.set(m.index, piece(m.index, m.index + name.length, name, false, false, true, false));
  }
  for (const m of text.matchAll(AFTER_NOUN)) {
    const name = m[1] ?? '';
    if (PERIOD.test(name)) continue;
    const start = m.index + m[0].length - name.length - 1;
    out.set(start, piece(start, start + name.length, name, false, false, true, false));
  }
  return [...out.values()];
}
