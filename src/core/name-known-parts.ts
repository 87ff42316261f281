// Known names inside a longer capitalised run, for runs that are not one name as a whole.

import type { Piece } from './name-runs';

/** Longest known sub-spans of a headline run ("Escalation in the West Bank" → "West Bank"). */
export function knownParts(pieces: Piece[], isKnown: (name: string) => boolean): Piece[][] {
  const out: Piece[][] = [];
  let i = 0;
  while (i < pieces.length) {
    let found = 0;
    for (let j = Math.min(pieces.length, i + 6); j > i; j--) {
      const part = pieces.slice(i, j);
      if (!part[0]?.connector && !part[part.length - 1]?.connector && isKnown(part.map((p) => p.text).join(' '))) {
        found = j - i;
        break;
      }
    }
    if (found > 0) out.push(pieces.slice(i, i + found));
    i += Math.max(found, 1);
  }
  return out;
}
