// The clauses of a sentence: the one a figure sits in, and the topics of the nearest clause
// that names any, for a figure whose own clause names none.

import { sumOnlyTopic } from './measure-lexicon';
import { shareBaseLength } from './measure-phrases';
import { topicsIn, words } from './measure-words';
import { WEEKDAY_COMMA_BEFORE_DATE } from './measure-weekday-dates';
import { findQuantities } from './quantities';

// Where a clause ends. A comma before digits is a thousands separator ("4,715") or inside a
// date ("October 7, 2023"), but one before a count opens a list's next clause ("3,085 people
// had been killed, 4,715 injured"); time
// prepositions open a new clause ("the ceasefire agreement | following 15 months of war"); an
// acronym in brackets is part of the name before it ("whose Christian Social Union (CSU) won").
// A weekday's comma before its date is none (measure-weekday-dates.ts), nor a colon between
// digits: "derailed at about 8:55 p.m. on Feb. 3" is one clause, a clock time's.
const CLAUSE_BREAK = new RegExp(
  String.raw`[;\u2014]|(?<!\d):(?!\d)|\((?!\p{Lu}[\p{L}/]{1,7}\))|(?<!\(\p{Lu}[\p{L}/]{1,7})\)|\s[\u2013-]\s|,(?!\d|\s?\d{4}\b|${WEEKDAY_COMMA_BEFORE_DATE})|\s(?:and|but|while|whereas|with|in exchange for|compared (?:with|to)|versus|vs\.?|after|before|following|since|during|amid)\s`,
  'gu',
);

/** The clause of `sentence` around [start, end): from the break before to the break after. */
export function clauseAround(sentence: string, start: number, end: number): { text: string; offset: number } {
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    const at = m.index;
    const after = at + m[0].length;
    if (after <= start) from = after;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return { text: sentence.slice(from, to), offset: from };
}

// Breaks that set one moment against another: "began firing on Oct. 8, a day after the
// attack", "flying home on Feb. 8" after "due to meet Witkoff".
const TIME_BREAK = /^\s(?:after|before|following|since)\s$/;
const RELATIVE = /^\s*(?:which|that|who|whose|when|where)\b/;
const WHOSE = /^\s*whose\b/;
// Where a clause's last noun phrase opens.
const DETERMINER = /\b(?:the|a|an|its|their|his|her|this)\s/gi;

/** Topics of the clause nearest to the one at `offset` that names any: the closest before
 *  it, else the closest after. A date's clause takes none across a break that sets another
 *  moment against it: the day something began "a day after the attack" is not the attack's.
 *  A figure that is no `sum` takes no topic of sums (sumOnlyTopic). */
export function nearestTopics(full: string, offset: number, date = false, sum = true): string[] {
  // The base a share is taken of is no topic here either: "Fines can reach 10% of turnover,
  // and 20% for repeat offences" are fines.
  const sentence = withoutShareBases(full);
  const clauses: { start: number; topics: string[]; moment: number; last: string[] }[] = [];
  let start = 0;
  let moment = 0;
  const topicsOf = (from: number, end: number): string[] => {
    const ws = words(sentence.slice(from, end), sentence.slice(0, from));
    return topicsIn(ws).filter((t, i): t is string => t !== null && (sum || !sumOnlyTopic(ws[i], t, date)));
  };
  const close = (end: number): void => {
    const determiner = [...sentence.slice(start, end).matchAll(DETERMINER)].pop();
    const last = determiner === undefined ? [] : topicsOf(start + determiner.index, end);
    clauses.push({ start, topics: topicsOf(start, end), moment, last });
  };
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    close(m.index);
    start = m.index + m[0].length;
    if (TIME_BREAK.test(m[0])) moment++;
  }
  close(sentence.length);
  const at = clauses.findIndex((c) => c.start === offset);
  const own = clauses[at]?.moment;
  const usable = (c: { topics: string[]; moment: number }) => c.topics.length > 0 && !(date && c.moment !== own);
  const before = clauses.slice(0, Math.max(0, at)).reverse().find(usable);
  // "the first phase of the cease-fire, which began on Jan. 19": a relative clause is of the
  // noun just before it, not of all its clause speaks of ("The meeting came as …").
  if (before !== undefined && before === clauses[at - 1] && before.last.length > 0 && RELATIVE.test(full.slice(offset))) return before.last;
  // "presented by Merz, the Bavarian premier Markus Söder, whose Christian Social Union (CSU)
  // won 37.2% in Bavaria": a "whose" clause has a subject of its own, of the noun just before
  // it; where that noun names no topic, the clauses before it say nothing of the figure.
  if (at > 0 && WHOSE.test(full.slice(offset)) && clauses[at - 1]?.topics.length === 0) return [];
  const after = clauses.slice(at + 1).find(usable);
  return (before ?? after)?.topics ?? [];
}

/** `sentence` with the base of each share blanked out, offsets kept. */
function withoutShareBases(sentence: string): string {
  let out = sentence;
  for (const q of findQuantities(sentence)) {
    const base = shareBaseLength(q, sentence.slice(q.end));
    if (base > 0) out = `${out.slice(0, q.end)}${' '.repeat(base)}${out.slice(q.end + base)}`;
  }
  return out;
}
