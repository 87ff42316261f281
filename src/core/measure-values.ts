// What a takeover's value is taken over: the equity alone ("values its equity at about $14.1
// billion", "about $14.1 billion for the equity") or the equity with the debt the buyer takes
// on ("$14.9 billion including its debt"). News gives both for one deal; they are two
// measures, so neither is a different reading of the other.

import type { Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

/** Marks of the two bases (lemmas of their own in the lexicon). */
export const EQUITY_VALUE = 'equity-value';
export const WITH_DEBT = 'with-debt';

const AMOUNT = String.raw`(?:(?:about|some|around|roughly|nearly|almost|approximately)${S})?`;
// "$14.9 billion including its debt", "$14.9 billion with debt", "$20 billion including net debt".
const WITH_DEBT_AFTER = new RegExp(String.raw`^${S}(?:including|with|plus|counting)${S}(?:(?:its|their|the|his|her)${S})?(?:net${S})?debts?\b`, 'i');
// "$14.9 billion, debt included", "an enterprise value of $14.9 billion".
const DEBT_INCLUDED_AFTER = new RegExp(String.raw`^,?${S}(?:net${S})?debt${S}included\b`, 'i');
const ENTERPRISE_BEFORE = new RegExp(String.raw`\benterprise${S}value${S}of${S}${AMOUNT}$`, 'i');
// "about $14.1 billion for the equity", "$14.1 billion of equity".
const EQUITY_AFTER = new RegExp(String.raw`^${S}(?:for|of)${S}(?:(?:the|its|their)${S})?equity\b`, 'i');
// "values the steelmaker's equity at about $14.1 billion", "an equity value of $14.1 billion".
const EQUITY_BEFORE = new RegExp(String.raw`\bequity(?:${S}value)?${S}(?:at|of)${S}${AMOUNT}$`, 'i');

/** The basis mark of a sum that says what its value is taken over, or null. */
export function valueBasis(sentence: string, q: Quantity): string | null {
  if (q.form !== 'money') return null;
  const before = sentence.slice(Math.max(0, q.start - 40), q.start);
  const after = sentence.slice(q.end, q.end + 40);
  if (WITH_DEBT_AFTER.test(after) || DEBT_INCLUDED_AFTER.test(after) || ENTERPRISE_BEFORE.test(before)) return WITH_DEBT;
  return EQUITY_AFTER.test(after) || EQUITY_BEFORE.test(before) ? EQUITY_VALUE : null;
}

/** Whether two sums' topics take their values over different bases. */
export function basesConflict(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return (a.has(EQUITY_VALUE) && b.has(WITH_DEBT)) || (a.has(WITH_DEBT) && b.has(EQUITY_VALUE));
}
