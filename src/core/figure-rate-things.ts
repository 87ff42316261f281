// Whether two rates per time are of one thing: "about $400 million an hour in delayed goods"
// restates "held up about $9.6 billion of goods a day", but "The port handled 2,400 containers
// a day" is not "The factory ships 100 containers an hour", however exactly the two convert. A
// rate is set against another per another unit of time only when their sentences share a
// content word or a name besides the figures themselves.

import { cachedPerFact } from './fact-cache';
import { FUNCTION_WORDS, stemmed } from './function-words';
import { INLINE_SPACE as S } from './inline-space';
import type { Fact, Quantity } from './types';

const WORD = /[\p{L}][\p{L}'’-]*/gu;
// Words any rate is said with, and the units of time a rate is per.
const NOT_CONTENT = new Set([
  ...FUNCTION_WORDS,
  ...'every according estimated estimate estimates about roughly almost least hour hours day days week weeks month months year years daily weekly hourly cost costs worth value'.split(' '),
]);
// Words of when and of who told it, which any two rates may share ("in January", "officials
// said", "according to the report"), and the words of sizes ("millions", "the highest since").
const NOT_THINGS = new Set(
  'january february march april june july august september october november december monday tuesday wednesday thursday friday saturday sunday today yesterday earlier later last next since official officials reported report reports reporters announced added statement spokesman spokeswoman spokesperson across million millions billion billions thousand thousands percent highest lowest record expected compared'.split(' '),
);

// Who told it: ", the ministry said", ", according to the government", "According to X,".
const TOLD_BY = new RegExp(
  String.raw`,${S}(?:according${S}to\b[^,.;:]*|[^,.;:]{0,50}?\b(?:said|says|reported|reports|estimated|announced)\b)(?=[^\p{L}\d]*$|,)|^according${S}to\b[^,]*,`,
  'giu',
);

function things(sentence: string, q: Quantity): Set<string> {
  const text = `${sentence.slice(0, q.start)} ${sentence.slice(q.end)}`.replace(TOLD_BY, ' ');
  const out = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase().replace(/['’]s?$/, '');
    if (w.length < 4 || NOT_CONTENT.has(w) || NOT_THINGS.has(w)) continue;
    out.add(stemmed(w));
  }
  return out;
}

// The stored side's words are its sentence's alone: read once per fact.
const storedThings = cachedPerFact((fact) => things(fact.where.sentence, fact.quantity));

/** Whether the page's rate `q` in `sentence` and the stored `fact` share a word of what they are of. */
export function ratesOfOneThing(sentence: string, q: Quantity, fact: Fact): boolean {
  const stored = storedThings(fact);
  return [...things(sentence, q)].some((w) => stored.has(w));
}
