// Given two figures known to measure the same thing, does the page's agree with the stored
// one? Agreement is the same value, an honest rounding of it, a bound it satisfies or the
// same duration; anything else differs, and a grown running count is an older snapshot.

import { dayInContext } from './dates';
import { withinAboutStep } from './figure-about-nearness';
import { estimateAboveFloor } from './figure-estimate-floors';
import { floorReading } from './figure-page-floors';
import { sameSideBounds } from './figure-same-side-bounds';
import { twoCeilings } from './figure-two-ceilings';
import { groupedFigure } from './grouped-number';
import { isDuration, toDays } from './quantity-kinds';
import type { Fact, Quantity, Verdict } from './types';

export interface Judgement {
  verdict: Verdict;
  reason: string;
}

type Bound = 'min' | 'above' | 'max' | 'below' | 'nearly' | 'approx';

const QUALIFIER_BOUND: Record<string, Bound> = {
  'at least': 'min', 'no fewer than': 'min', 'no less than': 'min', 'a minimum of': 'min',
  'more than': 'above', over: 'above', 'upwards of': 'above', 'in excess of': 'above', above: 'above',
  'up to': 'max', 'as many as': 'max', 'no more than': 'max', 'at most': 'max',
  'fewer than': 'below', 'less than': 'below', under: 'below', below: 'below',
  nearly: 'nearly', almost: 'nearly', 'close to': 'nearly', 'just under': 'nearly',
  some: 'approx', around: 'approx', about: 'approx', approximately: 'approx', roughly: 'approx',
  'an estimated': 'approx', estimated: 'approx', circa: 'approx', approx: 'approx',
};

const BOUND_WORDS: Record<Bound, string> = {
  min: 'at least', above: 'more than', max: 'up to', below: 'less than', nearly: 'nearly', approx: 'about',
};

// Counts that only grow while a war goes on: a larger page figure is a later count.
const RUNNING_COUNTS = new Set(['dead', 'wounded', 'displaced', 'detained', 'returned', 'evacuated', 'cases', 'hospitalized']);

/** Whether `events` (shared by two counts) make them a running count. */
export function runningCount(events: ReadonlySet<string>): boolean {
  return [...events].some((e) => RUNNING_COUNTS.has(e));
}
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A share said in words, "two-thirds", "one in five": a rounding of a percentage. */
function shareInWords(q: Quantity): boolean {
  return q.form === 'percent' && !/\d|%|per[^\S\n]?cent|pct/i.test(q.text);
}

/** A share in words is a rounding: it stands for percentages within two points of it (a
 *  tenth of it for small shares, so "one in ten" is 9–11%). */
function roundsShare(words: number, percent: number): boolean {
  return Math.abs(words - percent) <= Math.min(2, words * 0.1);
}

/** "47,498", "3.5%", "42 days", "$1.5bn", "$10-15 million", "two-thirds" (money and shares
 *  in words as written, qualifier dropped). */
export function formatFigure(q: Quantity, value: number | null = q.value): string {
  if (value === null) return q.text;
  // Points keep their unit: "25 basis points" is not "0.25%".
  if (q.form === 'money' || shareInWords(q) || /points?$/i.test(q.text) || (q.form === 'range' && q.unit !== null && /^[A-Z]{3}$/.test(q.unit))) {
    // A bound read from before the span (figure-bound-before.ts) is not in its text.
    const at = q.qualifier ? q.text.toLowerCase().indexOf(q.qualifier) : -1;
    return q.qualifier && at >= 0 ? q.text.slice(at + q.qualifier.length).trim() : q.text;
  }
  const n = groupedFigure(value);
  if (q.form === 'percent') return `${n}%`;
  if (q.high !== undefined && q.form === 'range') return `${n}–${groupedFigure(q.high)}${q.unit === '%' ? '%' : ''}`;
  return n;
}

