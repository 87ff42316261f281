// Who a pay raise is for: "gave its executives a 12% raise", "Nurses at the hospital won a 12%
// raise", "a 5% raise for its drivers". A raise for executives is not the nurses' raise of the
// same share, though both are raises of pay (measure-raises.ts) and may come from one employer.
// Words for a workforce as a whole ("workers", "staff", "members", "the union") name no kind
// of its own: the nurses are the hospital's workers, so those mark nothing.

import { SUBJECT_MARK } from './figure-subjects';
import type { Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

const DET = String.raw`(?:(?:its|their|the|his|her|our|all|some|most|\d[\d,]*)${S})?`;
// Words that are no receiver, nor stand between the verb and it: "gave final approval to a 5%
// raise", "offered to accept a 3% raise", "gave in and offered a 4% raise", "gave him a raise".
const NOT_KIND = String.raw`(?:to|and|or|but|in|on|at|by|for|with|of|from|into|than|as|it|him|her|them|us|me|you|itself|himself|herself|themselves|ourselves|yourselves)\b`;
// A verb of giving with its receiver before the raise: "gave its top executives a 12% raise".
// The receiver is a common noun; "gave Smith a raise" names a person of no kind said.
const GIVEN_TO = new RegExp(String.raw`\b(?:gave|give|gives|giving|granted|grants|grant|offered|offers|offer|promised|promises|handed)${S}${DET}(?:(?!${NOT_KIND})\p{Ll}+${S}){0,2}?(?!${NOT_KIND})(\p{Ll}+)${S}(?:a|an)${S}(?:about${S})?$`, 'u');
// The receiver as the subject of winning or getting the raise, opening the sentence: "Nurses at
// the hospital won a 12% raise", "The city's bus drivers will get raises of 8%". A capital past
// the first word is a name, not a kind: "The Teamsters won a 20% raise" is the union's.
const WON_BY = new RegExp(
  String.raw`^(?:\p{Lu}\p{Ll}*${S})?${DET}(?:\p{L}+(?:['’]s)?${S}){0,2}?(\p{Ll}\p{L}*s|(?<=^)\p{Lu}\p{L}*s)(?:${S}(?:at|of|in|from)${S}[^,;:\d\n]{1,40}?)?${S}(?:(?:will|would|have|has|had|also|each)${S})*(?:won|win|get|gets|got|received|receive|secured|secure)${S}(?:(?:a|an|raises${S}of)${S})?(?:about${S})?$`,
  'u',
);
// The receiver after the raise: "a 5% raise for its drivers".
const FOR_AFTER = new RegExp(String.raw`^${S}(?:pay${S})?(?:raises?|rises?|increases?)${S}for${S}${DET}(?:\p{Ll}+${S}){0,2}(\p{Ll}+s)\b(?!${S}(?:of|in)\b)`, 'u');

// A whole workforce, or no people at all.
const WHOLE = /^(?:workers?|employees?|staff|members?|workforce|unions?|people|everyone|them|us|years?|months?|weeks?|days?|hours?)$/i;
// Those who run a firm, by any of their names, are one kind.
const MANAGERS = /^(?:executives?|managers?|bosses|boss|directors?|ceos?|chiefs?|officers?|leaders?|leadership|management)$/i;

/** Marks for whom the raise at `q` in `sentence` is, if the sentence says it of a kind. */
export function raiseRecipients(sentence: string, q: Pick<Quantity, 'start' | 'end'>): string[] {
  const head = sentence.slice(0, q.start);
  const noun = GIVEN_TO.exec(head)?.[1] ?? WON_BY.exec(head)?.[1] ?? FOR_AFTER.exec(sentence.slice(q.end))?.[1];
  if (noun === undefined || WHOLE.test(noun)) return [];
  const kind = MANAGERS.test(noun) ? 'executive' : noun.toLowerCase().replace(/s$/, '');
  return [`${SUBJECT_MARK}raise-for-${kind}`];
}
