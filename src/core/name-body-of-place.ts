// "First Republic Bank of San Francisco dropped 62% … First Republic Bank said": where the
// page writes a body's name alone too, its "of" and a known place after it say where the body
// is, two names. Only then: "Bank of America" and "Federal Reserve Bank of San Francisco" are
// whole names, and a page that names them does not write "Federal Reserve Bank" alone.
// Only a firm's name (a bank's, a company's) "of" a town, too: a firm "of" a country is its full
// name ("Royal Bank of Canada … Royal Bank said", "National Bank of Greece"), as is a court's
// or an institute's of any place ("the Supreme Court of Canada", "the Art Institute of Chicago").

import { COUNTRIES } from './countries-data';
import type { Piece } from './name-pieces';

const FIRM_HEADS = new Set(['Bank', 'Bancorp', 'Company', 'Corporation', 'Corp', 'Inc', 'Group', 'Holdings', 'Trust']);
let countries: Set<string> | null = null;
export const isCountry = (name: string): boolean =>
  (countries ??= new Set(COUNTRIES.flatMap(([common, official, , alt]) => [common, official, ...alt]))).has(name);

const join = (pieces: Piece[]): string => pieces.map((p) => p.text).join(' ');
const LETTER = /[\p{L}\p{N}]/u;
const OF_AFTER = /^\s+of\b/;

/** The body and its place ("First Republic Bank", "San Francisco") where the page writes the
 *  body's name somewhere without " of" after it; null otherwise. */
export function bodyOfPlace(pieces: Piece[], text: string, isPlace: (name: string) => boolean): [Piece[], Piece[]] | null {
  const of = pieces.findIndex((p) => p.connector && p.text === 'of');
  const body = pieces.slice(0, of);
  const place = pieces.slice(of + 1);
  if (of < 2 || body.some((p) => p.connector) || !FIRM_HEADS.has(body[body.length - 1]?.text ?? '')) return null;
  if (place.length === 0 || place.some((p) => p.connector) || !isPlace(join(place)) || isCountry(join(place))) return null;
  return writtenAlone(join(body.filter((p) => p.text !== 'The')), text) ? [body, place] : null;
}

function writtenAlone(name: string, text: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (!LETTER.test(text.charAt(at - 1)) && !LETTER.test(text.charAt(end)) && !OF_AFTER.test(text.slice(end, end + 4))) return true;
  }
  return false;
}
