import { describe, expect, it } from 'vitest';
import { index } from '../../tests/support/seed-knowledge';
import { LIMITS } from '../core/backup-schemas';
import { buildPageSummary, MAX_NUMBERS } from '../core/page-summary';
import type { PageReport } from '../messaging/contract';
import { fitReport, REPORT_BYTES } from './report-size';

type Reported = PageReport['annotations'][number];
const TOPIC = { score: 0.5, onTopic: true, top: [{ term: 'gaza', weight: 1 }] };

const sentence = (i: number) => `On day ${i} of the Gaza ceasefire, officials in Rafah said that ${1000 + i} trucks of aid had crossed, according to a statement negotiators in Cairo were said to be studying closely before the next round of talks.`;
function figure(i: number): Reported {
  const text = `${1000 + i} trucks`;
  return { start: i * 300, end: i * 300 + text.length, text, kind: 'number', entityId: null, canonical: null, quantity: { text, value: 1000 + i, unit: 'trucks', start: i * 300, end: i * 300 + text.length } as never, sentence: sentence(i) };
}
function name(i: number, text: string, entityId: string | null): Reported {
  return { start: i * 300 + 50, end: i * 300 + 50 + text.length, text, kind: 'org', entityId, canonical: entityId ? text : null };
}
/** A long page: each paragraph a figure (some repeated) and two names. */
function longReport(n: number): PageReport {
  const annotations: Reported[] = [];
  for (let i = 0; i < n; i++) annotations.push(figure(i % 2 === 0 ? i : i - 1), name(i, 'Hamas', index.entities[0]?.id ?? null), name(i, `Group ${i % 40}`, null));
  return { url: 'https://news.example/live', title: 'Live', topic: TOPIC, annotations };
}

// The timeout is a hang guard: buildPageSummary over a 2,100-annotation report takes 2-3 s
// a call on a loaded machine, past vitest's 5 s default for the two it compares.
describe('what of a report is kept', { timeout: 60_000 }, () => {
  it('keeps what the popup shows of a long page (its terms and judged figures) in far fewer bytes', () => {
    const full = longReport(700);
    const kept = fitReport(full);
    expect(JSON.stringify(kept).length).toBeLessThanOrEqual(REPORT_BYTES);
    expect(JSON.stringify(kept).length).toBeLessThan(JSON.stringify(full).length * 0.6);
    const threshold = 0.3;
    const [a, b] = [buildPageSummary(full, index, threshold), buildPageSummary(kept, index, threshold)];
    expect(b.numbers).toEqual(a.numbers);
    expect(b.numbers).toHaveLength(MAX_NUMBERS);
    expect(b.terms).toEqual(a.terms);
    expect(b.related).toEqual(a.related);
  });

  it('keeps MAX_NUMBERS figures and MAX_NUMBERS dates each: the popup may show either alone', () => {
    const date = (i: number): Reported => {
      const text = `${i + 1} March`;
      return { ...figure(i), start: i * 300 + 10, end: i * 300 + 10 + text.length, text, kind: 'date', quantity: { text, value: i, unit: 'day', start: 0, end: text.length } as never };
    };
    // Every paragraph's date before its figure: the dates alone would fill a cap of both.
    const annotations: Reported[] = [];
    for (let i = 0; i < 2 * MAX_NUMBERS; i++) annotations.push(date(i), figure(i));
    const kept = fitReport({ url: 'https://news.example/live', title: 'Live', topic: TOPIC, annotations }, Infinity);
    const numbers = buildPageSummary(kept, index, 0.3).numbers;
    expect(numbers.filter((n) => n.kind === 'number')).toHaveLength(MAX_NUMBERS);
    expect(numbers.filter((n) => n.kind === 'date')).toHaveLength(MAX_NUMBERS);
  });

  it('keeps the palette the page is drawn in, only by its two names', () => {
    expect(fitReport({ ...longReport(3), scheme: 'light' }).scheme).toBe('light');
    expect(fitReport({ ...longReport(3), scheme: 'sepia' as never })).not.toHaveProperty('scheme');
  });

  it('keeps the threshold the page was judged at', () => {
    const kept = fitReport({ ...longReport(3), topic: { ...TOPIC, threshold: 0.1 } });
    expect(kept.topic.threshold).toBe(0.1);
    expect(fitReport(longReport(3)).topic).not.toHaveProperty('threshold');
  });

  it('keeps the sensitivity setting that threshold came from, which the popup names with it', () => {
    expect(fitReport({ ...longReport(3), topic: { ...TOPIC, threshold: 0.1, sensitivity: 1 } }).topic.sensitivity).toBe(1);
    expect(fitReport({ ...longReport(3), topic: { ...TOPIC, sensitivity: 'high' as never } }).topic).not.toHaveProperty('sensitivity');
  });

  it('cuts the annotations to the byte budget in page order', () => {
    const kept = fitReport(longReport(700), 20_000);
    expect(JSON.stringify(kept).length).toBeLessThanOrEqual(20_000);
    expect(kept.annotations[0]?.start).toBe(0);
    expect(kept.annotations.length).toBeGreaterThan(20);
  });

  it("clips the page's title, address and topic terms", () => {
    const top = Array.from({ length: 10_000 }, (_, i) => ({ term: 'w'.repeat(10_000), weight: i }));
    const kept = fitReport({ url: `https://a.example/?${'q'.repeat(100_000)}`, title: 't'.repeat(100_000), topic: { score: 1, onTopic: true, top }, annotations: [] });
    expect(kept.title).toHaveLength(LIMITS.title);
    expect(kept.url.length).toBeLessThanOrEqual(16_384);
    expect(JSON.stringify(kept).length).toBeLessThan(25_000);
  });
});
