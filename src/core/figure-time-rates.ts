// Rates per a unit of time: "about $400 million an hour" is the stored "$9.6 billion of goods
// a day" said per hour, so the two agree once both are per hour. Only agreement is told: a
// rate per hour and another per day that do not convert may well measure different things.

import { cachedPerFact } from './fact-cache';
import type { Fact, FigureComparison, Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';
import { ratesOfOneThing } from './figure-rate-things';

const HOURS: Record<string, number> = { hour: 1, day: 24, week: 168, month: 730, year: 8760 };
// "$9.6 billion of goods a day", "$15 million in revenue for each day", "50 ships per week";
// not "a day after" or "a year ago", which say when.
const RATE_AFTER = new RegExp(
  String.raw`^(?:${S}(?:of|in)${S}[\p{Ll}-]+(?:${S}[\p{Ll}-]+)?)?${S}(?:a|an|per|each|every|for${S}(?:each|every))${S}(hour|day|week|month|year)(?![\w'’-])(?!${S}(?:after|before|later|earlier|ago|on|of)\b)`,
  'iu',
);
// Words that leave a figure near its value, within which a converted rate still agrees.
const NEAR = new Set(['about', 'around', 'roughly', 'some', 'nearly', 'almost', 'approximately', 'an estimated']);

/** The hours in the time unit the figure `q` is a rate per, or null when it is no rate. */
export function hoursPer(sentence: string, q: Quantity): number | null {
  const m = RATE_AFTER.exec(sentence.slice(q.end));
  return m?.[1] ? (HOURS[m[1].toLowerCase()] ?? null) : null;
}

// A stored fact's own rate is the same against every page figure: read once per fact.
const storedHoursPer = cachedPerFact((fact): number | null => hoursPer(fact.where.sentence, fact.quantity));

/** Agreement, per hour, of two rates of one thing given per different units of time. */
function ratesAgree(a: Quantity, perA: number, b: Quantity, perB: number): boolean {
  if (a.value === null || b.value === null || a.value <= 0 || b.value <= 0) return false;
  const near = [a.qualifier, b.qualifier].every((w) => w === null || NEAR.has(w));
  if (!near) return false;
  const [x, y] = [a.value / perA, b.value / perB];
  const slack = a.qualifier !== null || b.qualifier !== null ? 0.05 : 0.01;
  return Math.abs(x - y) <= slack * Math.max(x, y);
}

/** The stored rates that the page's rate `q` restates per another unit of time, each agreeing. */
export function sameRates(facts: readonly Fact[], q: Quantity, sentence: string): FigureComparison[] {
  const per = q.form === 'money' || q.form === 'count' ? hoursPer(sentence, q) : null;
  if (per === null) return [];
  const out: FigureComparison[] = [];
  for (const fact of facts) {
    const stored = fact.quantity;
    if (stored.form !== q.form || stored.unit !== q.unit) continue;
    const storedPer = storedHoursPer(fact);
    if (storedPer === null || storedPer === per || !ratesAgree(q, per, stored, storedPer)) continue;
    if (!ratesOfOneThing(sentence, q, fact)) continue;
    out.push({ verdict: 'agrees', reason: `the same rate: ${stored.text} per ${unitName(storedPer)}`, fact, similarity: 1 });
  }
  return out;
}

function unitName(hours: number): string {
  return Object.keys(HOURS).find((k) => HOURS[k] === hours) ?? 'hour';
}
