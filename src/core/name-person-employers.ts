// "Its lawyer, Michael Carlinsky of Quinn Emanuel, said": a name of two or more words right
// after a person named in full and "of" is whom the person works for, a body, where nothing
// else types it (a two-word name would default to a person's) and a trade's role introduced
// the person ("lawyer", "analyst", "economist"). Without the role "of" names a home town as
// often ("John Smith of Cedar Rapids said"), and an office's holder is of a place ("Mayor
// Jane Doe of Cedar Rapids"); with it, a state after the name ("… of Palm Bay, Fla.") or a
// town's last word ("… of Grand Rapids") still makes it a town. Used by mention-types.ts.

import type { Accepted } from './mention-types';
import type { EntityType } from './types';

const OF_GAP = /^[ \t\u00a0]+of[ \t\u00a0]+$/;
const ROLE_BEFORE = /\b(\p{Ll}+),?[ \t\u00a0]+$/u;
const TRADE_ROLES = new Set([
  'lawyer', 'lawyers', 'attorney', 'attorneys', 'counsel', 'analyst', 'analysts', 'economist', 'economists',
  'strategist', 'strategists', 'partner', 'partners', 'researcher', 'researchers', 'scientist', 'scientists',
  'consultant', 'consultants', 'executive', 'executives', 'engineer', 'engineers', 'banker', 'bankers', 'trader', 'traders',
]);
// Last words of towns and neighbourhoods that no place head types ("Grand Rapids", "Mountain
// View", "Bay Ridge", "Coral Gables", "Woods Hole"): a home town, whatever the role.
const TOWN_ENDINGS = new Set([
  'Rapids', 'Ridge', 'Lawn', 'Gables', 'Hole', 'View', 'Grove', 'Woods', 'Springs', 'Meadows', 'Bluffs', 'Shores',
  'Lakes', 'Cove', 'Landing', 'Junction', 'Township', 'Glen', 'Point',
]);
// ", Fla." or ", Ohio" after the name: a town and its state.
const STATE_AFTER = /^,[ \t\u00a0]+(\p{Lu}[\p{L}.]*(?:[ \t\u00a0]\p{Lu}[\p{L}.]*)?)/u;

/** Whether `a` is the body a person named in full just before it ("X Y of …") works for. */
export function employerOfPerson(
  a: Accepted,
  accepted: readonly Accepted[],
  text: string,
  typeOf: (b: Accepted) => EntityType,
  isPlace: (name: string) => boolean,
): boolean {
  if (a.words.length < 2 || a.cand.titled || TOWN_ENDINGS.has(a.words[a.words.length - 1] ?? '')) return false;
  const person = accepted.find((b) => b.end < a.start && b.end >= a.start - 8 && OF_GAP.test(text.slice(b.end, a.start)));
  if (person === undefined || person.words.length < 2 || typeOf(person) !== 'person') return false;
  const role = ROLE_BEFORE.exec(text.slice(Math.max(0, person.start - 30), person.start))?.[1];
  if (role === undefined || !TRADE_ROLES.has(role)) return false;
  const state = STATE_AFTER.exec(text.slice(a.end, a.end + 24))?.[1];
  return state === undefined || !(isPlace(state) || isPlace(state.replace(/\.$/, '')));
}
