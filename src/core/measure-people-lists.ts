// A count whose noun opens a list of kinds of people counts them all, people in general:
// "About 97,000 delegates, observers and journalists registered" is the count of "about 97,000
// people registered for the summit", not of delegates alone. One noun alone still counts its
// own kind ("97,000 delegates", "97,000 visitors").

import type { Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

/** Marks a count of several kinds of people, read as people in general (figure-measured.ts). */
export const PEOPLE_OF_KINDS = 'people-of-kinds';

// ", observers and journalists", ", observers, staff and journalists", "and observers".
const KINDS_AFTER = new RegExp(String.raw`^(?:,${S}\p{Ll}+s)*,?${S}(?:and|or)${S}\p{Ll}+s\b(?!${S}of\b)`, 'u');
// The kinds: nouns for people, not things ("delegates, cars and buses").
const PEOPLE = /\b(?:delegates|observers|journalists|reporters|visitors|spectators|fans|officials|diplomats|activists|staff|members|workers|volunteers|athletes|residents|students|guests|participants|negotiators|ministers|lobbyists|scientists)\b/g;

// "40,000 members, and officials said …", "40,000 fans and officials expect …": two nouns where
// the second opens a clause of its own are no list. A comma before the one "and" joins clauses,
// and a verb of saying or expecting right after the second noun makes it that clause's subject.
const CLAUSE_JOIN = new RegExp(String.raw`^,${S}(?:and|or)${S}`);
const SAYS_AFTER = new RegExp(
  String.raw`^${S}(?:(?:have|had|also|later)${S})?(?:said|say|says|told|tell|expect|expects|expected|warned|warn|warns|fear|fears|feared|hope|hopes|hoped|believe|believes|believed|added|noted|estimated|estimate|predicted|predict|insisted|argued|reported|worried|complained)\b`,
);

/** PEOPLE_OF_KINDS for a count of `sentence` whose noun opens a list of kinds of people. */
export function peopleOfKinds(sentence: string, q: Pick<Quantity, 'form' | 'kind' | 'unit' | 'end'>): string | null {
  if (q.form !== 'count' || q.kind !== 'number' || q.unit === null) return null;
  const after = sentence.slice(q.end);
  const list = KINDS_AFTER.exec(after);
  if (list === null) return null;
  const listed = list[0].match(/\p{Ll}+s\b/gu) ?? [];
  if (listed.length === 1 && (CLAUSE_JOIN.test(list[0]) || SAYS_AFTER.test(after.slice(list[0].length)))) return null;
  // Every noun of the list, the count's own among them, is a kind of people.
  const nouns = [q.unit.toLowerCase(), ...listed];
  return nouns.every((n) => (n.match(PEOPLE) ?? []).length > 0) ? PEOPLE_OF_KINDS : null;
}
