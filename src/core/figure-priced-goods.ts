// "Wholesale egg prices rose 49% from a year earlier" is no reading of "consumer prices for
// rice rose 98.4%": a price's move or level is of the goods its sentence prices, and two
// sentences that each name what they price, never the same thing, measure two prices.
// figure-goods.ts tells tariffs apart by a fixed list of goods; a price may be of anything,
// so here the goods are the words the sentence puts before "prices" or after "prices of/for".

import { cachedPerFact } from './fact-cache';
import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';
import type { Fact, Quantity } from './types';

const BEFORE_PRICE = new RegExp(String.raw`\b(\p{Ll}{3,})${S}prices?\b`, 'gu');
// The sentence's first word is capitalised ("Egg prices rose 49%"), after a dateline or a
// quote mark too; a name elsewhere ("Apple prices") is no goods.
const FIRST_BEFORE_PRICE = new RegExp(String.raw`(?:^|[—–“"])${S_OPT}(\p{Lu}\p{Ll}{2,})${S}prices?\b`, 'gu');
const AFTER_PRICE = new RegExp(String.raw`\bprices?${S}(?:of|for)${S}(?:(?:the|a|an)${S})?(\p{Ll}{3,})`, 'gu');
// Words before "prices" that say where, when or how a price is taken, or a verb of it ("said
// prices", "kept prices"), not what it is of.
const NOT_GOODS = new Set(
  'the its their his her our your this that these those and but with which whose until after now said first core median target offer buyback weak steady cool consumer consumers producer producers wholesale retail supermarket supermarkets shop store market average record higher lower high low rising falling soaring share stock asking selling sale purchase import export world global spot futures benchmark fixed new current same such all any unit list base other some many most both few'.split(' '),
);

const VERB_FORM = /(?:ed|ing)$/u;

function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** The goods `sentence` names the prices of. */
export function pricedGoods(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const pattern of [BEFORE_PRICE, FIRST_BEFORE_PRICE, AFTER_PRICE]) {
    for (const m of sentence.matchAll(pattern)) {
      const word = (m[1] ?? '').toLowerCase();
      if (!NOT_GOODS.has(word) && !VERB_FORM.test(word)) out.add(singular(word));
    }
  }
  return out;
}

const storedGoods = cachedPerFact((fact) => pricedGoods(fact.where.sentence));

/** Whether a page share or sum `q` of `sentence` and the stored `fact` price goods that are
 *  never the same: both name some, none in common. */
export function pricesOfOtherGoods(sentence: string, q: Quantity, fact: Fact): boolean {
  if (!(q.form === 'percent' || q.form === 'money') || fact.quantity.form !== q.form) return false;
  const theirs = storedGoods(fact);
  if (theirs.size === 0) return false;
  const mine = pricedGoods(sentence);
  return mine.size > 0 && ![...mine].some((g) => theirs.has(g));
}
