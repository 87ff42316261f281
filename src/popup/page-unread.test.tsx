// @vitest-environment happy-dom
// "This page" with no report of the page held: while the page is read (after the site is
// turned on again, or "Read the page again"), when it says nothing in time, and when the
// background let its report go.
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../core/records';
import type { PageAnswer, PageSummary } from '../messaging/contract';
import { App } from './app';
import { ASK_AGAIN_MS, REPORT_WAIT_MS } from './report-wait';
import { click, renderWithDeps, type FakeTabHandlers, type Rendered } from './test-deps';

const SUMMARY: PageSummary = {
  url: 'https://news.example/story',
  title: 'A story',
  topic: { score: 0.31, onTopic: true, threshold: 0.15, top: [] },
  terms: [{ entityId: 'org:hamas', name: 'Hamas', kind: 'org', linked: true, count: 2, text: 'Hamas' }],
  numbers: [],
  related: [],
};
const OFF: PageAnswer = { siteOff: 'news.example', url: SUMMARY.url };

beforeEach(() => {
  // Time runs on as usual (the views' settling waits on it); the waits are jumped over.
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

async function pass(ms: number, r: Rendered): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
  await r.settle();
}

/** The popup on a page whose answers the test sets as it goes; `report()` is the page reporting. */
async function popup(first: PageAnswer, tab: FakeTabHandlers = {}) {
  const page = { answer: first };
  let reportAgain: (() => void) | null = null;
  const r = await renderWithDeps(<App />, {
    handlers: { 'page/summary': () => page.answer, 'settings/site-on': () => ({ ...DEFAULT_SETTINGS, offSites: [] }) },
    tab,
    deps: { watchReport: (_tabId, onChange) => ((reportAgain = onChange), () => undefined) },
  });
  const report = async (answer: PageAnswer): Promise<void> => {
    page.answer = answer;
    reportAgain?.();
    await r.settle();
  };
  return { r, page, report };
}

const status = (r: Rendered): string => r.$('[data-status]')?.textContent ?? '';

describe('"This page" waiting for the page to report', () => {
  it('after the site is turned on, says it is reading, not "nothing to show", until the report comes', async () => {
    const { r, page, report } = await popup(OFF);
    page.answer = null; // the page's run is under way: no report yet
    await click(r.$('[data-action="site-on"]'));
    expect(r.$('[data-panel="page"] [data-reading]')?.textContent).toContain('Reading the page');
    expect(status(r)).toBe('Backstory is on again on news.example. Reading the page…');
    // Asked again after a while, the page has still not reported: still reading.
    await pass(ASK_AGAIN_MS + 100, r);
    expect(r.calls.filter((c) => c.kind === 'page/summary')).toHaveLength(2);
    expect(r.$('[data-empty="page"]')).toBeNull();
    expect(r.$('[data-reading]')).not.toBeNull();
    await report(SUMMARY);
    expect(r.$$('[data-term]')).toHaveLength(1);
    expect(r.$('[data-reading]')).toBeNull();
    expect(status(r)).toBe('Backstory is on again on news.example, and has read the page.');
    // The wait is over: nothing more is asked, nothing said, when its time would have run out.
    const asked = r.calls.length;
    await pass(REPORT_WAIT_MS, r);
    expect(r.calls.length).toBe(asked);
    expect(r.$$('[data-term]')).toHaveLength(1);
  });

  it('says plainly when the page has not reported in time, and offers to read it again', async () => {
    const { r, page } = await popup(OFF);
    page.answer = null;
    await click(r.$('[data-action="site-on"]'));
    await pass(REPORT_WAIT_MS + 100, r);
    const unread = r.$('[data-panel="page"] [data-unread]');
    expect(unread?.textContent).toContain('The page has not said what Backstory found on it.');
    expect(unread?.textContent).toContain(`asked ${REPORT_WAIT_MS / 1000} seconds ago`);
    expect(unread?.querySelector('[data-action="reread"]')).not.toBeNull();
    expect(status(r)).toBe('Backstory is on again on news.example, but the page did not say what it found on it in time.');
  });

  it('shows a page still being read as the popup opens as being read, and its report when it comes', async () => {
    const { r, report } = await popup({ unreported: 'reading', url: SUMMARY.url });
    expect(r.$('[data-panel="page"] [data-reading]')).not.toBeNull();
    expect(r.$('[data-empty="page"]')).toBeNull();
    await report(SUMMARY);
    expect(r.$$('[data-term]')).toHaveLength(1);
  });
});

describe('"This page" reading as the popup opens, before the tab lookup answers', () => {
  it('starts the wait at once, asking for the active tab, and gives up in time', async () => {
    const reading: PageAnswer = { unreported: 'reading', url: SUMMARY.url };
    const r = await renderWithDeps(<App />, {
      handlers: { 'page/summary': () => reading },
      // The popup's own tabs.query has not answered (it may take long under load).
      deps: { tab: { id: null, url: null, title: null }, pageSummary: Promise.resolve(reading) },
    });
    expect(r.$('[data-panel="page"] [data-reading]')).not.toBeNull();
    await pass(ASK_AGAIN_MS + 100, r);
    expect(r.calls.filter((c) => c.kind === 'page/summary').map((c) => c.req)).toEqual([{ tabId: 'active' }]);
    await pass(REPORT_WAIT_MS - ASK_AGAIN_MS, r);
    expect(r.$('[data-panel="page"] [data-unread]')).not.toBeNull();
    expect(status(r)).toBe('The page did not say what Backstory found on it in time.');
  });
});

describe('"This page" when the background let the report go', () => {
  it('says so, and "Read the page again" has the page run again and shows its new report', async () => {
    const rereads: unknown[] = [];
    const { r, report } = await popup({ unreported: 'let-go', url: SUMMARY.url }, { 'tab/reread': (req) => (rereads.push(req), null) });
    const gone = r.$('[data-panel="page"] [data-report-gone]');
    expect(gone?.textContent).toContain('Backstory no longer holds what it found on this page.');
    expect(r.$('[data-empty="page"]')).toBeNull();
    const button = r.$<HTMLButtonElement>('[data-action="reread"]');
    expect(button?.tagName).toBe('BUTTON');
    expect(button?.textContent).toBe('Read the page again');
    button?.focus();
    const focus = vi.spyOn(HTMLElement.prototype, 'focus');
    await click(button);
    expect(rereads).toEqual([{}]);
    expect(r.$('[data-reading]')).not.toBeNull();
    expect(status(r)).toBe('Reading the page again…');
    // The button went: the focus is on what happens now, not on the body, without scrolling
    // the view to the status line; the line is a live region, announced all the same.
    const line = r.$('[data-status]');
    expect(document.activeElement).toBe(line);
    expect(focus.mock.calls[focus.mock.contexts.indexOf(line!)]).toEqual([{ preventScroll: true }]);
    expect(line?.getAttribute('role')).toBe('status');
    focus.mockRestore();
    await report(SUMMARY);
    expect(r.$$('[data-term]')).toHaveLength(1);
    expect(status(r)).toBe('Backstory has read the page again.');
  });

  it('keeps the button and says why when the page cannot be asked', async () => {
    const { r } = await popup({ unreported: 'let-go', url: SUMMARY.url });
    await click(r.$('[data-action="reread"]'));
    expect(r.$('[data-status]')?.getAttribute('data-status-kind')).toBe('error');
    expect(status(r)).toContain('Could not read the page again');
    expect(r.$('[data-report-gone] [data-action="reread"]')?.getAttribute('aria-disabled')).toBeNull();
  });
});
