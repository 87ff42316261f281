// "Pelagic Research Services of Buffalo, N.Y.", "Acme Logistics Group of Dayton, Ohio": a
// firm's name and "of" a town that its state or region follows says where the firm is, two
// names. A bank, a trust or an institution is often named for its town ("First National Bank
// of Omaha", "University of Buffalo"), so only a firm's own head word splits, and a country
// after "of" stays in ("Transportation Safety Board of Canada"). Beside name-body-of-place,
// which splits a bank the page also writes alone.

import { isCountry } from './name-body-of-place';
import type { Piece } from './name-pieces';
import { stateOfAbbreviation } from './state-abbreviations';

const FIRM_WORDS = new Set([
  'Services', 'Systems', 'Technologies', 'Industries', 'Partners', 'Associates', 'Solutions', 'Laboratories', 'Labs',
  'Enterprises', 'Logistics', 'Consulting', 'Engineering', 'Group', 'Company', 'Corporation', 'Corp', 'Inc',
]);
// ", N.Y.", ", Ohio", ", New South Wales": the region after the town.
const REGION_AFTER = /^,[ \t\u00a0]+(\p{Lu}[\p{L}.]*(?:[ \t\u00a0]\p{Lu}[\p{L}.]*){0,2})/u;

const join = (pieces: readonly Piece[]): string => pieces.map((p) => p.text).join(' ');

/** The firm and its town (one or two words), or null, for a candidate's pieces; `isPlace`
 *  knows regions. */
export function firmOfTown(pieces: Piece[], text: string, isPlace: (name: string) => boolean): [Piece[], Piece[]] | null {
  const of = pieces.findIndex((p) => p.connector && p.text === 'of');
  const body = pieces.slice(0, of);
  const town = pieces.slice(of + 1);
  if (of < 2 || body.some((p) => p.connector) || !FIRM_WORDS.has(body[body.length - 1]?.text ?? '')) return null;
  if (town.length === 0 || town.length > 2 || town.some((p) => p.connector) || isCountry(join(town))) return null;
  // A state's abbreviation or a known region after it says the word before is a town
  // ("Worcester, Mass.", "Akron, Ohio"), though the lexicon may not know the town.
  const region = REGION_AFTER.exec(text.slice(town[town.length - 1]?.end ?? 0))?.[1] ?? '';
  return stateOfAbbreviation(region) !== undefined || isPlace(region) ? [body, town] : null;
}
