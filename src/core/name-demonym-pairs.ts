// "New Zealander Lydia Ko", "Sri Lankan Kumar Sangakkara": a people's word of two words before
// a person's name goes, as a one-word demonym does in name-trim ("Israeli Prime Minister").
// Only before words that read as a person's name (two or more, none a common word of the
// page or another people's word): a body the phrase opens keeps it ("South African Airways",
// "South African Breweries", "Saudi Arabian Monetary Authority"), as does a firm's legal
// suffix, which no body's head list holds ("Saudi Arabian Oil Co said" is the oil firm).
// Used by name-trim.ts.

import type { Piece } from './name-runs';
import { hasNameHead } from './name-inner-titles';

// A firm's legal form written last, without its full stop.
const FIRM_SUFFIXES = new Set(['Co', 'Cos', 'Plc', 'PLC', 'AG', 'SA', 'NV', 'SE', 'LLC', 'LP', 'Bhd', 'SpA']);

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
  if (hasNameHead(pieces) || FIRM_SUFFIXES.has(pieces[pieces.length - 1]?.text ?? '')) return null;
  const personal = rest.every((p) => !p.connector && !ctx.isNonName(p.text) && !ctx.isLowerElsewhere(p.text));
  return personal ? rest : null;
}
