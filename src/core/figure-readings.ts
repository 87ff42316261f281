// What kind of reading a share or a sum is: a target ("the bank's 2% target"), a forecast
// ("staff see inflation at 2.1% this year") or an outcome ("inflation was 2% in June"), and
// for which year a forecast is. A target met is not the reading that met it, and a forecast
// for 2027 says nothing of one for 2025, though all of them measure "inflation".

import { dateOfNextSubject } from './figure-next-subjects';
import { INLINE_SPACE as S } from './inline-space';

/** Marks in a figure's measure word list; no text yields them. */
export const TARGET_MARK = 'reading:target';
export const FORECAST_MARK = 'reading:forecast';
/** What a count could come to ("deaths could exceed 10,000"), not a count of what happened. */
export const POSSIBLE_MARK = 'reading:possible';
export const YEAR_MARK = 'year:';
/** A date of the next of something that recurs ("the council next meets on Oct. 30"). */
export const NEXT_MARK = 'reading:next';

// The figure's own noun says it is a goal: "2% target", "the Fed's 2% goal", "a target of 2%";
// or a bar to clear, set as beforehand: "the 5% threshold", "a hurdle of 5%".
// A "target range" is not: it is the range the rate is set in ("a 3.75%-4.00% target range").
const TARGET_AFTER = new RegExp(String.raw`^${S}(?:target|goal|objective|threshold|hurdle)\b(?!${S}range\b)`, 'i');
const TARGET_BEFORE = new RegExp(String.raw`\b(?:target|goal|objective|threshold|hurdle)${S}of${S}$`, 'i');
// Words that make what follows them in the sentence a forecast.
const FORECAST =
  /\b(?:forecasts?|forecasted|project(?:s|ed|ions?)|expects?|expected|expecting|sees?|seen|saw|predicts?|predicted|predictions?|outlook)\b/i;
// "The USGS estimated that deaths could exceed 10,000", "the toll may rise to 2,000".
const POSSIBLE_BEFORE = new RegExp(String.raw`\b(?:could|may|might)${S}(?:well${S})?(?:exceed|reach|top|surpass|pass|rise${S}(?:to|above)|climb${S}(?:to|above)|be${S}as${S}high${S}as)${S}$`, 'i');
// The year a forecast is for, written right after it: "1.2% in 2025", "at year-end".
const YEAR_PHRASE = String.raw`${S}(?:(?:(?:in|for|by|through)${S}(?:the${S}end${S}of${S})?|at${S}the${S}end${S}of${S})(\d{4}|this${S}year|next${S}year|last${S}year)\b|(this|next|last)${S}year\b|at${S}(year)-end\b)`;
const YEAR_AFTER = new RegExp(`^${YEAR_PHRASE}`, 'i');
const YEAR_ANYWHERE = new RegExp(YEAR_PHRASE, 'gi');
const RELATIVE: Record<string, number> = { this: 0, year: 0, next: 1, last: -1 };

// "next" a few words before a date: "next meets on", "its next meeting on", "the bank's next
// decision is due on".
const NEXT_BEFORE = new RegExp(String.raw`\bnext(?:${S}[\w'’-]+){0,4}${S}$`, 'i');

/** Reading marks for the figure at [start, end) of `sentence`. */
export function readingMarks(sentence: string, start: number, end: number, kind: 'number' | 'date' = 'number'): string[] {
  const out: string[] = [];
  if (kind === 'date') return NEXT_BEFORE.test(sentence.slice(Math.max(0, start - 50), start)) || dateOfNextSubject(sentence, start) ? [NEXT_MARK] : []; // figure-next-subjects.ts
  const after = sentence.slice(end, end + 40);
  if (TARGET_AFTER.test(after) || TARGET_BEFORE.test(sentence.slice(Math.max(0, start - 20), start))) out.push(TARGET_MARK);
  else if (POSSIBLE_BEFORE.test(sentence.slice(Math.max(0, start - 40), start))) out.push(POSSIBLE_MARK);
  else if (FORECAST.test(sentence.slice(0, start))) out.push(FORECAST_MARK);
  const year = yearSaid(YEAR_AFTER.exec(after)) ?? (out.includes(FORECAST_MARK) ? sentenceYear(sentence, start) : undefined);
  if (year !== undefined) out.push(`${YEAR_MARK}${/^\d{4}$/.test(year) ? year : `rel${RELATIVE[year] ?? 0}`}`);
  return out;
}

