// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { DEFAULT_SETTINGS } from '../core/records';
import type { PageAnswer } from '../messaging/contract';
import { App } from './app';
import { LATER_VIEWS, type LaterViews } from './later-views';
import { notesStore, SUMMARY } from './notes-test-store';
import { click, renderWithDeps, settle } from './test-deps';

afterEach(() => {
  document.body.innerHTML = '';
});

/** A loader the test answers by hand, counting the calls. */
function heldLoader() {
  let calls = 0;
  const pending: { resolve: (v: LaterViews) => void; reject: (e: Error) => void }[] = [];
  const load = (): Promise<LaterViews> => {
    calls++;
    return new Promise<LaterViews>((resolve, reject) => pending.push({ resolve, reject }));
  };
  return { load, calls: () => calls, pending };
}

const handlers = () => ({ ...notesStore().handlers, 'settings/get': () => DEFAULT_SETTINGS, 'page/summary': (): PageAnswer => SUMMARY });

describe('Notes, Library and Settings from popup-more.js', () => {
  it('a panel opened before its code is in says so, then shows with the focus still on its tab', async () => {
    const loader = heldLoader();
    const r = await renderWithDeps(<App />, { handlers: handlers(), deps: { laterViews: loader.load } });
    const tab = r.$('[data-tab="library"]')!;
    tab.focus();
    await click(tab);
    expect(r.$('[data-panel="library"] [data-loading]')?.textContent).toBe('Loading…');
    expect(loader.calls()).toBeGreaterThanOrEqual(1);
    await act(() => loader.pending.forEach((p) => p.resolve(LATER_VIEWS)));
    await settle();
    expect(r.$('[data-panel="library"] [data-loading]')).toBeNull();
    expect(r.$('[data-panel="library"] [data-action="save-page"]')).not.toBeNull();
    expect(document.activeElement).toBe(tab);
  });

  it('says when the code cannot be loaded, and tries again on the next panel opened', async () => {
    const loader = heldLoader();
    const r = await renderWithDeps(<App />, { handlers: handlers(), deps: { laterViews: loader.load } });
    await click(r.$('[data-tab="settings"]'));
    await act(() => loader.pending.splice(0).forEach((p) => p.reject(new Error('Could not load popup-more.js'))));
    await settle();
    expect(r.$('[data-status]')?.textContent).toContain('Could not load this panel');
    const before = loader.calls();
    await click(r.$('[data-tab="notes"]'));
    await click(r.$('[data-tab="settings"]'));
    expect(loader.calls()).toBeGreaterThan(before);
  });

  it('fetches them only once "This page" has its answer', async () => {
    const loader = heldLoader();
    let answer: (s: PageAnswer) => void = () => undefined;
    const summary = new Promise<PageAnswer>((resolve) => (answer = resolve));
    const r = await renderWithDeps(<App />, { handlers: { ...handlers(), 'page/summary': () => summary }, deps: { laterViews: loader.load } });
    await settle(30);
    expect(loader.calls()).toBe(0);
    await act(() => answer(SUMMARY));
    await settle(30);
    expect(r.$('[data-panel="page"] [data-term]')).not.toBeNull();
    expect(loader.calls()).toBe(1);
  });
});
