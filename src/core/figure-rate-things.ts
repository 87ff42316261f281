// Whether two rates per time are of one thing: "about $400 million an hour in delayed goods"
// restates "held up about $9.6 billion of goods a day", but "The port handled 2,400 containers
// a day" is not "The factory ships 100 containers an hour", however exactly the two convert. A
// rate is set against another per another unit of time only when their sentences share a
// content word or a name besides the figures themselves.

import type { Fact, Quantity } from './types';

const WORD = /[\p{L}][\p{L}'’-]*/gu;
// Words any rate is said with, and the units of time a rate is per.
const NOT_CONTENT = new Set(
  'about above after again against also among around because been before being below between both could down during each every from further have having here into just more most much nearly only other over same some such than that their them then there these they this those through under until very were what when where which while whom with would will said says told according estimated estimate estimates about roughly almost least hour hours day days week weeks month months year years daily weekly hourly cost costs worth value'.split(' '),
);

function things(sentence: string, q: Quantity): Set<string> {
  const text = `${sentence.slice(0, q.start)} ${sentence.slice(q.end)}`;
  const out = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase().replace(/['’]s?$/, '');
    if (w.length < 4 || NOT_CONTENT.has(w)) continue;
    out.add(w.replace(/(?:ies|es|s|ed|ing)$/u, ''));
  }
  return out;
}

/** Whether the page's rate `q` in `sentence` and the stored `fact` share a word of what they are of. */
export function ratesOfOneThing(sentence: string, q: Quantity, fact: Fact): boolean {
  const stored = things(fact.where.sentence, fact.quantity);
  return [...things(sentence, q)].some((w) => stored.has(w));
}
