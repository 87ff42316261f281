// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { PageAnnotation } from '../core/types';
import { annotateInChunks, chunkSpans } from './annotate-page';

function covers(text: string, spans: { start: number; end: number }[]): boolean {
  let at = 0;
  for (const s of spans) {
    if (s.start !== at || s.end <= s.start) return false;
    at = s.end;
  }
  return at === text.length;
}

/** A toy matcher: every "Hamas" as an org. */
function findHamas(chunk: string, base: number): PageAnnotation[] {
  const out: PageAnnotation[] = [];
  for (let i = chunk.indexOf('Hamas'); i >= 0; i = chunk.indexOf('Hamas', i + 1)) {
    out.push({ start: base + i, end: base + i + 5, text: 'Hamas', kind: 'org', entityId: null, canonical: null });
  }
  return out;
}

describe('chunkSpans', () => {
  it('covers the text exactly, in order', () => {
    const text = 'Hamas said. '.repeat(2000);
    const spans = chunkSpans(text, 500);
    expect(covers(text, spans)).toBe(true);
    expect(spans.length).toBeGreaterThan(20);
  });

  it('cuts at block separators before sentence ends', () => {
    const text = `${'a '.repeat(200)}\n${'b. '.repeat(200)}`;
    const [first] = chunkSpans(text, 450);
    expect(text.slice(0, first!.end).endsWith('\n')).toBe(true);
  });

  it('cuts a single huge text node at spaces, never inside a word', () => {
    const text = 'Benjamin Netanyahu met Hamas mediators '.repeat(5000);
    const spans = chunkSpans(text, 1000);
    expect(covers(text, spans)).toBe(true);
    for (const s of spans.slice(0, -1)) expect(text[s.end - 1]).toMatch(/\s/);
  });

  it('hard-cuts an unbroken run of letters rather than looping forever', () => {
    const text = 'x'.repeat(10_000);
    const spans = chunkSpans(text, 1000);
    expect(covers(text, spans)).toBe(true);
  });

  it('sizes the first chunk on its own', () => {
    const text = 'Gaza talks resume. '.repeat(400);
    const [first, second] = chunkSpans(text, 2000, 300);
    expect(first!.end - first!.start).toBeLessThanOrEqual(450);
    expect(second!.end - second!.start).toBeGreaterThan(1000);
  });

  it('cuts at the boundary nearest below the target size, not near its 1.5× limit', () => {
    // Paragraphs of 100 characters: every chunk but the last ends within one of the target.
    const text = `${'w'.repeat(99)}\n`.repeat(1000);
    const spans = chunkSpans(text, 2500, 4000);
    expect(covers(text, spans)).toBe(true);
    expect(spans[0]!.end - spans[0]!.start).toBeGreaterThan(3900);
    expect(spans[0]!.end - spans[0]!.start).toBeLessThanOrEqual(4000);
    for (const s of spans.slice(1, -1)) {
      expect(s.end - s.start).toBeGreaterThan(2400);
      expect(s.end - s.start).toBeLessThanOrEqual(2500);
    }
  });

  it('returns nothing for empty text', () => {
    expect(chunkSpans('')).toEqual([]);
  });
});

describe('annotateInChunks', () => {
  it('finds every term with absolute offsets, whatever the chunking', async () => {
    const text = 'The Hamas statement. '.repeat(3000);
    const found: PageAnnotation[] = [];
    await annotateInChunks(text, findHamas, (a) => found.push(...a), new AbortController().signal, { chunkSize: 700 });
    expect(found).toHaveLength(3000);
    for (const a of found) expect(text.slice(a.start, a.end)).toBe('Hamas');
  });

  it('uses a first answer in hand instead of asking for the first chunk', async () => {
    const text = 'The Hamas statement. '.repeat(300);
    const asked: number[] = [];
    const found: PageAnnotation[] = [];
    const first = findHamas(text.slice(0, chunkSpans(text, 700)[0]!.end), 0);
    await annotateInChunks(text, (chunk, base) => (asked.push(base), findHamas(chunk, base)), (a) => found.push(...a), new AbortController().signal, { chunkSize: 700, first });
    expect(asked).not.toContain(0);
    expect(asked.length).toBe(chunkSpans(text, 700).length - 1);
    expect(found).toHaveLength(300);
  });

  it('yields once the time budget is spent', async () => {
    // The page's clock is ours: each chunk takes 1 ms of it, whatever the machine's load.
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const text = 'Hamas. '.repeat(2_000);
    const slow = (chunk: string, base: number): PageAnnotation[] => {
      clock += 1;
      return findHamas(chunk, base);
    };
    const yieldsAt = async (budgetMs: number): Promise<number> => {
      let yields = 0;
      await annotateInChunks(text, slow, () => {}, new AbortController().signal, { chunkSize: 700, budgetMs, onYield: () => yields++ });
      return yields;
    };
    try {
      const chunks = chunkSpans(text, 700).length;
      expect(chunks).toBe(20);
      expect(await yieldsAt(3)).toBe(Math.floor(chunks / 3)); // every third chunk
      expect(await yieldsAt(100)).toBe(0); // the whole page within the budget
    } finally {
      now.mockRestore();
    }
  });

  it('stops when aborted', async () => {
    const text = 'Hamas. '.repeat(20_000);
    const controller = new AbortController();
    let chunks = 0;
    await annotateInChunks(text, findHamas, () => {
      chunks++;
      controller.abort();
    }, controller.signal, { chunkSize: 500 });
    expect(chunks).toBe(1);
  });
});
