// "Evergreen Marine of Taiwan", "Bernhard Schulte Shipmanagement of Germany": a firm named for
// its trade at sea, then "of" a place, says where the firm is: two names. A public body or a
// bank takes its country into its name ("Transportation Safety Board of Canada", "Bank of
// Japan"), and stays whole (name-firm-of-town.ts); these trade words never head such a name.

import type { Piece } from './name-pieces';

const SEA_TRADES = new Set(['Marine', 'Maritime', 'Shipping', 'Shipmanagement']);
const MAX_PLACE_WORDS = 3;

const join = (pieces: readonly Piece[]): string => pieces.map((p) => p.text).join(' ');

/** The firm and its place, or null, for a candidate's pieces; `isPlace` knows countries,
 *  regions and cities. */
export function tradeOfPlace(pieces: Piece[], isPlace: (name: string) => boolean): [Piece[], Piece[]] | null {
  const of = pieces.findIndex((p) => p.connector && p.text === 'of');
  const firm = pieces.slice(0, of);
  const place = pieces.slice(of + 1);
  if (of < 2 || firm.some((p) => p.connector) || !SEA_TRADES.has(firm[firm.length - 1]?.text ?? '')) return null;
  if (place.length === 0 || place.length > MAX_PLACE_WORDS || place.some((p) => p.connector)) return null;
  return isPlace(join(place)) ? [firm, place] : null;
}
