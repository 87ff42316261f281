// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../core/records';
import type { PageAnswer, PageSummary } from '../messaging/contract';
import { App } from './app';
import { click, renderWithDeps, type FakeHandlers } from './test-deps';

const article = { id: 'a1', title: 'Ceasefire talks', source: 'Wire', url: null, date: '2025-02-03' };
const SUMMARY: PageSummary = {
  url: 'https://news.example/story',
  title: 'A story',
  topic: { score: 0.31, onTopic: true, threshold: 0.15, top: [{ term: 'ceasefire', weight: 0.2 }, { term: 'person:benjamin-netanyahu', weight: 0.4 }] },
  terms: [
    { entityId: null, name: 'Cairo', kind: 'place', linked: false, count: 6, text: 'Cairo' },
    { entityId: 'person:benjamin-netanyahu', name: 'Benjamin Netanyahu', kind: 'person', linked: true, count: 3, text: 'Netanyahu' },
    { entityId: 'org:hamas', name: 'Hamas', kind: 'org', linked: true, count: 2, text: 'Hamas' },
    { entityId: null, name: 'Jane Doe', kind: 'person', linked: false, count: 5, text: 'Jane Doe' },
  ],
  numbers: [
    { text: '1,200 people', kind: 'number', quantity: { start: 0, end: 12, text: '1,200 people', kind: 'number', form: 'count', value: 1200, unit: 'people', qualifier: null }, verdict: 'differs', reason: 'another value', stored: { value: '1,210 people', article } },
    { text: 'Tuesday', kind: 'date', quantity: { start: 0, end: 7, text: 'Tuesday', kind: 'date', form: 'date', value: null, unit: null, qualifier: null }, verdict: null, reason: null, stored: null },
  ],
  related: [{ article, score: 0.66, shared: ['Hamas', 'Benjamin Netanyahu'] }],
};

