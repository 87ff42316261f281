// Where a note on a text selection sits in a page's text, described and found again with
// W3C Web Annotation selectors (TextQuoteSelector + TextPositionSelector).
//
// Finding it again tries, in order: the stored position (the page did not change there),
// the exact quote (the page changed elsewhere; prefix/suffix tell copies apart), then an
// approximate match of the quote (the quoted text itself was edited). The approximate
// search is Sellers' edit-distance scan with Ukkonen's cut-off, first near the old position
// and then over the whole text: O(k·n) in practice for k allowed edits, no dependencies.
// A long quote is searched by its two ends only (as Hypothesis does), so k stays small:
// with k a quarter of the quote, a 3,000-character quote that had gone from a
// 300,000-character page took 8 s of the page's thread.
import type { AnchorResult, TextPositionSelector, TextQuoteSelector, TextSelector } from './types';

/** The least share of the quote that must survive (1 − edits / length) for a fuzzy match. */
export const MIN_SIMILARITY = 0.75;
/** How far around the old position the first, cheap fuzzy search looks. */
const NEAR_WINDOW = 2000;
/** A quote longer than two of these is found by its first and last PIECE characters. */
const PIECE = 32;
/** The most matches of either end a long quote's search takes, and pairs of them it checks. */
const MAX_ENDS = 200;
const MAX_PAIRS = 50;

export function describeSpan(text: string, start: number, end: number, context = 32): [TextQuoteSelector, TextPositionSelector] {
  if (start < 0 || end > text.length || start >= end) throw new RangeError(`Bad span [${start}, ${end}) in a text of ${text.length}`);
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - context), start),
      suffix: text.slice(end, end + context),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

export function anchor(text: string, selectors: readonly TextSelector[]): AnchorResult | null {
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  if (position && position.start >= 0 && position.start < position.end && position.end <= text.length) {
    if (!quote || text.slice(position.start, position.end) === quote.exact) return { start: position.start, end: position.end, method: 'position' };
  }
  if (!quote || quote.exact.length === 0) return null;
  const hint = position?.start ?? null;
  const exact = bestExact(text, quote, hint);
  if (exact) return { start: exact.start, end: exact.end, method: 'quote' };
  const fuzzy = bestFuzzy(text, quote, hint);
  return fuzzy ? { start: fuzzy.start, end: fuzzy.end, method: 'fuzzy' } : null;
}

interface Candidate {
  start: number;
  end: number;
  edits: number;
}

/** Every exact occurrence, the one whose surroundings fit best. */
function bestExact(text: string, quote: TextQuoteSelector, hint: number | null): Candidate | null {
  let best: Candidate | null = null;
  let bestScore = -Infinity;
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) {
    const c = { start: at, end: at + quote.exact.length, edits: 0 };
    const s = contextScore(text, c, quote, hint);
    if (s > bestScore) [best, bestScore] = [c, s];
  }
  return best;
}

function bestFuzzy(text: string, quote: TextQuoteSelector, hint: number | null): Candidate | null {
  const m = quote.exact.length;
  const maxEdits = Math.floor(m * (1 - MIN_SIMILARITY));
  if (maxEdits === 0) return null;
  // A short quote: every end of each match competes, so the surroundings can choose "the
  // governing coalition" over "the governin" (one edit fewer) where the quote said "the coalition".
  const search = (from: number, to: number): Candidate[] =>
    m > 2 * PIECE ? endsMatches(text, quote.exact, from, to) : approximateMatches(text, quote.exact, maxEdits, from, to, true);
  if (hint !== null) {
    const from = Math.max(0, hint - NEAR_WINDOW);
    const to = Math.min(text.length, hint + m + NEAR_WINDOW);
    const near = pickBest(text, quote, hint, search(from, to));
    if (near) return near;
    if (from === 0 && to === text.length) return null;
  }
  return pickBest(text, quote, hint, search(0, text.length));
}

/**
 * A long quote by its ends: its first and last PIECE characters, each found within a
 * quarter of edits, as far apart as the quote is long, give or take a quarter. What lies
 * between is not compared: the ends' edits and the change in length stand for its edits.
 */
function endsMatches(text: string, exact: string, from: number, to: number): Candidate[] {
  const m = exact.length;
  const k = Math.floor(PIECE * (1 - MIN_SIMILARITY));
  const heads = approximateMatches(text, exact.slice(0, PIECE), k, from, to).slice(0, MAX_ENDS);
  if (heads.length === 0) return [];
  const tails = approximateMatches(text, exact.slice(-PIECE), k, from, to).slice(0, MAX_ENDS);
  const slack = Math.floor(m * (1 - MIN_SIMILARITY));
  const out: Candidate[] = [];
  let tried = 0;
  for (const head of heads) {
    // Tails come in order of their ends: those a quote's length (± slack) after the head.
    for (let t = firstEndingFrom(tails, head.start + m - slack); t < tails.length && tried < MAX_PAIRS; t++) {
      const tail = tails[t]!;
      const drift = Math.abs(tail.end - head.start - m);
      if (drift > slack) break;
      tried++;
      const c = { start: head.start, end: tail.end, edits: Math.min(slack, head.edits + tail.edits + drift) };
      if (middleFits(text, exact, c, k, slack)) out.push(c);
    }
  }
  return out;
}