function yearSaid(m: RegExpExecArray | RegExpMatchArray | null): string | undefined {
  return (m?.[1] ?? m?.[2] ?? m?.[3])?.toLowerCase().split(/\s+/)[0];
}

/** A forecast that does not say its year shares the sentence's: "Officials see unemployment
 *  at 4.5% at year-end and economic growth of 1.6%". The nearest said before it, else after. */
function sentenceYear(sentence: string, start: number): string | undefined {
  let found: string | undefined;
  for (const m of sentence.matchAll(YEAR_ANYWHERE)) {
    if (m.index >= start && found !== undefined) break;
    found = yearSaid(m);
  }
  return found;
}

/** The year a forecast is for: an absolute year, or one relative to the article's
 *  ("rel0" this year), resolved when the article's date is known. */
export interface ForYear {
  year: number | null;
  offset: number | null;
}

export function forYear(mark: string, articleDate?: string): ForYear {
  const said = mark.slice(YEAR_MARK.length);
  if (!said.startsWith('rel')) return { year: Number(said), offset: null };
  const offset = Number(said.slice(3));
  const base = articleDate ? Number(articleDate.slice(0, 4)) : NaN;
  return { year: Number.isNaN(base) ? null : base + offset, offset };
}

/** Two figures for different years measure different things. */
export function yearsConflict(a: ForYear | null, b: ForYear | null): boolean {
  if (a === null || b === null) return false;
  if (a.year !== null && b.year !== null) return a.year !== b.year;
  return a.offset !== null && b.offset !== null && a.offset !== b.offset;
}

// What may stand between a figure and the date that labels it: the figure's noun and
// its modifiers ("two more quarter-point cuts by the end of 2025"), then a preposition.
const LABEL_BETWEEN =
  new RegExp(String.raw`^(?:${S}[a-z][\w'’-]*){0,3}${S}(?:in|for|by|through|by${S}the${S}end${S}of|at${S}the${S}end${S}of)${S}$`);
// A period a figure is measured over: "rose 2.6% in the 12 months to July".
const WINDOW_BEFORE = new RegExp(String.raw`\b(?:in|over)${S}the${S}(?:past${S}|last${S})?$`, 'i');
const WINDOW_AFTER = new RegExp(String.raw`^${S}(?:to|through|ending|ended)${S}(?:the${S}end${S}of${S})?[A-Z]`);
// The first or last part of something, a figure is counted in: "delivered 10,000 tonnes in
// the first two weeks of the truce" is not how long the truce has held.
const OPENING_SPAN_BEFORE = new RegExp(String.raw`\b(?:in|over|during|within)${S}the${S}(?:first|last|final|opening)${S}$`, 'i');
const OPENING_SPAN_AFTER = new RegExp(String.raw`^${S}of[^\S\n]`);

/** A date that labels the figure before it ("1.9% in 2027", "two more cuts by the end of
 *  2025") says when that figure is for; it is not itself a figure to compare. */
export function labelsFigure(sentence: string, previousEnd: number, start: number): boolean {
  return LABEL_BETWEEN.test(sentence.slice(previousEnd, start));
}

/** A length of time a figure is measured over ("in the 12 months to August") says what
 *  the figure is; it is not itself a figure to compare. */
export function measuringWindow(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 20), start);
  const after = sentence.slice(end, end + 30);
  return (WINDOW_BEFORE.test(before) && WINDOW_AFTER.test(after)) || (OPENING_SPAN_BEFORE.test(before) && OPENING_SPAN_AFTER.test(after));
}

// A security named by its maturity: "the 10-year Treasury note", "two-year bonds", "the
// 30-year fixed-rate mortgage"; up to two words between the length and the noun.
const SECURITY_AFTER =
  new RegExp(String.raw`^(?:${S}[\w-]+){0,2}?${S}(?:notes?|bonds?|bills?|gilts?|Treasury|Treasuries|Bunds?|yields?|mortgages?)\b`);

/** A length written as one word before a security ("10-year") is that security's name, as
 *  "the 42-day truce" is not: no figure anyone checks against a store. */
export function namesSecurity(sentence: string, q: { text: string; end: number }): boolean {
  return /[-\u2010\u2011]/.test(q.text) && SECURITY_AFTER.test(sentence.slice(q.end, q.end + 40));
}

