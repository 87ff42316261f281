// "at least 13 people in the county had died" is no later count of "At least 10 people had
// died in the cold across the state": a count said of a county and one said of the whole
// state are two counts, one a part of the other, so neither agrees with nor contradicts the
// other. Read only where both sentences say the extent in words ("in the county", "across
// the state", "nationwide"); a sentence that says none may be of either.

import { cachedPerFact } from './fact-cache';
import { INLINE_SPACE as S } from './inline-space';
import type { Fact, Quantity } from './types';

const EXTENT_NOUNS: Record<string, string> = {
  town: 'town', city: 'city', county: 'county', region: 'region', province: 'region', state: 'state', country: 'country', nation: 'country',
  citywide: 'city', countywide: 'county', statewide: 'state', nationwide: 'country',
};
const EXTENT = new RegExp(String.raw`\b(?:(?:in|across|throughout)${S}the${S}(town|city|county|region|province|state|country|nation)|(citywide|countywide|statewide|nationwide))\b`, 'gi');

// "the deadliest in the country", "the most in the state since 1990": an extent after a
// superlative is what the count is ranked across, not what it is a count of.
const SUPERLATIVE_BEFORE = new RegExp(
  String.raw`\bthe${S}(?:[\p{Ll}-]+-)?(?:most|least|worst|best|first|only|\p{Ll}+iest|\p{Ll}{2,}[^\Waeiouy]est)(?:${S}[\p{Ll}'’-]+){0,3}${S}$`,
  'u',
);

/** The extents a sentence says its counts are of, as 'county', 'state', … */
export function extentsSaid(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const m of sentence.matchAll(EXTENT)) {
    if (SUPERLATIVE_BEFORE.test(sentence.slice(Math.max(0, m.index - 60), m.index))) continue;
    const word = (m[1] ?? m[2] ?? '').toLowerCase();
    const extent = EXTENT_NOUNS[word];
    if (extent !== undefined) out.add(extent);
  }
  return out;
}

// Read once per stored fact, not once per page figure it is set against (fact-cache.ts).
const storedExtents = cachedPerFact((fact): ReadonlySet<string> => extentsSaid(fact.where.sentence));

/** Whether the page's count `q` in `sentence` and the stored `fact` are counts of two extents. */
export function countsOfOtherExtents(sentence: string, q: Quantity, fact: Fact): boolean {
  if (q.form !== 'count' || fact.quantity.form !== 'count') return false;
  // The stored side first: most stored sentences say no extent, and the page's is not read.
  const stored = storedExtents(fact);
  if (stored.size !== 1) return false;
  const page = extentsSaid(sentence);
  return page.size === 1 && ![...page].some((e) => stored.has(e));
}
