// A city or region joined by a hyphen to one plain capitalised word nothing else knows is one
// name, a company's or a place's ("Cleveland-Cliffs", "Bristol-Myers", "Tokyo-Mitsubishi"):
// the pairs news writes of two sides ("Israel-Hamas", "U.S.-China", "Russia-Ukraine") set a
// country, a capital or a known body beside the other side, and two known places
// ("Dallas-Houston") stay two names. Used by name-pieces.ts before it splits a compound.

import { PLAIN_WORD } from './name-pieces';

export interface CityCompoundInput {
  isName: (name: string) => boolean;
  isNonName: (name: string) => boolean;
  /** A city or first-level region of the places list (no country, no capital). */
  isMinorPlace?: (name: string) => boolean;
}

/** Whether the hyphen's parts are one city or region and one unknown plain word. */
export function isCityCompound(parts: string[], input: CityCompoundInput): boolean {
  const minor = input.isMinorPlace;
  if (minor === undefined || parts.length !== 2) return false;
  const [a = '', b = ''] = parts;
  const unknown = (p: string): boolean => PLAIN_WORD.test(p) && !input.isName(p) && !input.isNonName(p);
  return (minor(a) && unknown(b)) || (unknown(a) && minor(b));
}
