import { describe, expect, it } from 'vitest';
import { annotateText } from '../core/annotate';
import { compareFigure } from '../core/facts';
import { buildKnowledge } from '../core/knowledge';
import { buildMatcherPackage, compileMatcher } from '../core/matcher';
import { judgeNumbers } from '../core/page-summary';
import { demonyms, placeLexicon } from '../core/places';
import { paragraphBefore, sentenceAround, sentenceBefore } from '../core/sentence-around';
import type { Article, PageAnnotation } from '../core/types';
import { PageGather } from './page-gather';

const TEXT = 'Talks resumed in Doha. At least 50 people were freed on Monday. Aid trucks waited.';

function at(text: string, kind: PageAnnotation['kind'], base = 0): PageAnnotation {
  const start = TEXT.indexOf(text);
  return { start: start + base, end: start + base + text.length, text, kind, entityId: null, canonical: null };
}

describe('gathering a run’s annotations for its report', () => {
  it('keeps a run’s chunks, gives figures their sentence, and hands them over once in page order', () => {
    const g = new PageGather();
    g.add(7, 'r1', TEXT, 1000, [at('At least 50 people', 'number', 1000)]);
    g.add(7, 'r1', TEXT, 0, [at('Doha', 'place')]);
    const got = g.take(7, 'r1', 2000) ?? [];
    expect(got.map((a) => a.text)).toEqual(['Doha', 'At least 50 people']);
    expect(got[1]?.sentence).toBe('At least 50 people were freed on Monday.');
    expect(got[0]?.sentence).toBeUndefined();
    expect(g.take(7, 'r1', 2000)).toBeNull();
  });

  it('drops an older run of the tab, other runs’ reports get nothing, and every kind is kept (the popup picks the kinds shown)', () => {
    const g = new PageGather();
    g.add(7, 'old', TEXT, 0, [at('Doha', 'place')]);
    g.add(7, 'new', TEXT, 0, [at('Doha', 'place'), at('At least 50 people', 'number')]);
    expect(g.take(7, 'old', 2000)).toBeNull();
    expect(g.take(7, 'new', 2000)?.map((a) => a.kind)).toEqual(['place', 'number']);
  });

  it('gives a figure that points back the sentence before it, and no other figure', () => {
    const text = 'The toll rose to 48,200 on Thursday.\nThe previous tally stood at 47,460.';
    const figure = (t: string): PageAnnotation => {
      const start = text.indexOf(t);
      return { start, end: start + t.length, text: t, kind: 'number', entityId: null, canonical: null, quantity: { start, end: start + t.length, text: t, kind: 'number', form: 'count', value: 1, unit: null, qualifier: null } };
    };
    const g = new PageGather();
    g.add(7, 'r1', text, 0, [figure('48,200'), figure('47,460')]);
    const [toll, tally] = g.take(7, 'r1', 2000) ?? [];
    expect(toll?.before).toBeUndefined();
    expect(tally).toMatchObject({ sentence: 'The previous tally stood at 47,460.', before: 'The toll rose to 48,200 on Thursday.' });
  });

  it('hands over nothing of a run it did not gather from the first chunk (a worker that stopped mid-run lost the rest)', () => {
    const g = new PageGather();
    // Started after the run's first chunk: what came before went with the stopped worker.
    g.add(7, 'r1', TEXT, 1000, [at('At least 50 people', 'number', 1000)]);
    expect(g.take(7, 'r1', 2000)).toBeNull();
    // A run that found nothing, gathered whole, hands over an empty list.
    g.add(7, 'r2', TEXT, 0, []);
    expect(g.take(7, 'r2', 2000)).toEqual([]);
    // Nothing of the run gathered at all.
    expect(g.take(7, 'r3', 2000)).toBeNull();
  });

  it('keeps at most `max`', () => {
    const g = new PageGather();
    g.add(1, 'r', TEXT, 0, [at('Doha', 'place'), at('At least 50 people', 'number')]);
    expect(g.take(1, 'r', 1)).toHaveLength(1);
  });
});

describe('the report judges a figure as its card does', () => {
  // Written for this test: a stored Fed rate, and a page whose Bank of England figure names
  // its owner only in the sentence before, in the same paragraph.
  const stored: Article = {
    id: 'fed',
    title: 'Fed cuts rates',
    source: 'Test wire',
    url: null,
    date: '2025-09-17',
    language: 'en',
    paragraphs: ['The Federal Reserve cut its benchmark interest rate to 4.25% on Wednesday, its first cut of the year.'],
  };
  const index = buildKnowledge([stored]);
  const matcher = compileMatcher(buildMatcherPackage(index, placeLexicon(), demonyms()));
  const page = 'The Bank of England held interest rates on Thursday. The benchmark interest rate stays at 4.25%, officials said.';

  it('looks for the owner earlier in the paragraph, as the card does', () => {
    const found = annotateText(matcher, page);
    const g = new PageGather();
    g.add(3, 'r', page, 0, found);
    const figure = (g.take(3, 'r', 2000) ?? []).find((a) => a.text.includes('4.25'));
    expect(figure?.earlier).toBe('The Bank of England held interest rates on Thursday.');
    const popup = judgeNumbers([figure!], index)[0];
    // The card's own request (hover.ts): the sentence, the one before, the paragraph before.
    const s = sentenceAround(page, figure!.start, figure!.end);
    const q = { ...figure!.quantity!, start: figure!.start - s.start, end: figure!.end - s.start };
    const card = compareFigure(index.facts, q, s.text, sentenceBefore(page, s.start), paragraphBefore(page, s.start))[0];
    expect(popup?.verdict ?? null).toBe(card?.verdict ?? null);
    // Another bank's rate: nothing stored to judge it by.
    expect(popup?.verdict).toBeNull();
  });
});
