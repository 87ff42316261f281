// "$90 for a seat upgrade", "$3 million for a seat on the council": after "for a", the noun a
// price of one is of must be the thing bought. A noun after it makes it a modifier of what was
// bought ("a seat upgrade", "a ticket office", "a share buyback"), and a seat on a body that
// governs or judges is an office won, not one of a venue's seats ("paid $250,000 for a seat"
// and "$300 for a seat at the final" stay a seat's price).

import { INLINE_SPACE as S } from './inline-space';

const COMPOUND_HEAD = new RegExp(String.raw`^${S}(?:upgrades?|reservations?|selections?|changes?|belts?|fees?|holders?|sales?|buybacks?|splits?|offerings?|class|maps?|agents?|offices?|counters?|booths?|machines?|inspectors?|lists?|lottery|ballots?)(?![\w'’-])`, 'iu');
const OFFICE = new RegExp(String.raw`^${S}on${S}(?:(?:the|a|an|its|their|his|her)${S})?(?:[\p{L}-]+${S}){0,3}?(?:council|board|court|bench|senate|parliament|assembly|legislature|committee|commission|cabinet|panel|tribunal|congress)\b`, 'iu');

/** Whether the noun `noun`, followed by `after`, is no one thing a price is of. */
export function notOneBought(noun: string, after: string): boolean {
  return COMPOUND_HEAD.test(after) || (noun.toLowerCase() === 'seat' && OFFICE.test(after));
}
