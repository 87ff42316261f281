// What a figure measures: its unit noun plus the key words of the clause it sits in.
// "left 1,210 people dead in Israel" → ["people", "dead", "israel"]. Two figures can only
// be compared when they measure the same thing, so this is the first half of a comparison.
// A small lexicon rather than a parser: news states figures with a handful of verbs and
// nouns (killed, held, released, displaced; ceasefire, war, turnout, aid, budget…).

import { EVENT_LEMMAS, TOPIC_WORDS, demonymPlace, eventLemma, topicLemma } from './measure-lexicon';
import { ageMarks, apposedRole, neededCount, partOfWhole, phraseTopics, shareBaseLength, sinceDate, withoutRecords } from './measure-phrases';
import { findQuantities, isDuration } from './quantities';
import type { Quantity } from './types';

export { demonymPlace, eventLemma, topicLemma } from './measure-lexicon';

// How long something lasts ("the 42-day truce", "will last six weeks") and how long it has
// run so far ("three weeks into the truce", "after 15 months of war") are different
// measures: a truce's length says nothing of how long it has held. Marked in the measure
// with a word no text yields, so figure-match can keep the two apart.
export const LENGTH_MARK = 'duration:length';
export const ELAPSED_MARK = 'duration:elapsed';
const COMPOUND_DURATION = /[-\u2010\u2011][A-Za-z]+(?:[-\u2010\u2011]long)?$/;
const LENGTH_BEFORE = /\b(?:will[^\S\n]+)?last(?:s|ing)?[^\S\n]+(?:for[^\S\n]+)?$/i;
const LENGTH_AFTER = /^[^\S\n]+long\b/i;
const ELAPSED_BEFORE = /\b(?:after|following|past|holding[^\S\n]+for|held[^\S\n]+for)[^\S\n]+$/i;
const ELAPSED_AFTER = /^[^\S\n]+(?:into|since|ago)\b/i;

/** LENGTH_MARK, ELAPSED_MARK or null (the sentence does not say) for a duration. */
export function durationAspect(sentence: string, q: Quantity): string | null {
  if (!isDuration(q)) return null;
  const before = sentence.slice(Math.max(0, q.start - 40), q.start);
  const after = sentence.slice(q.end, q.end + 20);
  if (COMPOUND_DURATION.test(q.text) || LENGTH_BEFORE.test(before) || LENGTH_AFTER.test(after)) return LENGTH_MARK;
  if (ELAPSED_BEFORE.test(before) || ELAPSED_AFTER.test(after)) return ELAPSED_MARK;
  return null;
}

/** Words by which a figure points back at the one before: "The ministry's previous tally,
 *  published at the end of January, stood at 47,460". */
const REFERS_BACK = /\b(?:tally|figure|count|total|estimate)\b/i;

// Where a clause ends. A comma before a digit is inside a date ("October 7, 2023"); time
// prepositions open a new clause ("the ceasefire agreement | following 15 months of war").
const CLAUSE_BREAK =
  /[;:()\u2014]|\s[\u2013-]\s|,(?!\s?\d)|\s(?:and|but|while|whereas|with|in exchange for|compared (?:with|to)|versus|vs\.?|after|before|following|since|during|amid)\s/g;

/** Text before a figure that sets it against the one before it. */
const SET_AGAINST_BEFORE = /(?:\b(?:rather[^\S\n]+than|instead[^\S\n]+of|on[^\S\n]+top[^\S\n]+of)|,[^\S\n]*not)[^\S\n]+(?:the[^\S\n]+)?$/i;

/** Text before a figure that makes it the other side of an exchange. */
const EXCHANGED = /\bin exchange for (?:the )?$/i;

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

