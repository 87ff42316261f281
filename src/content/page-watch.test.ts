// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFailedRun, watchChanges, watchWhileGatedOff, whenSettled } from './page-watch';

const words = (n: number): string => 'Hostages return home as the truce holds. '.repeat(n);
/** Fake time (each test below turns fake timers on): the watchers' waits are 150 ms to 2 s. */
const settle = async (ms: number): Promise<void> => {
  await vi.advanceTimersByTimeAsync(ms);
};

describe('watchWhileGatedOff', () => {
  let page = 0;
  beforeEach(() => {
    vi.useFakeTimers();
    // Asks in a row at one address slow down: each test is a page of its own.
    history.replaceState(null, '', `/article-${++page}`);
  });
  afterEach(() => {
    document.body.innerHTML = '';
    vi.useRealTimers();
  });

  it('asks the gate again once an app puts its article in, as one element', async () => {
    const stop = new AbortController();
    const wake = vi.fn();
    watchWhileGatedOff(stop.signal, wake);
    const article = document.createElement('article');
    article.innerHTML = `<h1>Truce</h1><p>${words(20)}</p><p>${words(20)}</p>`;
    document.body.append(article);
    await settle(100);
    expect(wake).not.toHaveBeenCalled(); // at most once a second, and after the page settles
    await settle(850);
    expect(wake).not.toHaveBeenCalled();
    await settle(100);
    expect(wake).toHaveBeenCalledTimes(1);
    await settle(5000);
    expect(wake).toHaveBeenCalledTimes(1);
    stop.abort();
  });

  it('sleeps through a few words, scripts and styles, and after the run ends', async () => {
    const stop = new AbortController();
    const wake = vi.fn();
    watchWhileGatedOff(stop.signal, wake);
    const p = document.createElement('p');
    p.textContent = 'Live: 2-1';
    const script = document.createElement('script');
    script.textContent = `var x = "${words(100)}";`;
    document.body.append(p, script);
    await settle(1300);
    expect(wake).not.toHaveBeenCalled();

    const article = document.createElement('div');
    article.textContent = words(40);
    document.body.append(article);
    await settle(50);
    stop.abort();
    await settle(400);
    expect(wake).not.toHaveBeenCalled();
  });

  it('asks again for what came while the gate answered: a navigation, or an article', async () => {
    const moved = vi.fn();
    const stop = new AbortController();
    watchWhileGatedOff(stop.signal, moved, { from: 'http://localhost:3000/before', grown: 0 });
    expect(moved).toHaveBeenCalledTimes(1);

    const grown = vi.fn();
    watchWhileGatedOff(stop.signal, grown, { from: location.href, grown: 1500 });
    expect(grown).not.toHaveBeenCalled();
    await settle(1000);
    expect(grown).toHaveBeenCalledTimes(1);
    stop.abort();
  });

  it('counts an article an app renders in a shadow root: with its host, or into it later', async () => {
    const stop = new AbortController();
    const wake = vi.fn();
    watchWhileGatedOff(stop.signal, wake);
    const host = document.createElement('news-article');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>${words(30)}</style><p>${words(10)}</p>`;
    document.body.append(host);
    await settle(1300);
    expect(wake).not.toHaveBeenCalled(); // 410 characters, the style not counted
    const body = document.createElement('section');
    body.innerHTML = `<p>${words(20)}</p>`;
    root.append(body);
    await settle(150);
    expect(wake).not.toHaveBeenCalled(); // the page settling
    await settle(100);
    expect(wake).toHaveBeenCalledTimes(1);
    stop.abort();
  });

  it('counts text that grows in a shadow root the run read (an app shell)', async () => {
    const shell = document.createElement('app-shell');
    const root = shell.attachShadow({ mode: 'open' });
    root.innerHTML = '<nav>Home</nav><main></main>';
    document.body.append(shell);
    await settle(0);
    const stop = new AbortController();
    const wake = vi.fn();
    watchWhileGatedOff(stop.signal, wake, { shadowRoots: [root] });
    const post = document.createElement('news-post');
    post.attachShadow({ mode: 'open' }).innerHTML = `<p>${words(40)}</p>`;
    root.querySelector('main')!.append(post);
    await settle(1000);
    expect(wake).toHaveBeenCalledTimes(1);
    stop.abort();
  });

  it('counts an article a component renders in its shadow root once the page defines it', async () => {
    /** A component that renders the article into a shadow root when defined. */
    const define = (name: string): void => customElements.define(name, class extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).innerHTML = `<p>${words(40)}</p>`;
      }
    });
    // Met undefined by the gate's read…
    const read = document.body.appendChild(document.createElement('gated-article-a'));
    const stop = new AbortController();
    const wake = vi.fn();
    watchWhileGatedOff(stop.signal, wake, { undefinedElements: [read] });
    await settle(1000);
    define('gated-article-a');
    await settle(1200); // the look 2 s after, then the page settling
    expect(wake).toHaveBeenCalledTimes(1);
    stop.abort();

    // …or added undefined since.
    history.replaceState(null, '', '/article-late-component');
    const again = new AbortController();
    const woken = vi.fn();
    watchWhileGatedOff(again.signal, woken);
    document.body.appendChild(document.createElement('gated-article-b'));
    await settle(100);
    define('gated-article-b');
    await settle(2000);
    expect(woken).toHaveBeenCalledTimes(1);
    again.abort();
  });

  it('asks less often while a live page stays off topic, and afresh after a navigation', async () => {
    const stop = new AbortController();
    /** Watch as a run that found the page off topic would; the ms from growth to the ask. */
    const gapToAsk = async (): Promise<number> => {
      const wake = vi.fn();
      watchWhileGatedOff(stop.signal, wake);
      const post = document.createElement('p');
      post.textContent = words(40);
      document.body.append(post);
      await Promise.resolve(); // the observer's records
      for (let ms = 0; ms <= 40_000; ms += 100) {
        if (wake.mock.calls.length > 0) return ms;
        await vi.advanceTimersByTimeAsync(100);
      }
      return Infinity;
    };
    const gaps = [];
    for (let i = 0; i < 7; i++) gaps.push(await gapToAsk());
    expect(gaps.map((ms) => Math.round(ms / 1000))).toEqual([1, 2, 4, 8, 16, 30, 30]);

    history.pushState(null, '', '/next-story');
    expect(Math.round((await gapToAsk()) / 1000)).toBe(1);
    stop.abort();
  });
});

describe('watchChanges', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sees text added in an open shadow root, with its host or later', async () => {
    const stop = new AbortController();
    const changes = watchChanges(stop.signal);
    const host = document.createElement('news-article');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<p>${words(1)}</p>`;
    document.body.append(host);
    await settle(0);
    expect(changes.take()).toBe(true);
    expect(changes.grown()).toBe(words(1).length);
    root.append(document.createTextNode('Update'));
    await settle(0);
    expect(changes.take()).toBe(true);
    expect(changes.grown()).toBe(words(1).length + 6);
    stop.abort();
    host.remove();
  });
});

