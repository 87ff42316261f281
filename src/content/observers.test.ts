// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardHost } from './card-host';
import type { Highlighter } from './highlighter';
import { initObservers, pageAddress } from './observers';
import type { PageRun } from './page-run';

// A batch is handled by observer-batch.ts, which content-more.js brings (more-loader.ts).
const loadMore = vi.hoisted(() => vi.fn());
vi.mock('./more-loader', () => ({ loadMore }));

describe('initObservers', () => {
  let controller: AbortController;
  let drop: ReturnType<typeof vi.fn>;
  let made: WeakSet<Node>;
  let marksChanged: ReturnType<typeof vi.fn>;

  beforeEach(async () => {
    const batch = await import('./observer-batch');
    loadMore.mockReset();
    loadMore.mockImplementation(() => Promise.resolve(batch));
    vi.useFakeTimers();
    document.body.innerHTML = '<p id="a">Gaza</p><p id="b">Jenin</p>';
    controller = new AbortController();
    drop = vi.fn(() => 0);
    made = new WeakSet();
    marksChanged = vi.fn();
    const run = {
      signal: controller.signal,
      highlighter: { drop, add: () => 0 } as unknown as Highlighter,
      card: { element: null, owns: (n: Node) => made.has(n) } as unknown as CardHost,
      annotate: () => [],
      shadowRoots: [],
      onMarksChanged: marksChanged,
    } as unknown as PageRun;
    initObservers(run, () => {})();
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  const settle = async (): Promise<void> => {
    await vi.advanceTimersByTimeAsync(300);
  };

  it('does not test the marks when only a card host came and went', async () => {
    const host = document.createElement('backstory-card');
    made.add(host);
    document.documentElement.appendChild(host);
    host.remove();
    await settle();
    expect(drop).not.toHaveBeenCalled();
    expect(marksChanged).not.toHaveBeenCalled();
  });

  it('sets no batch timer when the page did not change while the run matched', () => {
    expect(vi.getTimerCount()).toBe(0);
  });

  it('handles a change made while the run matched once it begins', async () => {
    const held = vi.fn(() => 0);
    const run = {
      signal: controller.signal,
      highlighter: { drop: held, add: () => 0 } as unknown as Highlighter,
      card: null,
      annotate: () => [],
      shadowRoots: [],
      onMarksChanged: () => {},
    } as unknown as PageRun;
    const begin = initObservers(run, () => {});
    document.getElementById('a')!.remove();
    await settle();
    expect(held).not.toHaveBeenCalled();
    begin();
    await settle();
    expect(held).toHaveBeenCalledTimes(1);
  });

  it('drops the marks of page text that left', async () => {
    document.getElementById('b')!.remove();
    await settle();
    expect(drop).toHaveBeenCalledTimes(1);
  });

  it('loads the batch handler only when a batch is due', async () => {
    await settle();
    expect(loadMore).not.toHaveBeenCalled();
    document.getElementById('b')!.remove();
    await settle();
    expect(loadMore).toHaveBeenCalledTimes(1);
  });

  it('holds a batch when content-more cannot be loaded, and asks again only at the next change', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    loadMore.mockImplementation(() => Promise.reject(new Error('refused')));
    document.getElementById('b')!.remove();
    await vi.advanceTimersByTimeAsync(2000);
    expect(loadMore).toHaveBeenCalledTimes(1);
    expect(drop).not.toHaveBeenCalled();
    document.getElementById('a')!.textContent = 'Rafah';
    await settle();
    expect(loadMore).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('reads a held batch with the next one once content-more loads', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    controller.abort(); // only this test's observers
    controller = new AbortController();
    const read: string[] = [];
    const run = {
      signal: controller.signal,
      highlighter: { drop: () => 0, add: () => 0 } as unknown as Highlighter,
      card: null,
      annotate: (text: string) => void read.push(text.trim()),
      shadowRoots: [],
      onMarksChanged: () => {},
    } as unknown as PageRun;
    document.body.innerHTML = '<div><p id="c">Gaza</p></div><div><p id="d">Jenin</p></div>';
    initObservers(run, () => {})();
    loadMore.mockImplementationOnce(() => Promise.reject(new Error('refused')));
    document.getElementById('c')!.append(' Rafah');
    await vi.advanceTimersByTimeAsync(2000);
    expect(read).not.toContain('Gaza Rafah');
    document.getElementById('d')!.append(' Doha');
    await settle();
    expect(loadMore).toHaveBeenCalledTimes(2);
    expect(read).toEqual(expect.arrayContaining(['Gaza Rafah', 'Jenin Doha']));
    warn.mockRestore();
  });
});

describe('pageAddress', () => {
  it('leaves out a fragment that points into the page, and keeps a hash route', () => {
    expect(pageAddress('https://news.example/truce')).toBe('https://news.example/truce');
    expect(pageAddress('https://news.example/truce#footnote-3')).toBe('https://news.example/truce');
    expect(pageAddress('https://news.example/truce#')).toBe('https://news.example/truce');
    expect(pageAddress('https://news.example/#/story/12')).toBe('https://news.example/#/story/12');
    expect(pageAddress('https://news.example/#!/story/12')).toBe('https://news.example/#!/story/12');
  });
});
