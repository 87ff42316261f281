// @vitest-environment happy-dom
// "This page" with nothing linked asks whether the library is empty; until it hears, it
// draws neither the topic box nor the empty-library hint, so neither flashes before the other.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANSWER_WAIT_MS } from './when-late';
import type { PageSummary } from '../messaging/contract';
import { App } from './app';
import { renderWithDeps, type FakeHandlers } from './test-deps';

const UNLINKED: PageSummary = {
  url: 'https://news.example/harbour',
  title: 'Harbour works',
  topic: { score: 0, onTopic: false, threshold: 0.15, top: [] },
  terms: [{ entityId: null, name: 'Port Ellis', kind: 'place', linked: false, count: 4, text: 'Port Ellis' }],
  numbers: [],
  related: [],
};

/** A library/list answer held until `answer` is called (or `fail`). */
function heldLibrary(): { handlers: FakeHandlers; answer: (total: number) => void; fail: () => void } {
  let answer: (total: number) => void = () => undefined;
  let fail: () => void = () => undefined;
  const asked = new Promise<{ total: number; entries: [] }>((resolve, reject) => {
    answer = (total) => resolve({ total, entries: [] });
    fail = () => reject(new Error('the background went away'));
  });
  return { handlers: { 'page/summary': () => UNLINKED, 'library/list': () => asked }, answer: (t) => answer(t), fail: () => fail() };
}

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('This page while the library is asked about', () => {
  it('draws nothing until the answer, then the empty-library hint without a topic box', async () => {
    const held = heldLibrary();
    const r = await renderWithDeps(<App />, { handlers: held.handlers });
    expect(r.calls.some((c) => c.kind === 'library/list')).toBe(true);
    expect(r.$('[data-topic]')).toBeNull();
    expect(r.$('[data-empty="no-articles"]')).toBeNull();
    expect(r.$('[data-panel="page"]')?.textContent).toBe('');
    held.answer(0);
    await r.settle();
    expect(r.$('[data-empty="no-articles"]')?.textContent).toContain('Your library is empty.');
    expect(r.$('[data-topic]')).toBeNull();
    expect(r.$('[data-term]')?.textContent).toContain('Port Ellis');
  });

  it('draws the topic box, not the hint, once articles are known to be stored', async () => {
    const held = heldLibrary();
    const r = await renderWithDeps(<App />, { handlers: held.handlers });
    expect(r.$('[data-topic]')).toBeNull();
    held.answer(5);
    await r.settle();
    expect(r.$('[data-topic]')).not.toBeNull();
    expect(r.$('[data-empty="no-articles"]')).toBeNull();
  });

  it('falls back to the topic box when the library cannot be asked', async () => {
    const held = heldLibrary();
    const r = await renderWithDeps(<App />, { handlers: held.handlers });
    held.fail();
    await r.settle();
    expect(r.$('[data-topic]')).not.toBeNull();
    expect(r.$('[data-empty="no-articles"]')).toBeNull();
  });

  it('says the background did not answer, after a while, and asks again on "Try again"', async () => {
    // A worker that died: the count never comes. Fake timers that still follow real time,
    // so the views' own awaits run.
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let asked = 0;
    const never = new Promise<never>(() => undefined);
    const handlers: FakeHandlers = { 'page/summary': () => UNLINKED, 'library/list': () => (++asked === 1 ? never : { total: 3, entries: [] }) };
    const r = await renderWithDeps(<App />, { handlers });
    expect(r.$('[data-library-unknown]')).toBeNull();
    await vi.advanceTimersByTimeAsync(ANSWER_WAIT_MS + 10);
    await r.settle();
    const notice = r.$('[data-library-unknown]');
    expect(notice?.getAttribute('role')).toBe('status');
    expect(notice?.textContent).toContain('did not answer');
    // The page's own terms are shown all the same.
    expect(r.$('[data-term]')?.textContent).toContain('Port Ellis');
    r.$<HTMLButtonElement>('[data-action="library-retry"]')?.focus();
    r.$('[data-action="library-retry"]')?.click();
    await r.settle();
    expect(asked).toBe(2);
    expect(r.$('[data-library-unknown]')).toBeNull();
    expect(r.$('[data-topic]')).not.toBeNull();
    // The button went with the notice: the focus is on what took its place, not the body.
    expect(document.activeElement).toBe(r.$('[data-topic]'));
  });

  it('says the asking failed (not that nothing answered), and after "Try again" focuses the hint', async () => {
    let asked = 0;
    const handlers: FakeHandlers = { 'page/summary': () => UNLINKED, 'library/list': () => (++asked === 1 ? Promise.reject(new Error('store closed')) : { total: 0, entries: [] }) };
    const r = await renderWithDeps(<App />, { handlers });
    await r.settle();
    const notice = r.$('[data-library-unknown]')?.textContent ?? '';
    expect(notice).not.toContain('did not answer');
    expect(notice).toContain('asking its background failed');
    expect(notice).toContain('Nothing was changed.');
    r.$<HTMLButtonElement>('[data-action="library-retry"]')?.focus();
    r.$('[data-action="library-retry"]')?.click();
    await r.settle();
    expect(r.$('[data-library-unknown]')).toBeNull();
    expect(document.activeElement).toBe(r.$('[data-empty="no-articles"]'));
  });
});