/** "42-day" → "42 days", "six weeks" → "6 weeks", "1 month". */
function formatDuration(q: Quantity): string {
  const unit = (q.unit ?? 'day').replace(/s$/, '');
  const n = q.value ?? 0;
  const low = `${groupedFigure(n)} ${unit}${n === 1 ? '' : 's'}`;
  return q.high === undefined ? low : `${groupedFigure(n)}–${groupedFigure(q.high)} ${unit}s`;
}

/** "2023-10-07" → "7 Oct 2023"; "--02-04" → "4 Feb"; "2025" → "2025". */
export function formatIsoDate(iso: string): string {
  const m = /^(\d{4}|-)-?(\d{2})?-?(\d{2})?$/.exec(iso);
  if (!m) return iso;
  const [, year, month, day] = m;
  const parts = [day ? String(Number(day)) : null, month ? MONTHS[Number(month) - 1] : null, year && year !== '-' ? year : null];
  return parts.filter(Boolean).join(' ');
}

/** The step a number was rounded at: 1,200 → 100, 47,000 → 1,000, 3.5 → 0.1. */
function roundingStep(x: number): number {
  if (!Number.isInteger(x)) {
    const decimals = (String(x).split('.')[1] ?? '').length;
    return 10 ** -decimals;
  }
  let step = 1;
  while (x !== 0 && x % (step * 10) === 0) step *= 10;
  return step;
}

const COARSE_ROUNDING = 0.1;

/** Is `rounded` what `exact` becomes when rounded at `rounded`'s own step? With `coarse`
 *  false the rounding must keep two significant digits (1,200 for 1,210; not 50,000 for 47,498).
 *  A coarse one, of one significant digit, must still be near: its step is as large as the
 *  figure, so "about 100 million" would round anything from 50 million up, while a reader
 *  takes it for 90–110 million ("about 50,000" for 47,498 is, 78.8 million is not). */
export function isRoundingOf(rounded: number, exact: number, coarse: boolean): boolean {
  if (rounded === exact) return false;
  const step = roundingStep(rounded);
  if (step <= roundingStep(exact)) return false;
  if (Math.abs(rounded) / step < 10 && (!coarse || !same(rounded, exact, COARSE_ROUNDING))) return false;
  return Math.abs(Math.round(exact / step) * step - rounded) < step * 1e-6;
}

function same(a: number, b: number, relative: number): boolean {
  return Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * relative;
}

/** Stored figures with "over"/"more than" are bounds when round ("over 100 individuals"),
 *  small ("at least five people") or a duration ("holding for over two weeks"): a page
 *  figure the bound allows agrees, whether it is the same count or a later, larger one.
 *  "at least 47,498 deaths" is a precise count reported as a floor, and is that count: a
 *  later 48,200 is a newer tally, not one the stored figure vouches for. */
function storedBound(q: Quantity): Bound | null {
  const bound = q.qualifier ? QUALIFIER_BOUND[q.qualifier] : undefined;
  if (!bound || bound === 'approx' || bound === 'nearly' || q.value === null) return null;
  if (isDuration(q) || Math.abs(q.value) < 10) return bound;
  return roundingStep(q.value) >= 10 && Math.abs(q.value) / roundingStep(q.value) < 100 ? bound : null;
}

function satisfies(bound: Bound, x: number, v: number, storedApprox = false): boolean {
  switch (bound) {
    case 'min': return v >= x;
    case 'above': return v > x;
    case 'max': return v <= x;
    case 'below': return v < x;
    case 'nearly': return v <= x && v >= x * 0.9;
    // "About 50,000" rounds 47,498; "about $69 million" and "$72 million", given to the
    // same step, are two estimates; "about 1,900" is 1,900. A value the store itself gives as
    // an estimate to a finer step ("about 278 feet") is restated as it was: "about 300 feet",
    // one digit, is another estimate, where "about 280" would round it.
    case 'approx': return v === x || (same(v, x, 0.05) && roundingStep(x) !== roundingStep(v) && withinAboutStep(x, v, roundingStep(x), roundingStep(v))) || isRoundingOf(x, v, !storedApprox);
  }
}

