// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initObservers } from './observers';
import type { PageRun } from './page-run';
import { readTextMap } from './text-map';
import type { PageAnnotation } from '../core/types';
import { fakeMarks } from '../../tests/support/fake-marks';

// A batch is handled by observer-batch.ts, which content-more.js brings (more-loader.ts).
vi.mock('./more-loader', async () => {
  const batch = await import('./observer-batch');
  return { loadMore: () => Promise.resolve(batch) };
});

const NAMES = /Benjamin Netanyahu|Mike Waltz|Hamas|Doha/g;
/** A local matcher: the names above, offsets from `base`. */
function matchNames(chunk: string, base: number): PageAnnotation[] {
  return [...chunk.matchAll(NAMES)].map((m) => ({
    start: base + m.index, end: base + m.index + m[0].length, text: m[0], kind: 'person', entityId: null, canonical: null,
  }));
}

describe('initObservers re-reading changed text', () => {
  let controller: AbortController;
  let annotate: ReturnType<typeof vi.fn<(chunk: string, base: number) => PageAnnotation[] | Promise<PageAnnotation[]>>>;
  let run: PageRun;
  let marksChanged: ReturnType<typeof vi.fn<(changedAt: number) => void>>;

  const fake = fakeMarks();
  const highlighter = fake.highlighter;
  const names = (): string[] => fake.marks.map((m) => m.annotation.text);
  /** Fake time: the batch pause is 150 ms, a failed batch's retry 1 s. */
  const settle = async (ms = 300): Promise<void> => {
    await vi.advanceTimersByTimeAsync(ms);
  };

  /** Lays out `html`, marks it as a first pass would, and starts observing. */
  function start(html: string, from?: string, onNavigate: () => void = () => {}): void {
    document.body.innerHTML = html;
    for (const host of document.querySelectorAll('[data-shadow]')) host.attachShadow({ mode: 'open' }).innerHTML = host.getAttribute('data-shadow')!;
    const map = readTextMap(document.body);
    highlighter.add(map, matchNames(map.text, 0));
    run = {
      signal: controller.signal, highlighter, card: null,
      annotate, shadowRoots: map.shadowRoots, onMarksChanged: marksChanged,
    } as unknown as PageRun;
    initObservers(run, onNavigate, from, map.undefinedElements)();
  }

  beforeEach(() => {
    vi.useFakeTimers();
    controller = new AbortController();
    fake.clear();
    annotate = vi.fn(matchNames);
    marksChanged = vi.fn(() => {});
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  it('re-reads a clock ticking in a <nav> alone, not the whole page', async () => {
    start('<nav><span id="clock">10:00</span> Doha</nav><article><p>Benjamin Netanyahu met Hamas envoys.</p></article>');
    const netanyahu = fake.marks.find((m) => m.annotation.text === 'Benjamin Netanyahu');
    document.getElementById('clock')!.firstChild!.nodeValue = '10:01';
    await settle();
    expect(annotate.mock.calls.map(([chunk]) => chunk)).toEqual(['10:01 Doha']);
    expect(fake.marks).toContain(netanyahu);
    expect(names().sort()).toEqual(['Benjamin Netanyahu', 'Doha', 'Hamas']);
  });

  it('tells hover once per batch, after the re-read marks are in (a pointer may rest on one)', async () => {
    start('<p id="p">Hamas agreed.</p><p>Doha</p>');
    let seen: string[] = [];
    marksChanged.mockImplementation(() => void (seen = names().sort()));
    document.getElementById('p')!.textContent = 'Mike Waltz agreed.';
    document.getElementById('p')!.append(' Hamas too.');
    await settle();
    expect(marksChanged).toHaveBeenCalledTimes(1);
    expect(seen).toEqual(['Doha', 'Hamas', 'Mike Waltz']);
  });

  it("tells hover when the batch's first change was seen, not when it was handled", async () => {
    start('<p id="p">Hamas agreed.</p>');
    const changed = performance.now();
    document.getElementById('p')!.textContent = 'Mike Waltz agreed.';
    await vi.advanceTimersByTimeAsync(100);
    document.getElementById('p')!.append(' Hamas too.');
    await settle();
    expect(marksChanged.mock.calls).toEqual([[changed]]);
    // The next batch has its own.
    await vi.advanceTimersByTimeAsync(500);
    const later = performance.now();
    expect(later).toBeGreaterThan(changed);
    document.getElementById('p')!.textContent = 'Doha';
    await settle();
    expect(marksChanged.mock.calls).toEqual([[changed], [later]]);
  });

  it('re-reads only the changed text’s parent when no block holds it below the body', async () => {
    start('<site-header><b id="clock">10:00</b></site-header><p>Hamas said so.</p>');
    document.getElementById('clock')!.firstChild!.nodeValue = '10:01';
    await settle();
    expect(annotate.mock.calls.map(([chunk]) => chunk)).toEqual(['10:01']);
    expect(names()).toEqual(['Hamas']);
  });

  it('highlights text a "Read more" reveals, and drops the marks of text hidden or made editable', async () => {
    start('<p>Hamas agreed.</p><div id="more" hidden><p>Mike Waltz flew to Doha.</p></div>');
    const more = document.getElementById('more')!;
    more.removeAttribute('hidden');
    await settle();
    expect(names().sort()).toEqual(['Doha', 'Hamas', 'Mike Waltz']);
    more.setAttribute('aria-hidden', 'true');
    await settle();
    expect(names()).toEqual(['Hamas']);
    more.removeAttribute('aria-hidden');
    await settle();
    document.querySelector('p')!.setAttribute('contenteditable', 'true');
    await settle();
    expect(names().sort()).toEqual(['Doha', 'Mike Waltz']);
    // An attribute that leaves it shown (a page re-rendering) re-reads nothing.
    annotate.mockClear();
    more.setAttribute('aria-hidden', 'false');
    await settle();
    expect(annotate).not.toHaveBeenCalled();
  });

  it('highlights a <details> body once opened, drops it when closed, and reads none added while closed', async () => {
    start('<p>Hamas agreed.</p><details id="more"><summary>Doha</summary><p id="body">Mike Waltz flew in.</p></details>');
    expect(names().sort()).toEqual(['Doha', 'Hamas']);
    const more = document.getElementById('more')!;
    more.setAttribute('open', '');
    await settle();
    expect(names().sort()).toEqual(['Doha', 'Hamas', 'Mike Waltz']);
    more.removeAttribute('open');
    await settle();
    expect(names().sort()).toEqual(['Doha', 'Hamas']);
    document.getElementById('body')!.append(' Netanyahu too.');
    await settle();
    expect(names().sort()).toEqual(['Doha', 'Hamas']);
  });

  it('reads a <dialog> once: shown or closed, its marks stay (only a <details> hides by `open`)', async () => {
    start('<p>Hamas agreed.</p><dialog id="figures"><p>Mike Waltz flew in.</p></dialog>');
    expect(names().sort()).toEqual(['Hamas', 'Mike Waltz']);
    annotate.mockClear();
    const dialog = document.getElementById('figures')!;
    dialog.setAttribute('open', '');
    await settle();
    dialog.removeAttribute('open');
    await settle();
    expect(annotate).not.toHaveBeenCalled();
    expect(names().sort()).toEqual(['Hamas', 'Mike Waltz']);
  });

  it('calls a navigation since the run began a navigation', () => {
    const onNavigate = vi.fn();
    start('<p>Hamas</p>', 'https://news.example/earlier-story', onNavigate);
    expect(onNavigate).toHaveBeenCalledTimes(1);
  });

  it('hands shadow roots found in added text to hit-testing', async () => {
    start('<p>Hamas</p>');
    const host = document.createElement('story-body');
    const sr = host.attachShadow({ mode: 'open' });
    sr.innerHTML = '<p>Mike Waltz</p>';
    document.body.appendChild(host);
    await settle();
    expect(run.shadowRoots).toEqual([sr]);
    expect(names()).toEqual(['Hamas', 'Mike Waltz']);
  });

  it('watches a closed shadow root the extension reaches: text added in it is read', async () => {
    const host = document.createElement('news-story');
    const closed = host.attachShadow({ mode: 'closed' });
    closed.innerHTML = '<p>Hamas</p>';
    vi.stubGlobal('chrome', { runtime: {}, dom: { openOrClosedShadowRoot: (el: Element) => (el === host ? closed : null) } });
    start('<p>Doha</p>');
    document.body.appendChild(host);
    await settle();
    closed.appendChild(document.createElement('p')).textContent = 'Mike Waltz';
    await settle();
    vi.unstubAllGlobals();
    expect(run.shadowRoots).toEqual([closed]);
    expect(names()).toEqual(['Doha', 'Hamas', 'Mike Waltz']);
  });

  it('reads a custom element the page defines after the run read it (no record for its shadow root)', async () => {
    start('<p>Hamas</p><late-story-a></late-story-a>');
    await settle(1000);
    customElements.define('late-story-a', class extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).innerHTML = '<p>Mike Waltz flew to Doha.</p>';
      }
    });
    await settle(1500); // the look 2 s after the read, and a batch
    expect(names()).toEqual(['Hamas', 'Mike Waltz', 'Doha']);
    expect(run.shadowRoots).toEqual([document.querySelector('late-story-a')!.shadowRoot]);
  });

  it('reads a custom element added undefined and defined later', async () => {
    start('<p>Hamas</p>');
    document.body.appendChild(document.createElement('late-story-b'));
    await settle();
    customElements.define('late-story-b', class extends HTMLElement {
      connectedCallback(): void {
        this.attachShadow({ mode: 'open' }).innerHTML = '<p>Benjamin Netanyahu</p>';
      }
    });
    await settle(2000);
    expect(names()).toEqual(['Hamas', 'Benjamin Netanyahu']);
  });

  it('drops shadow roots whose host left the page, and lists one again when it is back', async () => {
    start('<p>Hamas</p><x-quote data-shadow="Mike Waltz"></x-quote><x-aside data-shadow="Doha"></x-aside>');
    const [quote, aside] = [document.querySelector('x-quote')!, document.querySelector('x-aside')!];
    expect(run.shadowRoots).toEqual([quote.shadowRoot, aside.shadowRoot]);
    quote.remove();
    await settle();
    expect(run.shadowRoots).toEqual([aside.shadowRoot]);
    expect(names()).toEqual(['Hamas', 'Doha']);
    document.body.appendChild(quote);
    await settle();
    expect(run.shadowRoots).toEqual([aside.shadowRoot, quote.shadowRoot]);
    expect(names().sort()).toEqual(['Doha', 'Hamas', 'Mike Waltz']);
  });

  it('re-reading a block drops the marks in a shadow root inside it, so none is doubled', async () => {
    start('<p id="p">Hamas said <x-name data-shadow="Benjamin Netanyahu"></x-name></p>');
    expect(names()).toEqual(['Hamas', 'Benjamin Netanyahu']);
    document.getElementById('p')!.firstChild!.nodeValue = 'Hamas told Doha ';
    await settle();
    expect(names().sort()).toEqual(['Benjamin Netanyahu', 'Doha', 'Hamas']);
  });

  it('reads text again once when page/annotate failed', async () => {
    start('<p>Hamas</p>');
    annotate.mockImplementationOnce(() => Promise.reject(new Error('background restarting')));
    const p = document.createElement('p');
    p.textContent = 'Mike Waltz';
    document.body.appendChild(p);
    await settle();
    expect(annotate).toHaveBeenCalledTimes(1);
    expect(names()).toEqual(['Hamas']);
    await settle(1300);
    expect(annotate).toHaveBeenCalledTimes(2);
    expect(names()).toEqual(['Hamas', 'Mike Waltz']);
  });

  it('tells hover, after a retry, when the change it could not read was first seen', async () => {
    start('<p>Hamas</p>');
    annotate.mockImplementationOnce(() => Promise.reject(new Error('background restarting')));
    const changed = performance.now();
    document.body.appendChild(document.createElement('p')).textContent = 'Mike Waltz';
    await settle(1600);
    expect(names()).toEqual(['Hamas', 'Mike Waltz']);
    // A pointer tested on the unmarked text before the retry is owed a test by both batches.
    expect(marksChanged.mock.calls).toEqual([[changed], [changed]]);
  });

  it('gives up on text whose page/annotate fails twice', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    start('<p>Hamas</p>');
    annotate.mockImplementation(() => Promise.reject(new Error('no background')));
    document.body.appendChild(document.createElement('p')).textContent = 'Mike Waltz';
    await settle(1600);
    expect(annotate).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenCalledTimes(1);
    await settle(10_000);
    expect(annotate).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
  it('reads a text node directly under the body that changed while a batch was matching, in the next batch', async () => {
    start('<p id="p">Hamas</p>Doha');
    const bare = document.body.lastChild as Text;
    annotate.mockImplementationOnce((chunk, base) => new Promise((r) => setTimeout(() => r(matchNames(chunk, base)), 500)));
    document.getElementById('p')!.textContent = 'Mike Waltz';
    await settle(200); // the batch is waiting on its slow match
    bare.data = 'Benjamin Netanyahu'; // its own batch is due while this one still matches
    await settle(1000);
    expect(annotate.mock.calls.map(([chunk]) => chunk).at(-1)).toContain('Benjamin Netanyahu');
    expect(names().sort()).toEqual(['Benjamin Netanyahu', 'Mike Waltz']);
  });
});