describe('whenSettled', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits while the text keeps changing, up to a cap', async () => {
    const stop = new AbortController();
    let settled = false;
    void whenSettled(stop.signal, 150, 5000).then(() => (settled = true));
    for (let i = 0; i < 4; i++) {
      await settle(80);
      document.body.append(document.createElement('p'), document.createTextNode(`Update ${i}`));
    }
    expect(settled).toBe(false);
    await settle(100);
    expect(settled).toBe(false);
    await settle(50);
    expect(settled).toBe(true);

    let capped = false;
    const live = setInterval(() => document.body.append(document.createTextNode('tick ')), 30);
    void whenSettled(stop.signal, 150, 400).then(() => (capped = true));
    await settle(390);
    expect(capped).toBe(false);
    await settle(10);
    expect(capped).toBe(true);
    clearInterval(live);
  });

  it('waits while the text in an open shadow root keeps changing', async () => {
    const host = document.createElement('app-view');
    const root = host.attachShadow({ mode: 'open' });
    let settled = false;
    void whenSettled(new AbortController().signal, 150, 5000).then(() => (settled = true));
    document.body.append(host);
    for (let i = 0; i < 4; i++) {
      await settle(80);
      root.append(document.createTextNode(`Update ${i}`));
    }
    expect(settled).toBe(false);
    await settle(150);
    expect(settled).toBe(true);
    host.remove();
  });
});

describe('afterFailedRun', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once more after a short wait, and not at all once a fresh run took over', async () => {
    const again = vi.fn();
    const wake = vi.fn();
    afterFailedRun(new AbortController().signal, true, again, wake);
    await vi.advanceTimersByTimeAsync(500);
    expect(again).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(600);
    expect(again).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(again).toHaveBeenCalledTimes(1);

    const replaced = new AbortController();
    const late = vi.fn();
    afterFailedRun(replaced.signal, true, late, wake);
    replaced.abort();
    await vi.advanceTimersByTimeAsync(5000);
    expect(late).not.toHaveBeenCalled();
    expect(wake).not.toHaveBeenCalled();
  });

  it('sleeps after the retry failed too: only new text or a navigation wakes it', async () => {
    history.replaceState(null, '', '/failed-twice');
    const stop = new AbortController();
    const again = vi.fn();
    const wake = vi.fn();
    afterFailedRun(stop.signal, false, again, wake);
    await settle(1200);
    expect(again).not.toHaveBeenCalled();
    expect(wake).not.toHaveBeenCalled();
    const article = document.createElement('article');
    article.textContent = words(40);
    document.body.append(article);
    await settle(200);
    expect(wake).toHaveBeenCalledTimes(1);
    expect(again).not.toHaveBeenCalled();
    stop.abort();
    document.body.innerHTML = '';
  });
});
