import { describe, expect, it } from 'vitest';
import type { PageAnnotation } from '../core/types';
import { annotateText } from '../core/annotate';
import { seedMatcher } from '../../tests/support/seed-knowledge';
import { filterBatch, listBatch, packAnnotations, unpackAnnotations } from './packed-annotations';

const text = 'Hamas said 33 hostages would go free, and Hamas agreed.';
const at = (word: string, from = 0): [number, number] => {
  const start = text.indexOf(word, from);
  return [start, start + word.length];
};
const [h1s, h1e] = at('Hamas');
const [qs, qe] = at('33 hostages');
const [h2s, h2e] = at('Hamas', h1e);
const list: PageAnnotation[] = [
  { start: h1s, end: h1e, text: 'Hamas', kind: 'org', entityId: 'org:hamas', canonical: 'Hamas' },
  {
    start: qs, end: qe, text: '33 hostages', kind: 'number', entityId: null, canonical: null,
    quantity: { start: qs, end: qe, text: '33 hostages', kind: 'number', form: 'count', value: 33, unit: 'hostages', qualifier: null } as PageAnnotation['quantity'],
  },
  { start: h2s, end: h2e, text: 'Hamas', kind: 'org', entityId: 'org:hamas', canonical: 'Hamas' },
];

describe('packed annotations', () => {
  it('round-trips every annotation through one string', () => {
    const packed = packAnnotations(list);
    expect(typeof packed.spans).toBe('string');
    const batch = unpackAnnotations(JSON.parse(JSON.stringify(packed)));
    expect(batch.length).toBe(3);
    expect([0, 1, 2].map((i) => batch.annotation(i, text))).toEqual(list);
    expect([0, 1, 2].map((i) => [batch.start(i), batch.end(i), batch.kind(i), batch.linked(i)])).toEqual([
      [h1s, h1e, 'org', true],
      [qs, qe, 'number', false],
      [h2s, h2e, 'org', true],
    ]);
  });

  it('round-trips what the matcher finds on a page: entities, counts, ranges, money, dates', () => {
    const page = [
      'Benjamin Netanyahu said on February 6, 2025 that between 10 and 15 hostages could be freed within 42 days.',
      'Hamas said at least 47,498 people had been killed; aid worth $1.5bn crossed at Rafah on Jan. 21, and 3% of trucks were stopped.',
    ].join('\n');
    const found = annotateText(seedMatcher(), page, 100).map((a) => ({ ...a }));
    expect(found.filter((a) => a.quantity).length).toBeGreaterThan(4);
    expect(found.some((a) => a.quantity?.iso)).toBe(true);
    expect(found.some((a) => a.quantity?.high !== undefined)).toBe(true);
    const text = ' '.repeat(100) + page;
    const batch = unpackAnnotations(packAnnotations(found));
    expect(Array.from({ length: batch.length }, (_, i) => batch.annotation(i, text))).toEqual(found);
  });

  it('keeps a quantity whose span differs from its annotation\'s', () => {
    const text = 'about 33 hostages';
    const a: PageAnnotation = {
      start: 6, end: 17, text: '33 hostages', kind: 'number', entityId: null, canonical: null,
      quantity: { start: 0, end: 17, text, kind: 'number', form: 'count', value: 33, unit: 'hostages', qualifier: 'about' } as PageAnnotation['quantity'],
    };
    const { extra } = packAnnotations([a]);
    expect(extra).toContain('[-6,0,');
    expect(unpackAnnotations(packAnnotations([a])).annotation(0, text)).toEqual(a);
  });

  it('sends a repeated entity once', () => {
    const { extra } = packAnnotations(list);
    expect(extra.split('org:hamas')).toHaveLength(2);
  });

  it('keeps big offsets exact and refuses what does not fit', () => {
    const far = { ...list[0]!, start: 2 ** 30 - 6, end: 2 ** 30 - 1 };
    const batch = unpackAnnotations(packAnnotations([far]));
    expect([batch.start(0), batch.end(0)]).toEqual([2 ** 30 - 6, 2 ** 30 - 1]);
    expect(() => packAnnotations([{ ...far, end: 2 ** 30 }])).toThrow(RangeError);
  });

  it('packs spans into ASCII a message channel keeps (one UTF-8 byte each, nothing JSON escapes)', () => {
    // Every digit value in every position: offsets near the limit, every kind, refs.
    const many: PageAnnotation[] = [];
    for (let d = 0; d < 64; d++) {
      const start = Math.max(0, d * 0x1041041 - 64); // every digit d (the low ones shifted)
      many.push({ start, end: start + 1 + d, text: 'x', kind: (['person', 'org', 'place', 'event', 'number', 'date'] as const)[d % 6]!, entityId: d % 2 ? `e${d}` : null, canonical: `c${d}` });
    }
    const { spans } = packAnnotations(many);
    expect(JSON.parse(JSON.stringify(spans))).toBe(spans);
    expect(JSON.stringify(spans)).toHaveLength(spans.length + 2);
    for (const c of spans) expect(c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) < 0x80).toBe(true);
    const batch = unpackAnnotations({ spans, extra: packAnnotations(many).extra });
    expect(Array.from({ length: 64 }, (_, i) => [batch.start(i), batch.end(i), batch.kind(i), batch.linked(i)])).toEqual(many.map((a) => [a.start, a.end, a.kind, a.entityId !== null]));
  });

  it('rejects a malformed answer', () => {
    expect(() => unpackAnnotations({ spans: 'abc', extra: '[[],[]]' })).toThrow(/malformed/);
    expect(() => unpackAnnotations({ extra: '[]' } as never)).toThrow(/malformed/);
    const bad = unpackAnnotations({ spans: packAnnotations(list).spans, extra: '{"a":1}' });
    expect(bad.kind(0)).toBe('org');
    expect(() => bad.annotation(0, text)).toThrow(/malformed/);
  });

  it('filters a batch by index, keeping the order', () => {
    const batch = filterBatch(listBatch(list), (i) => i !== 1);
    expect(batch.length).toBe(2);
    expect([batch.annotation(0, text), batch.annotation(1, text)]).toEqual([list[0], list[2]]);
    expect(filterBatch(listBatch(list), () => true).length).toBe(3);
  });
});
