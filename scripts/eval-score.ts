// Pure scoring for the evaluation: exact-span matching of predictions against gold, and
// precision/recall/F1. Kept free of I/O and of the core so it can be checked by hand.

export interface GoldSpan {
  start: number;
  end: number;
  /** Labels any of which is right (an entity's types; a number's single kind). */
  labels: readonly string[];
}

export interface PredictedSpan {
  start: number;
  end: number;
  label: string;
}

export interface Match<G extends GoldSpan, P extends PredictedSpan> {
  gold: G;
  pred: P;
}

export interface MatchResult<G extends GoldSpan, P extends PredictedSpan> {
  /** Same start, same end, and the predicted label is one of the gold labels. */
  matches: Match<G, P>[];
  /** Predictions with no such gold span. */
  falsePositives: P[];
  /** Gold spans with no such prediction. */
  falseNegatives: G[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** Pairs each gold span with at most one prediction of the same span and an accepted
 *  label, and each prediction with at most one gold span. */
export function matchSpans<G extends GoldSpan, P extends PredictedSpan>(gold: readonly G[], pred: readonly P[]): MatchResult<G, P> {
  const used = new Set<number>();
  const matches: Match<G, P>[] = [];
  const falseNegatives: G[] = [];
  for (const g of gold) {
    const i = pred.findIndex((p, j) => !used.has(j) && p.start === g.start && p.end === g.end && g.labels.includes(p.label));
    const p = pred[i];
    if (p === undefined) {
      falseNegatives.push(g);
    } else {
      used.add(i);
      matches.push({ gold: g, pred: p });
    }
  }
  const falsePositives = pred.filter((_, j) => !used.has(j));
  return { matches, falsePositives, falseNegatives };
}

/** Counts per label: a match counts for the predicted label, a false positive for its own
 *  label, a false negative for the gold span's first label. */
export function countByLabel(result: MatchResult<GoldSpan, PredictedSpan>): Map<string, Counts> {
  const counts = new Map<string, Counts>();
  const at = (label: string): Counts => {
    let c = counts.get(label);
    if (c === undefined) {
      c = { tp: 0, fp: 0, fn: 0 };
      counts.set(label, c);
    }
    return c;
  };
  for (const m of result.matches) at(m.pred.label).tp++;
  for (const p of result.falsePositives) at(p.label).fp++;
  for (const g of result.falseNegatives) at(g.labels[0] ?? '?').fn++;
  return counts;
}

export function addCounts(...all: Counts[]): Counts {
  return all.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
}

/** Precision, recall and F1; an empty side counts as perfect (nothing to find, nothing wrong). */
export function score(c: Counts): Scores {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

/** Up to `width` characters either side of a span, with the span in brackets, on one line. */
export function contextOf(text: string, start: number, end: number, width = 40): string {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const before = flat(text.slice(Math.max(0, start - width), start));
  const after = flat(text.slice(end, end + width));
  return `…${before}[${flat(text.slice(start, end))}]${after}…`;
}

export interface CanonicalCheck {
  goldCanonical: string;
  goldLinked: boolean;
  predCanonical: string | null;
  predLinked: boolean;
}

export interface CanonicalReport {
  /** Linked gold entities found with a right-typed span. */
  linkedFound: number;
  /** …of which the prediction is linked to the gold canonical name. */
  linkedRight: number;
  /** Unlinked gold entities that the prediction links to a stored entity anyway. */
  falseLinks: number;
}

/** Canonical names written differently but naming the same thing ("Washington D.C.",
 *  "Washington DC", "washington, dc") compare equal; different words do not. */
export function sameCanonical(a: string, b: string): boolean {
  const key = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[.,]/g, '').replace(/\s+/g, ' ').trim();
  return key(a) === key(b);
}

/** Canonical-name accuracy over span matches: a linked gold name must come back linked,
 *  under its canonical name; an unlinked one must not be linked. */
export function canonicalReport(checks: readonly CanonicalCheck[]): CanonicalReport {
  let linkedFound = 0;
  let linkedRight = 0;
  let falseLinks = 0;
  for (const c of checks) {
    if (c.goldLinked) {
      linkedFound++;
      if (c.predLinked && c.predCanonical !== null && sameCanonical(c.predCanonical, c.goldCanonical)) linkedRight++;
    } else if (c.predLinked) {
      falseLinks++;
    }
  }
  return { linkedFound, linkedRight, falseLinks };
}
