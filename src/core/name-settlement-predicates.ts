// "Lamesa, founded in 1903, has a population of 9,000", "Tulia is a farming town of 4,000":
// what the sentence says of a name may be that it is a settlement, past one apposition after
// it. Only a settlement's noun closing its phrase: "is a city council member", "is a town
// planner" and "is a small-town bank" say nothing of the name. Used by mention-types.ts, where
// an unknown lone name would otherwise default to a body ("founded" reads as a firm's).
// A population is a count of people ("of 9,000", "of about 1.2 million"), not a firm's
// "population of users" or "population data".

import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';

// The apposition stays on the name's line too.
const APPOSITIVE = /^,[^,.;:\n]{1,60},/u;
// The predicate stays on the name's line: a heading's name is no settlement of the paragraph's.
const SETTLEMENT = new RegExp(
  String.raw`^${S}(?:(?:has|had)${S}(?:a${S})?population(?=${S_OPT}[,.;]|${S}of${S}(?:[\p{Ll}]+${S}){0,3}?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a|an)${S}(?:hundred|thousand|million)\b))|(?:is|was|remains)${S}(?:a|an)${S}(?:[\p{Ll}-]+${S}){0,2}(?:town|city|village|hamlet|suburb|municipality|settlement|borough|township)(?=${S_OPT}[,.;]|${S}(?:of|in|on|near|with|that|where|whose|known|best)\b))`,
  'u',
);

/** Whether `after`, the text after a name, says the name is a settlement. */
export function settlementPredicate(after: string): boolean {
  return SETTLEMENT.test(after.replace(APPOSITIVE, ''));
}