// A place is a capitalised name after a preposition of place: "in Gaza", "in the Jenin area",
// "from the West Bank", and "In Mexico, cases rose …" where the preposition opens the
// sentence (a capital "In" inside one is a title's). Subjects ("Israel reported") are
// actors, not where the figure is.
const PLACE =
  /(?:\b(?:in|at|from|into|near|across|inside|outside|throughout|toward|towards)|(?<=(?:^|[.!?:"“‘(\u2014])[^\S\n]*)(?:In|At|From|Near|Across|Inside|Outside|Throughout))\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|occupied)\s+)?((?:[A-Z][\p{L}'’.]*(?![\p{L}-]))(?:\s+[A-Z][\p{L}'’.]*(?![\p{L}-]))*)/gu;
const NOT_PLACE = new Set(
  ('january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday president prime minister secretary ' +
    'mr mrs ms dr general').split(' '),
);
// "in Palestinian areas": a demonym adjective before a lower-case noun is not a place.
const DEMONYM_ADJECTIVE = /^[A-Z][a-z]+(?:ian|ese|i|ish|an)$/;

// "lifted off from Florida", "launched from Kennedy Space Center": where a journey set out
// from is not where what it carried is counted; one launch site may be named for another.
const DEPARTED_BEFORE = /\b(?:(?:lift(?:s|ed)?|lifting|t(?:ook|akes?|aking)|blast(?:s|ed)?|blasting|set(?:s|ting)?)[^\S\n]+off|launch(?:es|ed|ing)?|depart(?:s|ed|ing)?)[^\S\n]+$/i;

const JOINED_GAP = /^[^\S\n]*(?:(?:and|or|,)[^\S\n]*)?$/;

export function placesIn(clause: string): string[] {
  const places: string[] = [];
  let departedEnd = -1;
  for (const m of clause.matchAll(PLACE)) {
    // "launches from Cape Canaveral and from Vandenberg Space Force Base in California": the
    // places joined to a departure, or placing it, are the departure's too.
    const joined = departedEnd >= 0 && JOINED_GAP.test(clause.slice(departedEnd, m.index)) && /^(?:from|in)\b/.test(m[0]);
    if (joined || (m[0].startsWith('from') && DEPARTED_BEFORE.test(clause.slice(Math.max(0, m.index - 30), m.index)))) {
      departedEnd = m.index + m[0].length;
      continue;
    }
    departedEnd = -1;
    const name = (m[1] ?? '').replace(/['’]s$/, '').replace(/\.$/, '');
    const first = name.split(/\s+/)[0] ?? '';
    if (NOT_PLACE.has(first.toLowerCase())) continue;
    const next = clause.slice((m.index ?? 0) + m[0].length).match(/^\s+([a-z]\S*)/);
    if (!name.includes(' ') && DEMONYM_ADJECTIVE.test(name) && next) continue;
    places.push(name.toLowerCase());
  }
  return places;
}

// "followed by Uganda with 6,400 and Sierra Leone with 3,900": each figure of a list is the
// named place's before it ("with" is a clause break, so the clause alone holds no place).
const LISTED_BEFORE = /(?:^|\bby|\band|[,;])[^\S\n]+((?:\p{Lu}[\p{L}'’.-]*[^\S\n]+)*\p{Lu}[\p{L}'’.-]*)[^\S\n]+with[^\S\n]+$/u;

function listedPlace(sentence: string, start: number): string | null {
  const name = LISTED_BEFORE.exec(sentence.slice(Math.max(0, start - 60), start))?.[1];
  return name === undefined || NOT_PLACE.has((name.split(/\s+/)[0] ?? '').toLowerCase()) ? null : name.toLowerCase();
}

const WORD = /[\p{L}][\p{L}'’-]*/gu;

// Where a capital opens a sentence rather than a name.
const OPENS = /(?:^|[.!?:"“‘(\u2014][^\S\n]*)$/;

/** Lower-case words of a text, possessives dropped; hyphenated words also give their parts.
 *  A capitalised word inside a sentence is a name and keeps its case, so no key word is
 *  read in it ("Levy" is a hostage, not a levy). `preceding` is the sentence before `text`. */
function words(text: string, preceding = ''): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const name = /^\p{Lu}\p{Ll}/u.test(m[0]) && !OPENS.test(`${preceding}${text.slice(0, m.index)}`.slice(-3));
    const w = (name ? m[0] : m[0].toLowerCase()).replace(/['’]s?$/, '');
    out.push(w);
    if (w.includes('-') && !(w in TOPIC_WORDS)) out.push(...w.split('-').filter(Boolean));
  }
  return out;
}

/** The topic lemma of each of `ws`, null for other words; a "rate" after another topic
 *  word is that topic's ("the unemployment rate" is unemployment, not the interest rate),
 *  and a central bank's "target range" is the range of its rate ("lowered its target range
 *  to 4.00%-4.25%"); a range alone says nothing of what it is of. */
function topicsIn(ws: readonly string[]): (string | null)[] {
  return ws.map((w, i) => {
    if (w === 'range' && ws[i - 1] === 'target') return 'rate';
    // "its worst result", "their best results": what one got at a vote; "preliminary results
    // published" are a count's, "as a result" no figure's.
    if (/^results?$/.test(w) && !ws.slice(Math.max(0, i - 3), i).some((x) => /^(?:its|their|his|her)$/.test(x))) return null;
    // "a relief for Klingbeil" is a feeling; aid is "relief" without an article.
    if (w === 'relief' && /^(?:a|an)$/.test(ws[i - 1] ?? '')) return null;
    // "was elected chancellor" is an election; "the newly elected Bundestag" one that is over.
    if (w === 'elected' && /^(?:the|a|an|its|their|his|her|[a-z]+ly)$/.test(ws[i - 1] ?? '')) return null;
    const t = topicLemma(w);
    if (t === 'euro' && /^(?:zone|area)$/.test(ws[i + 1] ?? '')) return null;
    if (t === 'fine' && /^payments?$/.test(ws[i + 1] ?? '')) return 'penalty-payment';
    return t === 'rate' && i > 0 && topicLemma(ws[i - 1] as string) !== null ? null : t;
  });
}

// Breaks that set one moment against another: "began firing on Oct. 8, a day after the
// attack", "flying home on Feb. 8" after "due to meet Witkoff".
const TIME_BREAK = /^\s(?:after|before|following|since)\s$/;
const RELATIVE = /^\s*(?:which|that|who|whose|when|where)\b/;
// Where a clause's last noun phrase opens.
const DETERMINER = /\b(?:the|a|an|its|their|his|her|this)\s/gi;

/** Topics of the clause nearest to the one at `offset` that names any: the closest before
 *  it, else the closest after. A date's clause takes none across a break that sets another
 *  moment against it: the day something began "a day after the attack" is not the attack's. */
function nearestTopics(full: string, offset: number, date = false): string[] {
  // The base a share is taken of is no topic here either: "Fines can reach 10% of turnover,
  // and 20% for repeat offences" are fines.
  const sentence = withoutShareBases(full);
  const clauses: { start: number; topics: string[]; moment: number; last: string[] }[] = [];
  let start = 0;
  let moment = 0;
  const topicsOf = (from: number, end: number): string[] =>
    topicsIn(words(sentence.slice(from, end), sentence.slice(0, from))).filter((t): t is string => t !== null);
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

/** Whether a figure of `sentence` starting at `start` may measure what the one before it
 *  did: a bare number with a word that points back before it. Context kept for later (the
 *  page report) carries the sentence before only for these. */
export function pointsBack(sentence: string, q: Pick<Quantity, 'kind' | 'unit'>, start: number): boolean {
  return q.kind === 'number' && q.unit === null && REFERS_BACK.test(sentence.slice(0, start));
}

/**
 * Unit + key words of the clause holding `q` (offsets of `q` are within `sentence`):
 * event lemmas ("dead", "held", "release", "returned", "displaced", …), topic lemmas
 * ("ceasefire", "attack", "turnout"…) and place names, all lower-case, no repeats.
 * Dates have no unit; their measure is the event words around them. `before` is the
 * sentence before, for a figure that points back at the one there.
 */
export function measureOf(sentence: string, q: Quantity, before = ''): string[] {
  const out: string[] = [];
  const add = (w: string | null): void => {
    if (w && !out.includes(w)) out.push(w);
  };
  if (q.kind === 'number') add(q.unit);
  add(apposedRole(sentence, q));
  add(partOfWhole(sentence, q));
  add(neededCount(sentence, q));
  for (const w of ageMarks(sentence, q)) add(w);
  add(durationAspect(sentence, q));
  const clause = clauseAround(sentence, q.start, q.end);
  const qStart = q.start - clause.offset;
  const qEnd = q.end - clause.offset;
  // Words of the figure itself ("forty-two", "million") are not key words, except its unit;
  // nor are the topics of the base a share is taken of ("1% of revenue").
  const after = clause.text.slice(Math.max(0, qEnd));
  const baseEnd = shareBaseLength(q, after);
  const unitWords = q.unit ? words(q.unit) : [];
  const baseWords = words(after.slice(0, baseEnd));
  const clauseWords = [...unitWords, ...words(clause.text.slice(0, Math.max(0, qStart)), sentence.slice(0, clause.offset)), ...words(after.slice(baseEnd))];
  const clauseTopics = topicsIn(clauseWords);
  clauseWords.forEach((w, i) => add(eventLemma(w) ?? clauseTopics[i] ?? null));
  for (const w of baseWords) add(eventLemma(w));
  // Both sides of an exchange go free: "in exchange for 1,900 prisoners" (the phrase is a
  // clause break, so the verb it belongs to is in another clause).
  if (EXCHANGED.test(sentence.slice(0, q.start))) add('release');
  // A bare figure whose clause says nothing of what happened takes it from the sentence's
  // subject: "The death toll in Gaza, after 15 months of war, has risen to 48,200".
  if (q.kind === 'number' && q.unit === null && !clauseWords.some((w) => eventLemma(w) !== null)) {
    for (const w of words(sentence.slice(0, clause.offset))) add(eventLemma(w));
  }
  // What the nearest clause that says is about holds for a clause that does not:
  // "The Jenin operation, which began on January 21" is the operation's date; "inflation,
  // which reached 3.6% in June" is inflation, whatever else the sentence speaks of.
  if (clauseTopics.every((t) => t === null) && !sinceDate(sentence, q)) for (const t of nearestTopics(sentence, clause.offset, q.kind === 'date')) add(t);
  // What a phrase says beside that: "The truce took effect on January 19" is the truce's
  // day and the day something took effect; "a 60-day deadline" is "60 days to comply".
  for (const t of phraseTopics(sentence, q)) add(t);
  // A bare figure that says nothing of what happened but points back ("the previous tally
  // stood at 47,460") measures what the last figure of the sentence before (`before`) did.
  if (before !== '' && pointsBack(sentence, q, q.start) && !out.some((w) => EVENT_LEMMAS.has(w))) {
    const previous = findQuantities(before).filter((p) => p.kind === 'number').pop();
    if (previous) for (const w of measureOf(before, previous)) add(w);
  }
  // "voting to give the agency $24.9 billion, … rather than the $18.8 billion the White House
  // asked for", "released another $6 million, on top of the $11 million sent in March", "put
  // the share at 46.7%, not 48.1%": the figure set against another measures what that one does.
  if (q.kind === 'number' && SET_AGAINST_BEFORE.test(sentence.slice(Math.max(0, q.start - 20), q.start))) {
    const other = findQuantities(sentence).filter((p) => p.end <= q.start && p.form === q.form).pop();
    if (other) for (const w of measureOf(sentence, other)) add(w);
  }
  if (q.unit) add(demonymPlace(q.unit));
  // Likewise a place said once for the whole sentence:
  // "the deaths of 50 militants and the detention of 100 individuals in the Jenin area".
  const places = placesIn(clause.text);
  const listed = listedPlace(sentence, q.start);
  if (listed !== null) places.push(listed);
  for (const place of places.length > 0 ? places : placesIn(withoutRecords(sentence))) add(place);
  return out;
}