const handlers = (summary: PageSummary | null | Error): FakeHandlers => ({
  'page/summary': () => {
    if (summary instanceof Error) throw summary;
    return summary;
  },
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('This page', () => {
  it('shows the topic decision, terms grouped with linked first, numbers with verdicts and related articles', async () => {
    const r = await renderWithDeps(<App />, { handlers: handlers(SUMMARY) });
    expect(r.calls[0]).toEqual({ kind: 'page/summary', req: { tabId: 7 } });
    const topic = r.$('[data-topic]');
    expect(topic?.getAttribute('data-on-topic')).toBe('true');
    expect(r.$('[data-off-topic-next]')).toBeNull();
    expect(topic?.textContent).toContain('0.31');
    expect(topic?.textContent).toContain('0.15');
    expect(topic?.textContent).toContain('Benjamin Netanyahu, ceasefire');

    const terms = r.$$('[data-term]');
    expect(terms.map((t) => t.querySelector('[data-action="reveal"]')?.textContent)).toEqual(['Benjamin Netanyahu', 'Jane Doe', 'Hamas', 'Cairo']);
    expect(terms.map((t) => t.getAttribute('data-linked'))).toEqual(['true', 'false', 'true', 'false']);
    expect(terms[0]?.getAttribute('data-entity-id')).toBe('person:benjamin-netanyahu');
    expect(terms[1]?.hasAttribute('data-entity-id')).toBe(false);
    expect(terms.map((t) => t.querySelector('[data-count]')?.textContent)).toEqual(['3', '5', '2', '6']);
    // Heard as words, not as a bare number (the shown count is hidden from screen readers).
    expect(terms.map((t) => t.querySelector('[data-count]')?.getAttribute('aria-hidden'))).toEqual(['true', 'true', 'true', 'true']);
    expect(terms.map((t) => t.querySelector('.visually-hidden')?.textContent)).toEqual(['3 mentions', '5 mentions', '2 mentions', '6 mentions']);

    expect(r.$$('[data-number]').map((n) => `${n.getAttribute('data-kind')}:${n.getAttribute('data-verdict')}`)).toEqual(['number:differs', 'date:none']);
    // A date with nothing stored to set it against is said to be one, not a "figure".
    expect(r.$$('[data-number] .verdict').map((v) => v.textContent)).toEqual(['differs', 'no stored date']);
    const related = r.$('[data-related]');
    expect(related?.getAttribute('data-article-id')).toBe('a1');
    expect(related?.textContent).toContain('Hamas, Benjamin Netanyahu');
    expect(r.$('[data-empty="page"]')).toBeNull();
  });

  it('shows the new summary when the tab reports again (a library change made new names known)', async () => {
    let current: PageSummary = { ...SUMMARY, terms: SUMMARY.terms.slice(0, 1) };
    let reportAgain: (() => void) | null = null;
    const r = await renderWithDeps(<App />, {
      handlers: { 'page/summary': () => current },
      deps: { watchReport: (tabId, onChange) => { expect(tabId).toBe(7); reportAgain = onChange; return () => { reportAgain = null; }; } },
    });
    expect(r.$$('[data-term]')).toHaveLength(1);
    current = SUMMARY;
    reportAgain!();
    await r.settle();
    expect(r.$$('[data-term]')).toHaveLength(4);
  });

  it('lists only the kinds switched on now, with counts and headings to match', async () => {
    // The report was made with every kind on; people and figures were switched off since.
    const r = await renderWithDeps(<App />, { handlers: handlers({ ...SUMMARY, shown: ['org', 'place', 'event', 'date'] }) });
    expect(r.$$('[data-term]').map((t) => t.getAttribute('data-kind'))).toEqual(['org', 'place']);
    expect(r.$$('[data-panel="page"] h2').map((h) => h.textContent)).toEqual(['Organisations (1)', 'Places (1)', 'Dates (1)', 'Related stored articles']);
    expect(r.$$('[data-number]').map((n) => n.getAttribute('data-kind'))).toEqual(['date']);
  });

  it('asks again on coming back from another panel (a kind switched off in Settings)', async () => {
    let current: PageSummary = SUMMARY;
    const r = await renderWithDeps(<App />, { handlers: { 'page/summary': () => current, 'settings/get': () => { throw new Error('not in this test'); } } });
    expect(r.$$('[data-term][data-kind="place"]')).toHaveLength(1);
    await click(r.$('[data-tab="settings"]'));
    current = { ...SUMMARY, shown: ['person', 'org', 'event', 'number', 'date'] };
    await click(r.$('[data-tab="page"]'));
    expect(r.calls.filter((c) => c.kind === 'page/summary')).toHaveLength(2);
    expect(r.$$('[data-term][data-kind="place"]')).toHaveLength(0);
    expect(r.$$('[data-term]')).toHaveLength(3);
  });

  it('takes the summary main.tsx already asked for instead of asking again', async () => {
    const r = await renderWithDeps(<App />, { handlers: handlers(null), deps: { pageSummary: Promise.resolve(SUMMARY) } });
    expect(r.calls.filter((c) => c.kind === 'page/summary')).toEqual([]);
    expect(r.$$('[data-term]')).toHaveLength(4);
    const failed = await renderWithDeps(<App />, { handlers: handlers(SUMMARY), deps: { pageSummary: Promise.reject(new Error('worker stopped')) } });
    expect(failed.$('[data-panel="page"] [data-empty="page"]')?.textContent).toContain('worker stopped');
    expect(failed.$('[data-status]')?.getAttribute('data-status-kind')).toBe('error');
  });

  it('loads only the first panel until another tab is chosen, then keeps it', async () => {
    const r = await renderWithDeps(<App />, { handlers: { ...handlers(SUMMARY), 'notes/draft-for-tab': () => null, 'settings/get': () => { throw new Error('not yet'); } } });
    // The summary first, the draft check beside it, and nothing else (the topic line's
    // setting comes in the summary).
    expect(r.calls.map((c) => c.kind)).toEqual(['page/summary', 'notes/draft-for-tab']);
    expect(r.calls[1]?.req).toEqual({ tabId: 7 });
    expect(r.$('[data-panel="library"]')?.children.length).toBe(0);
    await click(r.$('[data-tab="settings"]'));
    expect(r.calls.filter((c) => c.kind === 'settings/get')).toHaveLength(1);
    expect(r.$('[data-tab="settings"]')?.getAttribute('aria-selected')).toBe('true');
    expect(r.$('[data-panel="page"]')?.hasAttribute('hidden')).toBe(true);
  });

  it('reveals a term in the tab and closes the popup, but not when opened as a tab', async () => {
    const r = await renderWithDeps(<App />, { handlers: handlers(SUMMARY), tab: { 'tab/reveal': () => ({ found: true }) } });
    await click(r.$('[data-term] [data-action="reveal"]'));
    expect(r.tabCalls).toEqual([{ kind: 'tab/reveal', req: { entityId: 'person:benjamin-netanyahu', text: 'Netanyahu', kind: 'person' } }]);
    expect(r.closed()).toBe(1);
    document.body.innerHTML = '';

    const t = await renderWithDeps(<App />, { handlers: handlers(SUMMARY), tab: { 'tab/reveal': () => ({ found: true }) }, deps: { openedAsTab: true } });
    await click(t.$('[data-term] [data-action="reveal"]'));
    expect(t.closed()).toBe(0);
  });

  it('says the score and the bar in the terms Settings uses, with the sensitivity the page ran at', async () => {
    const ran = (threshold: number, sensitivity: number): PageSummary => ({ ...SUMMARY, topic: { ...SUMMARY.topic, threshold, sensitivity } });
    const r = await renderWithDeps(<App />, { handlers: handlers(ran(0.15, 0.5)) });
    const line = r.$('[data-topic] .topic-verdict')?.textContent ?? '';
    expect(line).toBe('About your stored topics Scores 0.31; pages scoring 0.15 or more are highlighted (at Topic sensitivity 0.50, in Settings).');
    expect(line).not.toMatch(/threshold/);
    document.body.innerHTML = '';

    // The setting read apart may be older or newer than the page's run: the bar is named only
    // with the setting that set it, never with another ("0.10 … at 0.50").
    const apart = await renderWithDeps(<App />, { handlers: { ...handlers(ran(0.1, 1)), 'settings/get': () => ({ ...DEFAULT_SETTINGS, topicSensitivity: 0.5 }) } });
    expect(apart.$('[data-topic] .topic-verdict')?.textContent).toContain('pages scoring 0.10 or more are highlighted (at Topic sensitivity 1.00, in Settings).');
    document.body.innerHTML = '';

    // A report without the setting: the line still says score and bar, and no setting.
    const without = await renderWithDeps(<App />, { handlers: handlers(SUMMARY) });
    expect(without.$('[data-topic] .topic-verdict')?.textContent).toBe('About your stored topics Scores 0.31; pages scoring 0.15 or more are highlighted.');
  });

  it('says when the tab cannot reveal (no content script) without closing', async () => {
    const r = await renderWithDeps(<App />, { handlers: handlers(SUMMARY) });
    await click(r.$('[data-term] [data-action="reveal"]'));
    expect(r.closed()).toBe(0);
    expect(r.$('[data-status]')?.getAttribute('data-status-kind')).toBe('error');
    expect(r.$('[data-status]')?.textContent).toMatch(/not available on this page/);
  });

  it('says the library is empty when nothing on the page could be linked for that reason', async () => {
    const unlinked: PageSummary = { ...SUMMARY, topic: { ...SUMMARY.topic, onTopic: false, score: 0 }, terms: SUMMARY.terms.filter((t) => !t.linked), numbers: [], related: [] };
    const withTotal = (total: number): FakeHandlers => ({ ...handlers(unlinked), 'library/list': () => ({ total, entries: [] }) });
    const empty = await renderWithDeps(<App />, { handlers: withTotal(0) });
    expect(empty.calls.find((c) => c.kind === 'library/list')?.req).toEqual({ limit: 0 });
    const hint = empty.$('[data-panel="page"] [data-empty="no-articles"]');
    expect(hint?.textContent).toMatch(/Your library is empty\..*Save this page, or add articles from files/);
    // The hint says all there is: no topic box beside it (no score, no "not about your topics").
    expect(empty.$('[data-topic]')).toBeNull();
    expect(empty.$('[data-off-topic-next]')).toBeNull();
    expect(empty.$('[data-panel="page"]')?.textContent).not.toMatch(/Scores|score|Not about/);
    // Not also "no stored article shares names", which reads as if some were stored.
    expect(empty.root.textContent).not.toContain('No stored article shares names');
    document.body.innerHTML = '';

    const some = await renderWithDeps(<App />, { handlers: withTotal(3) });
    expect(some.$('[data-empty="no-articles"]')).toBeNull();
    expect(some.root.textContent).toContain('No stored article shares names');
    // Off-topic with articles stored: how the page could count, where the hint is not shown.
    expect(some.$('[data-off-topic-next]')?.textContent).toMatch(/save it in the Library \(Save this page\).*Settings → Topic sensitivity/);
    document.body.innerHTML = '';

    // Something linked: the library has articles, so it is not asked.
    const linked = await renderWithDeps(<App />, { handlers: { ...handlers(SUMMARY), 'library/list': () => ({ total: 0, entries: [] }) } });
    expect(linked.calls.some((c) => c.kind === 'library/list')).toBe(false);
    expect(linked.$('[data-empty="no-articles"]')).toBeNull();
  });

  it('explains an empty page, and shows a background error in the status region', async () => {
    const empty = await renderWithDeps(<App />, { handlers: handlers(null) });
    expect(empty.$('[data-empty="page"]')?.textContent).toMatch(/nothing to show/);
    expect(empty.$('[data-status]')?.textContent).toBe('');
    document.body.innerHTML = '';

    const failed = await renderWithDeps(<App />, { handlers: handlers(new Error('Unknown request kind: page/summary')) });
    expect(failed.$('[data-empty="page"]')).not.toBeNull();
    expect(failed.$('[data-status]')?.getAttribute('data-status-kind')).toBe('error');
    expect(failed.$('[data-status]')?.textContent).toContain('Unknown request kind: page/summary');
  });

  it('says plainly that Backstory is off on the site, lists nothing of the page, and turns it back on', async () => {
    let current: PageAnswer = { siteOff: 'news.example', url: 'https://news.example/story' };
    let reportAgain: (() => void) | null = null;
    const r = await renderWithDeps(<App />, {
      handlers: { 'page/summary': () => current, 'settings/site-on': () => ({ ...DEFAULT_SETTINGS, offSites: [] }) },
      deps: { watchReport: (_tabId, onChange) => { reportAgain = onChange; return () => undefined; } },
    });
    const off = r.$('[data-panel="page"] [data-site-off]');
    expect(off?.getAttribute('data-site-off')).toBe('news.example');
    expect(off?.textContent).toContain('Backstory is off on news.example.');
    expect(r.$$('[data-term], [data-number], [data-topic], [data-empty="page"]')).toEqual([]);

    // A button, so Enter and Space work; the focus goes to what happened once it is gone.
    const on = r.$<HTMLButtonElement>('[data-action="site-on"]');
    expect(on?.tagName).toBe('BUTTON');
    expect(on?.textContent).toBe('Turn Backstory on for news.example');
    on?.focus();
    await click(on);
    expect(r.calls.filter((c) => c.kind === 'settings/site-on')).toEqual([{ kind: 'settings/site-on', req: { host: 'news.example' } }]);
    expect(r.$('[data-site-off]')).toBeNull();
    expect(r.$('[data-status]')?.textContent).toContain('Backstory is on again on news.example');
    expect(document.activeElement?.closest('[data-status]')).not.toBeNull();

    // The page runs again and reports: its summary comes without reopening the popup.
    current = SUMMARY;
    reportAgain!();
    await r.settle();
    expect(r.$$('[data-term]')).toHaveLength(4);
  });

  it('Settings, drawn before the site was turned on from "This page", shows it on again', async () => {
    let offSites = ['news.example'];
    const r = await renderWithDeps(<App />, {
      handlers: {
        'page/summary': () => ({ siteOff: 'news.example', url: 'https://news.example/story' }),
        'settings/get': () => ({ ...DEFAULT_SETTINGS, offSites }),
        'settings/site-on': () => ((offSites = []), { ...DEFAULT_SETTINGS, offSites }),
      },
    });
    await click(r.$('[data-tab="settings"]'));
    expect(r.$<HTMLInputElement>('[data-setting="site-off"]')?.checked).toBe(true);
    await click(r.$('[data-tab="page"]'));
    await click(r.$('[data-action="site-on"]'));
    await click(r.$('[data-tab="settings"]'));
    expect(r.$<HTMLInputElement>('[data-setting="site-off"]')?.checked).toBe(false);
  });

  it('keeps the way back when turning the site on fails, and says why', async () => {
    const r = await renderWithDeps(<App />, {
      handlers: { 'page/summary': () => ({ siteOff: 'news.example', url: 'https://news.example/story' }), 'settings/site-on': () => { throw new Error('store closed'); } },
    });
    await click(r.$('[data-action="site-on"]'));
    expect(r.$('[data-status]')?.getAttribute('data-status-kind')).toBe('error');
    expect(r.$('[data-status]')?.textContent).toContain('store closed');
    await click(r.$('[data-action="site-on"]'));
    expect(r.calls.filter((c) => c.kind === 'settings/site-on')).toHaveLength(2);
  });

  it('moves between tabs with the arrow keys', async () => {
    const r = await renderWithDeps(<App />, { handlers: { ...handlers(null), 'notes/list': () => [] } });
    const first = r.$('[data-tab="page"]');
    first?.focus();
    first?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await r.settle();
    expect(r.$('[data-tab="notes"]')?.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement?.getAttribute('data-tab')).toBe('notes');
    expect(r.$('[data-tab="notes"]')?.getAttribute('tabindex')).toBe('0');
    expect(r.$('[data-tab="page"]')?.getAttribute('tabindex')).toBe('-1');
  });
});
