// Pay raises: a share said as a raise of pay, offered, asked for or won ("a 40% raise", "raises
// of 25%", "raise base pay by 25%", "lowered its demand for a raise to 36%", "raised its offer to
// 21% from 17.5%"). The clause around such a share often names nothing else it measures (the
// contract's term, the talks), so without a mark of its own a raise could not meet the stored
// one, and any other share of the story (a vote, a stock's move) could. An offer or a demand
// with no word of pay ("GM and Ford have offered 20%, and Stellantis 17.5%") is a raise where the
// sentence before speaks of one.

import { isShare } from './quantity-kinds';
import type { Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

/** Marks a share that is a raise of pay in its measure word list; the similarity keeps it
 *  apart from any share not so marked. */
export const PAY_RAISE = 'pay-raise';

const PAY = String.raw`(?:pay|wages?|salar(?:y|ies))`;
// The noun: "a raise", "a pay rise", "wage increases"; "rise" and "increase" alone are any
// figure's ("inflation could rise to 3%", "an increase of 5% in prices").
const RAISE_NOUN = String.raw`(?:raise|(?:pay|wage|salary)${S}(?:rise|increase))`;
// Right after the share: "a 23% raise", "a 5% pay rise".
const RAISE_AFTER = new RegExp(String.raw`^${S}(?:${PAY}${S})?raises?\b|^${S}${RAISE_NOUN}s?\b`, 'i');
// Right before it: "raises of 25%", "a raise to 36%", "raise base pay by 25%".
const RAISE_BEFORE = new RegExp(
  String.raw`(?:\b(?:a|an|the|its|their)${S}(?:\p{Ll}+${S})?${RAISE_NOUN}${S}(?:of|to)|\b${RAISE_NOUN}s${S}of|\braise[sd]?${S}(?:\p{Ll}+${S}){0,2}${PAY}${S}by)${S}(?:a${S}|an${S})?(?:about${S})?$`,
  'iu',
);
// An offer or a demand: "have offered 20%", "had asked for 40%", "its offer to 21%".
const OFFER_BEFORE = new RegExp(String.raw`\b(?:offer(?:s|ed)?|asked${S}for|demand(?:s|ed)?)(?:${S}to)?${S}(?:a${S}|an${S})?$`, 'i');
// The sentence before speaks of a raise of pay.
const RAISE_SAID = new RegExp(String.raw`\braises?${S}(?:of\b|to\b|over\b)|\b(?:a|an)${S}(?:[\d.]+%${S})?(?:${PAY}${S})?raise\b|\braise[sd]?${S}(?:\p{Ll}+${S}){0,2}${PAY}\b`, 'iu');
// What joins a share to a raise before it in one breath: "21% from 17.5%", "to 36% over the
// contract, from 40%", "offered 20% over four and a half years, and Stellantis 17.5%", "kept
// theirs at 20%".
const FROM_BEFORE = new RegExp(String.raw`%[^;:.]{0,40}?${S}from${S}$`);
const LISTED_BEFORE = new RegExp(String.raw`%[^;:.]{0,60}?,${S}and${S}\p{Lu}[\p{L}'’.]*(?:${S}\p{Lu}[\p{L}'’.]*)?${S}$`, 'u');
// "raised its offer to 21% from 17.5%, and GM and Ford kept theirs at 20%": the others' own.
const THEIRS_BEFORE = new RegExp(String.raw`%[^;:.]{0,80}?\b(?:theirs|ours|hers|his|its${S}own)${S}(?:at|to)${S}$`);

// What the share is said to be of, right after it (and its raise noun): "a 5% raise in the sales
// tax", "a raise of 2% in the water level", "offered 20% off", "offered 30% of the shares",
// "demanded a 25% stake", "a 12% raise to its dividend" (what a firm pays out or charges is
// raised "to" as pay is not). A raise "in" pay, a year or the contract is still one.
// Before such a word, what makes it pay ("their hourly rates") or a verb of what the raise is
// for ("to cover rent"); after it, the people it names ("for toll collectors", "for budget
// analysts"): those are raises of pay.
const NOT_PAID_OUT = String.raw`(?:${PAY}|hourly|base|overtime|starting|cover|offset|match|meet|beat|outpace|counter|combat|ease|afford|pay)`;
const OTHER_THING = new RegExp(
  String.raw`^(?:${S}(?:${PAY}${S})?(?:raises?|rises?|increases?))?${S}(?:(?:in|on)${S}(?:(?:the|its|their|a|an)${S})?(?!(?:the|its|their|a|an|${PAY}|base|first|second|third|fourth|final|last|next|each|every|years?|contract|deal|agreement|talks)\b)\p{Ll})|^${S}(?:off|of|stakes?|discount|shares?|equity|cut|reduction)\b` +
    String.raw`|^(?:${S}(?:raises?|rises?|increases?))?${S}(?:to|for)${S}(?:(?:the|its|their|a|an)${S})?(?:(?!${NOT_PAID_OUT}\b)\p{Ll}+${S})?(?:dividends?|payouts?|buybacks?|prices?|fares?|rents?|fees?|tuition|taxe?s?|tariffs?|premiums?|rates?|tolls?|budgets?|forecasts?|guidance|targets?|capital|spending)\b(?!${S}\p{Ll}*(?:ers|ors|ists|ysts|ians|men|women|staff|clerks|agents|officials)\b)`,
  'u',
);

/** PAY_RAISE for a share of `sentence` that is a raise of pay; `before` is the sentence before. */
export function payRaise(sentence: string, q: Pick<Quantity, 'form' | 'unit' | 'start' | 'end'>, before = ''): string | null {
  if (!isShare(q as Quantity)) return null;
  return isRaiseAt(sentence, q.start, q.end, before) ? PAY_RAISE : null;
}

function isRaiseAt(sentence: string, start: number, end: number, before: string): boolean {
  const head = sentence.slice(0, start);
  if (OTHER_THING.test(sentence.slice(end))) return false;
  if (RAISE_AFTER.test(sentence.slice(end)) || RAISE_BEFORE.test(head)) return true;
  if (OFFER_BEFORE.test(head) && (RAISE_SAID.test(head) || RAISE_SAID.test(sentence.slice(end)) || RAISE_SAID.test(before))) return true;
  // A share set beside a raise before it in the sentence is the same raise at another time or
  // of another party.
  if (![FROM_BEFORE, LISTED_BEFORE, THEIRS_BEFORE].some((r) => r.test(head))) return false;
  const previous = [...head.matchAll(/\d(?:[\d.,]*\d)?%/g)].pop();
  return previous !== undefined && isRaiseAt(sentence, previous.index, previous.index + previous[0].length, before);
}