/** `articleDate` is the stored article's: against a page date with its year and month, a
 *  stored day without a year is the day its article meant ("January 21" in February 2025).
 *  A year alone ("since 2002") is too loose a date to hold against an inferred year. */
function judgeDate(page: Quantity, stored: Quantity, articleDate: string | undefined): Judgement | null {
  if (!page.iso || !stored.iso) return null;
  const storedIso = /^\d{4}-\d{2}/.test(page.iso) ? (dayInContext(stored.iso, articleDate) ?? stored.iso) : stored.iso;
  const parts = (iso: string) => {
    const m = /^(\d{4}|-)-?(\d{2})?-?(\d{2})?/.exec(iso);
    return { year: m?.[1] && m[1] !== '-' ? m[1] : null, month: m?.[2] ?? null, day: m?.[3] ?? null };
  };
  const p = parts(page.iso);
  const s = parts(storedIso);
  const clash = (a: string | null, b: string | null) => a !== null && b !== null && a !== b;
  if (clash(p.year, s.year) || clash(p.month, s.month) || clash(p.day, s.day)) {
    return { verdict: 'differs', reason: `stored date is ${formatIsoDate(storedIso)}` };
  }
  const shared = (p.year && s.year ? 1 : 0) + (p.month && s.month ? 1 : 0) + (p.day && s.day ? 1 : 0);
  if (shared === 0) return null;
  return { verdict: 'agrees', reason: p.day && s.day ? 'same date' : p.month && s.month ? 'same month' : 'same year' };
}

/** The upper end of a range, in days for a duration; undefined for a single figure. */
function highOf(q: Quantity, duration: boolean): number | undefined {
  if (q.form !== 'range' || q.high === undefined) return undefined;
  return duration ? (toDays({ ...q, value: q.high }) ?? undefined) : q.high;
}

/** Figures of one measure stay within a factor of a few (a toll grows, a count is revised);
 *  beyond that the page speaks of something else (one incident's dead, one batch of hostages). */
const MAX_RATIO = 3;
function sameMagnitude(x: number, v: number): boolean {
  if (x === 0 || v === 0) return x === v;
  const ratio = Math.abs(x / v);
  return ratio <= MAX_RATIO && ratio >= 1 / MAX_RATIO;
}

function olderSnapshot(fact: Fact, x: number, v: number, events: ReadonlySet<string>): boolean {
  return fact.date !== undefined && x > v && [...events].some((e) => RUNNING_COUNTS.has(e));
}

/** A vote's tally is the same vote only with both sides equal: 11-1 is not 11-2. */
function judgeTally(page: Quantity, stored: Quantity): Judgement | null {
  if (page.form !== 'score' || stored.form !== 'score') return null;
  if (page.value === stored.value && page.high === stored.high) return { verdict: 'agrees', reason: 'same tally' };
  return { verdict: 'differs', reason: `stored tally is ${stored.text}` };
}

/** `events` are the event lemmas the two figures share (for the older-snapshot call);
 *  `anyMagnitude` lets figures known to be one measure differ by any factor. */
