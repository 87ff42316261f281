// "about 400 miles south of Corner Brook, Newfoundland.", "a farm near Kirkwall, Orkney;": in
// running text, one capitalised word that closes a sentence or clause after a place a
// preposition of place opened and a comma names its region or country, a place. A list of
// people ("with Adams, Baker.") has no such preposition; "in Paris, Johnson said" goes on.

const REGION_AFTER =
  /\b(?:in|at|near|outside|from|(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of)\s+(?:\p{Lu}[\p{L}.’'-]*\s){0,2}\p{Lu}[\p{L}’'-]*, (\p{Lu}\p{Ll}{2,})(?=[.;](?:\s|$)|[.;]?$)/gu;

/** Start and end of every one-word region closing a clause after a place and a comma. */
export function regionsAfterPlaces(text: string): Map<number, number> {
  const out = new Map<number, number>();
  REGION_AFTER.lastIndex = 0;
  for (let m = REGION_AFTER.exec(text); m; m = REGION_AFTER.exec(text)) {
    const region = m[1] ?? '';
    const start = m.index + m[0].length - region.length;
    out.set(start, start + region.length);
  }
  return out;
}
