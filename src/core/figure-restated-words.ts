// "with enough oxygen for 96 hours" restates the stored "It carried enough oxygen for 96
// hours", and "45 minutes into its dive" the stored "45 minutes into its dive": a length, a
// share, a sum or a date is only compared when both name what it is of by a word of the
// topic lexicon, and "oxygen" or "dive" is none. The same value in the same unit, with a
// content word of its clause in common, is that naming: measureSimilarity takes it as a topic
// both sides share (its `sameWords`), and every conflict it checks (whose figure, which kind
// of reading, a price of one, a step of a deal) still holds. Equal values only (or one rounding
// the other, figure-rounded-values.ts), so it can only agree.

import { cachedPerFact } from './fact-cache';
import type { Measured } from './figure-measured';
import { FUNCTION_WORDS, stemmed } from './function-words';
import { sameValueInUnit } from './figure-same-value';
import { roundedSameValue } from './figure-rounded-values';
import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';
import { clauseAround } from './measure-clauses';
import { commonHeadWord } from './figure-head-words';
import { elapsedAnchor } from './figure-elapsed-anchors';
import { yearlessSameDay } from './figure-yearless-days';
import type { Fact, Quantity } from './types';

const ABSTRACT = /^(?:duration|date|percent|money:)/;
// Words that say nothing of what a figure is of, and verbs any event's time is said with
// ("began on Feb. 21" is the day of an outage as of an attack).
const NOT_CONTENT = new Set([
  ...FUNCTION_WORDS,
  ...'year years month months week weeks days hours minutes percent almost roughly least began begin start end took take came come happen occur made make held hold went'.split(' '),
]);

// Where and whose a figure is, not what it is of: the clause's subject ("The city council
// approved $2 million" and "The city council set aside $2 million for a library"), a place or
// time it is set in ("in the county", "at the plant", "over the winter", "last season"), and
// the move of any share ("rose 12%"). A town, a firm or a team has many figures of one value.
const SUBJECT = new RegExp(String.raw`^${S_OPT}(?:the|a|an|its|their)${S}(?:\p{Ll}+${S})?\p{Ll}+`, 'iu');
const SETTINGS = [
  new RegExp(String.raw`\b(?:in|at|across|throughout|around|near|over)${S}(?:the|its|their|this|that)${S}(?:\p{Ll}+${S})?\p{Ll}+`, 'giu'),
  new RegExp(String.raw`\b(?:last|next|this|past|previous|coming)${S}(?:season|year|week|month|quarter|summer|winter|spring|autumn|night|time)s?\b`, 'giu'),
];
const MOVES = new Set('rose rise rises risen fell fall falls fallen grew grow grows climbed climb dropped drop jumped jump'.split(' '));
// How a figure is put, not what it is of: "in a range of 4.00%-4.25%" of growth is no rate's
// range, and "the estimate was not $1.7 billion to $1.9 billion" no stored estimate of a cost.
const HOW_SAID = new Set('range ranges estimate estimates estimated expect expects expected forecast forecasts'.split(' '));

function contentWords(sentence: string, start: number, end: number): Set<string> {
  const clause = clauseAround(sentence, start, end);
  let text = `${clause.text.slice(0, start - clause.offset)} ${clause.text.slice(end - clause.offset)} ${elapsedAnchor(sentence, start, end)}`; // figure-elapsed-anchors.ts
  // The sentence's own subject only: a clause after "until" or "with" opens on no subject.
  if (clause.offset === 0) text = text.replace(SUBJECT, ' ');
  for (const setting of SETTINGS) text = text.replace(setting, ' ');
  const out = new Set<string>();
  // Names are left to the owner rules (figure-institutions.ts): "The United States paid $12.5
  // million for the gas" is no restatement of its pledge of $12.5 million.
  for (const m of text.matchAll(/\p{Ll}{4,}/gu)) {
    if (m.index > 0 && /\p{L}/u.test(text[m.index - 1] ?? '')) continue;
    const w = stemmed(m[0]);
    if (!NOT_CONTENT.has(m[0]) && !NOT_CONTENT.has(w) && !MOVES.has(m[0]) && !HOW_SAID.has(m[0]) && w.length >= 3) out.add(w);
  }
  return out;
}

// A date has no value (types.ts): its day is what is the same. The rest is the restated
// totals' test (figure-same-value.ts), which sees counts only and so no dates.
// The stored side's words are its sentence's alone: read once per fact.
const storedContentWords = cachedPerFact((fact) => contentWords(fact.where.sentence, fact.where.start, fact.where.end));

function sameValue(q: Quantity, fact: Quantity): boolean {
  if (q.kind === 'date') return q.iso !== undefined && (q.iso === fact.iso || yearlessSameDay(q.iso, fact.iso)); // figure-yearless-days.ts
  return sameValueInUnit(q, fact) || roundedSameValue(q, fact); // figure-rounded-values.ts
}

/** Whether the abstract page figure `q` of `sentence` has the value of the stored `fact` and
 *  a content word of its clause in common: measureSimilarity's `sameWords`. */
export function restatedInSameWords(sentence: string, q: Quantity, fact: Fact, page: Measured, stored: Measured): boolean {
  if (!ABSTRACT.test(page.family ?? '') || page.family !== stored.family || !sameValue(q, fact.quantity)) return false;
  // One group's share is not another's for both telling of trouble: where both name who gives
  // the figure and no one gives both, the words are left to measureSimilarity's speaker rule.
  if (page.speakers.size > 0 && stored.speakers.size > 0 && ![...page.speakers].some((s) => stored.speakers.has(s))) return false;
  const mine = contentWords(sentence, q.start, q.end);
  const theirs = storedContentWords(fact);
  return [...mine].some((w) => theirs.has(w)) || commonHeadWord({ sentence, ...q }, fact.where) !== null || commonHeadWord(fact.where, { sentence, ...q }) !== null;
}
