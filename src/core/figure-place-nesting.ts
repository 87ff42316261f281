// Whether one place is inside another: a city or first-level region (places-data.ts) and the
// country it is in (figure-place-countries-data.ts, from the same packages), so "near Sagaing"
// is in "central Myanmar". A figure of one event's own size (its magnitude) is the event's
// wherever inside it a sentence places it; a count is not (a state's cases are not a
// country's), so figure-similarity.ts asks this only of those.

import { COUNTRIES } from './countries-data';
import { PLACE_COUNTRY_CODES } from './figure-place-countries-data';
import { CITY_AND_REGION_NAMES } from './places-data';

let inCountries: Map<string, Set<string>> | null = null;
let countryCodes: Map<string, string> | null = null;

/** Lower-case place name → the alpha-2 codes of the countries a place of that name is in. */
function placeCountries(): Map<string, Set<string>> {
  if (inCountries) return inCountries;
  inCountries = new Map();
  // The codes run in the order of the names (scripts/make-place-countries.mjs).
  const codes = PLACE_COUNTRY_CODES.split('|');
  CITY_AND_REGION_NAMES.split('|').forEach((name, i) => {
    const key = name.toLowerCase();
    const set = inCountries?.get(key) ?? new Set<string>();
    for (const code of (codes[i] ?? '').split(',')) if (code !== '') set.add(code);
    inCountries?.set(key, set);
  });
  return inCountries;
}

/** Lower-case country name (common, official or another spelling) → its alpha-2 code. */
function countries(): Map<string, string> {
  if (countryCodes) return countryCodes;
  countryCodes = new Map();
  for (const [common, official, code, spellings] of COUNTRIES) {
    for (const name of [common, official, ...spellings]) if (name.length > 2) countryCodes.set(name.toLowerCase(), code);
  }
  return countryCodes;
}

/** Whether the place `inner` is in the country `outer` (both lower-case, as measures hold them). */
export function placeIn(inner: string, outer: string): boolean {
  const code = countries().get(outer);
  return code !== undefined && (placeCountries().get(inner)?.has(code) ?? false);
}

/** Whether some place of one set is inside some place of the other. */
export function placesNested(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return [...a].some((x) => [...b].some((y) => placeIn(x, y) || placeIn(y, x)));
}