// A share right after a verb of movement is a change on the day ("the euro fell 1.3%"), not
// a level ("tariffs of 50%", "a 15% tariff").
const MOVE_BEFORE = new RegExp(String.raw`\b(?:rose|rise|rises|fell|fall|falls|gained|gains|lost|loses|climbed|dropped|slipped|jumped|slid|grew|shrank|increased|decreased|up|down)${S}$`, 'i');

const MOVE_DOWN = /^(?:fell|fall|falls|lost|loses|dropped|slipped|slid|shrank|decreased|down)$/i;

/** Whether the share at `start` of `sentence` is a move rather than a level. */
export function isMove(sentence: string, start: number): boolean {
  return MOVE_BEFORE.test(sentence.slice(Math.max(0, start - 12), start));
}

/** Which way a move goes: "shares rose 0.6%" up, "shares fell 1%" down; null for a level. */
export function moveDirection(sentence: string, start: number): 'up' | 'down' | null {
  const verb = MOVE_BEFORE.exec(sentence.slice(Math.max(0, start - 12), start))?.[0].trim();
  if (verb === undefined) return null;
  return MOVE_DOWN.test(verb) ? 'down' : 'up';
}

// A sum over several things: "fined Google €8 billion in four cases", "$60 million in total".
// "712 cases had been confirmed in 24 states" adds up as "800 cases in 25 states" does.
const TOTAL_AFTER =
  new RegExp(String.raw`^${S}(?:(?:(?:(?:have|has|had)${S}been|were|are|was|is)${S}[a-z]+ed${S})?(?:in|across|over)${S}(?:[1-9]\d{0,2}|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|separate)${S}(?:[a-z-]+${S}){0,2}(?!(?:its|his|this|was|has|is|as|us|less)\b)[a-z]+s\b|in${S}(?:total|all)\b|combined\b|altogether\b)`, 'i');
const TOTAL_BEFORE = new RegExp(String.raw`\b(?:a${S}total${S}of|totall?ing|together${S}(?:spent|paid|received|earned))${S}$`, 'i');
// A count over a whole continent or country adds up its parts as "in 26 countries" does:
// "the number of confirmed infections on the continent this year to 28,140".
const WHOLE_AREA_BEFORE = new RegExp(String.raw`\b(?:(?:on|across|throughout)${S}the${S}continent|continent-wide|nationwide|worldwide)\b[^.;:]*$`, 'i');

// "the Palisades and Eaton fires burned more than 37,000 acres": two named things of one kind,
// the subject of the verb right before the figure, did it between them.
const JOINED_SUBJECT_BEFORE = new RegExp(String.raw`\bthe${S}\p{Lu}[\p{L}'’-]*${S}and${S}\p{Lu}[\p{L}'’-]*${S}\p{Ll}+s${S}\p{Ll}+ed${S}$`, 'u');

/** Whether the figure at [start, end) of `sentence` adds up several ("€8 billion in four
 *  antitrust cases"): a total is no reading of any one of them. */
export function isTotal(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 80), start);
  if (JOINED_SUBJECT_BEFORE.test(before)) return true;
  return TOTAL_AFTER.test(sentence.slice(end, end + 60)) || TOTAL_BEFORE.test(sentence.slice(Math.max(0, start - 30), start)) || WHOLE_AREA_BEFORE.test(sentence.slice(Math.max(0, start - 40), start));
}

// "800 cases in 25 states, up from 712 in late March": the figure after "up from" is an
// earlier reading of the sentence's first figure of its form, a total if that one is.
const EARLIER_VALUE_BEFORE = new RegExp(String.raw`\b(?:up|down|rising|falling|risen|fallen|rose|fell)${S}from${S}$`, 'i');

/** Whether the figure [start, end) of `sentence` adds up several, itself or as the earlier
 *  value of a total before it (`figures`: the sentence's figures, in order). */
export function readsAsTotal(sentence: string, q: { start: number; end: number; form: string }, figures: readonly { start: number; end: number; form: string; kind: string }[]): boolean {
  if (isTotal(sentence, q.start, q.end)) return true;
  if (!EARLIER_VALUE_BEFORE.test(sentence.slice(Math.max(0, q.start - 16), q.start))) return false;
  const first = figures.find((p) => p.end <= q.start && p.form === q.form && p.kind === 'number');
  return first !== undefined && isTotal(sentence, first.start, first.end);
}