/** The index of the first candidate (in order of their ends) that ends at `end` or later. */
function firstEndingFrom(sorted: readonly Candidate[], end: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.end < end) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether most of the quote's middle is there too: pieces from a quarter, half and three
 *  quarters of the way through, each within k edits near where it should be (a reworded
 *  sentence may lose one). Without it two ends far apart could pass for any long quote. */
function middleFits(text: string, exact: string, c: Candidate, k: number, slack: number): boolean {
  const m = exact.length;
  const scale = (c.end - c.start) / m;
  let found = 0;
  let missed = 0;
  for (const share of [0.25, 0.5, 0.75]) {
    const at = Math.floor(share * m - PIECE / 2);
    if (at < PIECE || at + 2 * PIECE > m) continue; // the ends cover it
    const expected = c.start + Math.round(at * scale);
    const window = Math.round(share * slack) + k;
    const hits = approximateMatches(text, exact.slice(at, at + PIECE), k, Math.max(c.start, expected - window), Math.min(c.end, expected + PIECE + window));
    if (hits.length > 0) found++;
    else missed++;
  }
  return missed <= 1 && found >= missed;
}

function pickBest(text: string, quote: TextQuoteSelector, hint: number | null, found: Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  let bestScore = -Infinity;
  const m = quote.exact.length;
  for (const c of found) {
    // The quote's own similarity weighs most; context and nearness break ties between copies.
    const s = 4 * (1 - c.edits / m) + contextScore(text, c, quote, hint);
    if (s > bestScore) [best, bestScore] = [c, s];
  }
  return best;
}

/** 0..3: how much of the prefix and suffix still stand beside the candidate, and nearness. */
function contextScore(text: string, c: Candidate, quote: TextQuoteSelector, hint: number | null): number {
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';
  const before = text.slice(Math.max(0, c.start - prefix.length), c.start);
  const after = text.slice(c.end, c.end + suffix.length);
  const prefixFit = prefix ? commonSuffix(before, prefix) / prefix.length : 0;
  const suffixFit = suffix ? commonPrefix(after, suffix) / suffix.length : 0;
  const near = hint === null ? 0 : 1 / (1 + Math.abs(c.start - hint) / 1000);
  return prefixFit + suffixFit + near;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function commonSuffix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}

/**
 * Substrings of text[from, to) within `maxEdits` (Levenshtein) of `pattern`: for each run
 * of matching end positions, the one with the fewest edits (`everyEnd`: the best match
 * ending at each of them). Column-wise DP over the pattern, carrying where each partial
 * match started; rows past the last one still within `maxEdits` are not computed
 * (Ukkonen), which keeps a scan of a long page cheap.
 */
export function approximateMatches(text: string, pattern: string, maxEdits: number, from = 0, to = text.length, everyEnd = false): Candidate[] {
  const m = pattern.length;
  const cost = new Int32Array(m + 1);
  const origin = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) cost[i] = i;
  let last = Math.min(maxEdits, m);
  const out: Candidate[] = [];
  let run: Candidate | null = null;
  const over = maxEdits + 1;
  for (let j = from; j < to; j++) {
    const ch = text[j];
    let diag = 0;
    let diagOrigin = j;
    cost[0] = 0;
    origin[0] = j + 1;
    const top = Math.min(m, last + 1);
    for (let i = 1; i <= top; i++) {
      const left = i <= last ? cost[i]! : over;
      const leftOrigin = origin[i]!;
      let best = diag + (pattern[i - 1] === ch ? 0 : 1);
      let bestOrigin = diagOrigin;
      if (left + 1 < best) [best, bestOrigin] = [left + 1, leftOrigin];
      const up = cost[i - 1]! + 1;
      if (up < best) [best, bestOrigin] = [up, origin[i - 1]!];
      diag = left;
      diagOrigin = leftOrigin;
      cost[i] = best;
      origin[i] = bestOrigin;
    }
    last = top;
    while (last > 0 && cost[last]! > maxEdits) last--;
    if (last === m) {
      const c = { start: origin[m]!, end: j + 1, edits: cost[m]! };
      if (everyEnd) out.push(c);
      else if (run && c.start <= run.end) {
        if (c.edits < run.edits) run = c;
      } else {
        if (run) out.push(run);
        run = c;
      }
    }
  }
  if (run) out.push(run);
  return out;
}