export function judgeFigures(page: Quantity, fact: Fact, events: ReadonlySet<string> = new Set(), anyMagnitude = false): Judgement | null {
  const stored = fact.quantity;
  if (page.kind === 'date' || stored.kind === 'date') {
    return page.kind === 'date' && stored.kind === 'date' ? judgeDate(page, stored, fact.date) : null;
  }
  if (page.value === null || stored.value === null) return null;
  if (page.form === 'score' || stored.form === 'score') return judgeTally(page, stored);
  const duration = isDuration(page);
  const x = duration ? toDays(page) : page.value;
  const v = duration ? toDays(stored) : stored.value;
  if (x === null || v === null) return null;
  if (!anyMagnitude && !sameMagnitude(x, v)) return null;
  const tolerance = duration ? 0.02 : 1e-9; // months are calendar averages
  const storedText = duration ? formatDuration(stored) : formatFigure(stored);
  const pageText = duration ? formatDuration(page) : formatFigure(page);

  const differs = (): Judgement => {
    if (olderSnapshot(fact, x, v, events)) {
      return { verdict: 'differs', reason: `older snapshot: stored ${storedText} on ${formatIsoDate(fact.date as string)}` };
    }
    const bound = storedBound(stored);
    return { verdict: 'differs', reason: `stored figure is ${bound ? `${BOUND_WORDS[bound]} ` : ''}${storedText}` };
  };

  // Ranges: the single figure, or the narrower range, must fall inside the other's range.
  const pageHigh = highOf(page, duration);
  const storedHigh = highOf(stored, duration);
  if (pageHigh !== undefined || storedHigh !== undefined) {
    const within = (low: number, high: number, inLow: number, inHigh: number) =>
      inLow >= low * (1 - tolerance) && inHigh <= high * (1 + tolerance);
    if (pageHigh !== undefined && storedHigh !== undefined && x === v && pageHigh === storedHigh) {
      return { verdict: 'agrees', reason: 'same range' };
    }
    if (pageHigh !== undefined && within(x, pageHigh, v, storedHigh ?? v)) {
      return { verdict: 'agrees', reason: `stored ${storedText} is within this page’s range (${pageText})` };
    }
    if (storedHigh !== undefined && within(v, storedHigh, x, pageHigh ?? x)) {
      return { verdict: 'agrees', reason: `${pageText} is within the stored range (${storedText})` };
    }
    return differs();
  }

  const pageBound = page.qualifier ? (QUALIFIER_BOUND[page.qualifier] ?? null) : null;
  const storedKind = stored.qualifier ? (QUALIFIER_BOUND[stored.qualifier] ?? null) : null;
  if (same(x, v, tolerance) && (pageBound === null || pageBound === storedKind || satisfies(pageBound, x, v) || sameSideBounds(pageBound, storedKind))) {
    return { verdict: 'agrees', reason: duration && formatDuration(page) !== storedText ? `same duration: ${storedText}` : 'same figure' };
  }
  if (pageBound !== null) {
    const floor = floorReading(pageBound, x, v, roundingStep(x), duration); // figure-page-floors.ts
    if (floor !== null || twoCeilings(pageBound, storedKind, x, v)) return floor === 'far' ? null : differs();
    if (satisfies(pageBound, x, v, storedKind === 'approx')) {
      const reason = pageBound === 'approx' ? `rounds ${storedText}` : `${storedText} is ${BOUND_WORDS[pageBound]} ${pageText}`;
      return { verdict: 'agrees', reason };
    }
    const storedFloor = storedBound(stored);
    if (storedFloor !== null && estimateAboveFloor(pageBound, storedFloor, x, v)) return { verdict: 'agrees', reason: `${pageText} is ${BOUND_WORDS[storedFloor]} stored ${storedText}` };
    if (olderSnapshot(fact, x, v, events)) return differs();
    return { verdict: 'differs', reason: `stored figure ${storedText} is not ${BOUND_WORDS[pageBound]} ${pageText}` };
  }
  if (shareInWords(page) && roundsShare(x, v)) return { verdict: 'agrees', reason: `rounds ${storedText}` };
  if (shareInWords(stored) && roundsShare(v, x)) return { verdict: 'agrees', reason: `stored ${storedText} rounds ${pageText}` };
  if (isRoundingOf(x, v, false)) return { verdict: 'agrees', reason: `rounds ${storedText}` };
  const approxStored = stored.qualifier ? QUALIFIER_BOUND[stored.qualifier] === 'approx' : false;
  // A stored bound says on which side the value lies, so it is no rounding: "more than 120
  // countries" is not 118, however near.
  const bound = storedBound(stored);
  if (bound === null && isRoundingOf(v, x, approxStored)) return { verdict: 'agrees', reason: `stored ${storedText} rounds ${pageText}` };
  if (bound !== null && satisfies(bound, v, x)) {
    return { verdict: 'agrees', reason: `${pageText} is ${BOUND_WORDS[bound]} stored ${storedText}` };
  }
  return differs();
}
