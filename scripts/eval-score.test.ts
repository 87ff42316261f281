import { describe, expect, it } from 'vitest';
import { addCounts, canonicalReport, contextOf, countByLabel, matchSpans, sameCanonical, score } from './eval-score';

const g = (start: number, end: number, ...labels: string[]) => ({ start, end, labels });
const p = (start: number, end: number, label: string) => ({ start, end, label });

describe('matchSpans', () => {
  it('matches exact spans with an accepted label', () => {
    const r = matchSpans([g(0, 5, 'person'), g(10, 21, 'org', 'place')], [p(0, 5, 'person'), p(10, 21, 'place')]);
    expect(r.matches).toHaveLength(2);
    expect(r.falsePositives).toEqual([]);
    expect(r.falseNegatives).toEqual([]);
  });

  it('counts a boundary error as one false positive and one false negative', () => {
    const r = matchSpans([g(0, 17, 'person')], [p(9, 17, 'person')]);
    expect(r.matches).toEqual([]);
    expect(r.falsePositives).toEqual([p(9, 17, 'person')]);
    expect(r.falseNegatives).toEqual([g(0, 17, 'person')]);
  });

  it('counts a right span with the wrong label as a miss and a false alarm', () => {
    const r = matchSpans([g(0, 5, 'org')], [p(0, 5, 'place')]);
    expect(r.matches).toEqual([]);
    expect(r.falsePositives).toHaveLength(1);
    expect(r.falseNegatives).toHaveLength(1);
  });

  it('uses each prediction once', () => {
    const r = matchSpans([g(0, 5, 'person'), g(0, 5, 'person')], [p(0, 5, 'person')]);
    expect(r.matches).toHaveLength(1);
    expect(r.falseNegatives).toHaveLength(1);
  });
});

describe('countByLabel and score', () => {
  it('books matches under the predicted label and misses under the first gold label', () => {
    const r = matchSpans(
      [g(0, 5, 'org', 'place'), g(6, 9, 'place', 'org'), g(20, 25, 'person')],
      [p(0, 5, 'place'), p(30, 35, 'person')],
    );
    const c = countByLabel(r);
    expect(c.get('place')).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(c.get('person')).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(c.get('org')).toBeUndefined();
  });

  it('computes precision, recall and F1', () => {
    const s = score({ tp: 8, fp: 2, fn: 8 });
    expect(s.precision).toBeCloseTo(0.8);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.f1).toBeCloseTo((2 * 0.8 * 0.5) / 1.3);
  });

  it('treats empty sides as perfect and all-wrong as zero', () => {
    expect(score({ tp: 0, fp: 0, fn: 0 }).f1).toBe(1);
    expect(score({ tp: 0, fp: 3, fn: 0 }).precision).toBe(0);
    expect(score({ tp: 0, fp: 3, fn: 2 }).f1).toBe(0);
  });

  it('adds counts', () => {
    expect(addCounts({ tp: 1, fp: 2, fn: 3 }, { tp: 10, fp: 20, fn: 30 })).toEqual({ tp: 11, fp: 22, fn: 33 });
    expect(addCounts()).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
});

describe('canonicalReport', () => {
  it('scores linked gold names by canonical and counts links of unlinked names', () => {
    const r = canonicalReport([
      { goldCanonical: 'Benjamin Netanyahu', goldLinked: true, predCanonical: 'Benjamin Netanyahu', predLinked: true },
      { goldCanonical: 'Gaza Strip', goldLinked: true, predCanonical: 'Gaza', predLinked: true },
      { goldCanonical: 'Washington DC', goldLinked: true, predCanonical: 'Washington D.C.', predLinked: true },
      { goldCanonical: 'Donald Trump', goldLinked: true, predCanonical: null, predLinked: false },
      { goldCanonical: 'Ivanka Trump', goldLinked: false, predCanonical: 'Donald Trump', predLinked: true },
      { goldCanonical: 'Hezbollah', goldLinked: false, predCanonical: 'Hezbollah', predLinked: false },
    ]);
    expect(r).toEqual({ linkedFound: 4, linkedRight: 2, falseLinks: 1 });
  });
});

describe('sameCanonical', () => {
  it('ignores case, dots, commas and spacing but not words', () => {
    expect(sameCanonical('Washington D.C.', 'Washington DC')).toBe(true);
    expect(sameCanonical('Washington, DC', 'washington  dc')).toBe(true);
    expect(sameCanonical('Washington', 'Washington DC')).toBe(false);
    expect(sameCanonical('UN', 'United Nations')).toBe(false);
  });
});

describe('contextOf', () => {
  it('brackets the span and flattens line breaks', () => {
    expect(contextOf('Israel and\n\nHamas agreed', 12, 17, 5)).toBe('…and [Hamas] agre…');
  });
});
