// "New Zealander Lydia Ko", "Sri Lankan Kumar Sangakkara": a people's word of two words before
// a person's name goes, as a one-word demonym does in name-trim ("Israeli Prime Minister").
// Only before words that read as a person's name (two or more, none a common word of the
// page or another people's word): a body the phrase opens keeps it ("South African Airways",
// "South African Breweries", "Saudi Arabian Monetary Authority"). Used by name-trim.ts.

import type { Piece } from './name-runs';
import { hasNameHead } from './name-inner-titles';

export interface DemonymPairContext {
  isKnown: (name: string) => boolean;
  isNonName: (name: string) => boolean;
  isLowerElsewhere: (word: string) => boolean;
}

/** The pieces after a leading two-word demonym, or null where none goes. */
export function afterDemonymPair(pieces: Piece[], ctx: DemonymPairContext): Piece[] | null {
  const [first, second] = pieces;
  const rest = pieces.slice(2);
  if (first === undefined || second === undefined || rest.length < 2 || first.connector || second.connector) return null;
  if (!ctx.isNonName(`${first.text} ${second.text}`) || ctx.isKnown(pieces.map((p) => p.text).join(' '))) return null;
  if (hasNameHead(pieces)) return null;
  const personal = rest.every((p) => !p.connector && !ctx.isNonName(p.text) && !ctx.isLowerElsewhere(p.text));
  return personal ? rest : null;
}
