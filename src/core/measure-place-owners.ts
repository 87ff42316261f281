// Places said with a possessive (measure-places.ts). "in U.S. Steel's union plants", "in the
// Justice Department's case": a name that owns the noun after it is as often a body as a place,
// so it is a place only where the gazetteer knows it ("in Gaza's hospitals", "in Lebanon's
// south") or its form says so ("Gaines County's clinic"). And a known place that owns a name
// ("in Myanmar's Sagaing region", "in Gaza's Jabalia camp") holds that name: the figure is
// there, not in a place called "Myanmar's Sagaing".

import { structuralType } from './name-form';
import { cityAndRegionNames, placeVariants } from './places';
import { INLINE_SPACE as S } from './inline-space';

let knownPlaces: Set<string> | null = null;
const placeKey = (name: string): string => name.toLowerCase().replace(/\./g, '');

/** Whether `name` is a place the gazetteer knows or whose form says it is one. */
export function isKnownPlace(name: string): boolean {
  knownPlaces ??= new Set([...placeVariants().map(([alias]) => alias), ...cityAndRegionNames()].map(placeKey));
  return knownPlaces.has(placeKey(name)) || structuralType(name.split(/\s+/)) === 'place';
}

// The nouns after a name that say it is a place: "Sagaing region", "Jabalia camp".
const PLACE_NOUN = /^(?:regions?|provinces?|states?|districts?|townships?|county|counties|camps?|city|town|village|area|governorate|prefecture|oblast|division|municipality)$/;
const POSSESSIVE = new RegExp(String.raw`^(.+?)['’]s${S}(\S.*)$`, 'u');
// An owner whose last word is a company's or a body's: "U.S. Steel", "Ford Motor Co.", "Acme Corp".
const BODY_OWNER = /(?:^|\s)(?:Steel|Motors?|Co\.?|Corp\.?|Inc\.?|Ltd\.?|Group|Company|Corporation|Industries|Energy|Airlines|Holdings)$/;

/** The place a capitalised run `name` names, `next` the lower-case word after it: a known
 *  place's own place where the run is "Owner's Name" ("Myanmar's Sagaing" → "Sagaing"), the
 *  owner itself where what it owns is no place ("Israel's Knesset" → "Israel"); `name` else. */
export function ownedPlace(name: string, next: string | undefined): string {
  const m = POSSESSIVE.exec(name);
  if (m === null) return name;
  const [, owner = '', owned = ''] = m;
  // A body's own site ("in U.S. Steel's Gary Works plant") is where the site is, as "Gary
  // Works" alone is; the body's name is no part of the place.
  if (!isKnownPlace(owner)) return BODY_OWNER.test(owner) ? owned : name;
  return isKnownPlace(owned) || PLACE_NOUN.test(next ?? '') ? owned : owner;
}
