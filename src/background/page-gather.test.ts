import { describe, expect, it } from 'vitest';
import type { PageAnnotation } from '../core/types';
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
