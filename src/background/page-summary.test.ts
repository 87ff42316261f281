import { describe, expect, it, vi } from 'vitest';
import { index } from '../../tests/support/seed-knowledge';
import type { PageReport, PageSummary } from '../messaging/contract';
import { DEFAULT_SETTINGS } from '../core/records';
import { dispatch } from '../messaging/handle';
import type { PageRunState } from '../messaging/tab-contract';
import type { FrameWhere } from './tab-address';
import { createPageSummarySource, NO_PAGE, type PageSummaryDeps } from './page-summary';

// The module's default wiring reads storage.session and the store; these tests pass their own.
vi.mock('../platform/background-api', () => ({ ext: {} }));
// (The module's own listeners are skipped when ext has no storage/tabs.)
vi.mock('./store-setup', () => ({ storeDb: () => Promise.reject(new Error('no store in this test')) }));

const URL_ = 'https://news.example.com/truce';
const REPORT: PageReport = {
  url: URL_,
  title: 'Truce holds',
  topic: { score: 0.31, onTopic: true, top: [{ term: 'hostage', weight: 0.1 }] },
  annotations: [
    { text: 'Witkoff', kind: 'person', start: 0, end: 7, entityId: 'person:steve-witkoff', canonical: 'Steve Witkoff' },
    { text: 'Gaza', kind: 'place', start: 20, end: 24, entityId: 'place:gaza-strip', canonical: 'Gaza Strip' },
  ],
};

function source(deps: Partial<PageSummaryDeps>) {
  return createPageSummarySource({
    report: async (id) => (id === 7 ? REPORT : null),
    index: async () => index,
    settings: async () => ({ topicSensitivity: 0.5, types: DEFAULT_SETTINGS.types, offSites: [] }),
    tabUrl: async () => `${URL_}#section`,
    activeTab: async () => ({ id: 7, url: `${URL_}#section` }),
    frameWhere: async () => null,
    ...deps,
  });
}

function ask(deps: Partial<PageSummaryDeps>, tabId: unknown, from = source(deps)): Promise<unknown> {
  return dispatch(from.handlers, { backstory: 1, kind: 'page/summary', req: { tabId } }, {});
}

/** The answers of these tests: no site here is off. */
type Summary = PageSummary | null;

describe('page/summary', () => {
  it('summarises the tab report with the knowledge threshold after the sensitivity setting', async () => {
    const reply = (await ask({}, 7)) as { ok: true; res: Summary };
    expect(reply.ok).toBe(true);
    expect(reply.res?.topic).toEqual({ ...REPORT.topic, threshold: index.topic.threshold });
    expect(reply.res?.terms.map((t) => t.name)).toEqual(['Gaza Strip', 'Steve Witkoff']);
    expect(reply.res?.related[0]?.shared).toContain('Steve Witkoff');

    const strict = (await ask({ settings: async () => ({ topicSensitivity: 0, types: DEFAULT_SETTINGS.types, offSites: [] }) }, 7)) as { ok: true; res: Summary };
    expect(strict.res?.topic.threshold).toBeCloseTo(index.topic.threshold * 1.5);
  });

  it('answers null for a tab that reported nothing, or whose page changed since', async () => {
    // (No content script there answers: a page of ours still running would say so.)
    const none = { frameWhere: async (): Promise<FrameWhere> => NO_PAGE };
    expect(await ask(none, 8)).toEqual({ ok: true, res: null });
    expect(await ask({ ...none, tabUrl: async () => 'https://news.example.com/other' }, 7)).toEqual({ ok: true, res: null });
    // An unknown tab URL (no permission to read it) does not hide the report.
    expect(((await ask({ tabUrl: async () => null }, 7)) as { res: Summary }).res?.url).toBe(URL_);
  });

  it('tells a page still being read, and one whose report was let go, from one with nothing to show', async () => {
    let run: PageRunState | null = 'done';
    const frameWhere = vi.fn(async (): Promise<FrameWhere> => (run === null ? null : { url: `${URL_}#section`, run }));
    // No report held for tab 8, whose page's run reported: it was let go since.
    expect(await ask({ frameWhere }, 8)).toEqual({ ok: true, res: { unreported: 'let-go', url: `${URL_}#section` } });
    expect(frameWhere).toHaveBeenCalledWith(8);
    run = 'reading';
    expect(await ask({ frameWhere }, 8)).toEqual({ ok: true, res: { unreported: 'reading', url: `${URL_}#section` } });
    // The report held is of the page before: this one's is not held either.
    expect(await ask({ frameWhere, tabUrl: async () => 'https://news.example.com/other' }, 7)).toEqual({ ok: true, res: { unreported: 'reading', url: 'https://news.example.com/other' } });
    // No answer in time (a loaded machine, a busy page): still reading there, so the popup
    // waits and asks again rather than say it has nothing for the page.
    run = null;
    expect(await ask({ frameWhere }, 8)).toEqual({ ok: true, res: { unreported: 'reading', url: `${URL_}#section` } });
    // No page of ours: nothing to show.
    expect(await ask({ tabUrl: async () => null, frameWhere: async () => NO_PAGE }, 8)).toEqual({ ok: true, res: null });
    // A report held: the page is not asked.
    frameWhere.mockClear();
    await ask({ frameWhere }, 7);
    expect(frameWhere).not.toHaveBeenCalled();
  });

  it('asks the page once for both its address and its run, when the tab URL is unknown and no report is held', async () => {
    const frameWhere = vi.fn(async (): Promise<FrameWhere> => ({ url: `${URL_}#x`, run: 'done' }));
    expect(await ask({ tabUrl: async () => null, frameWhere }, 8)).toEqual({ ok: true, res: { unreported: 'let-go', url: `${URL_}#x` } });
    expect(frameWhere).toHaveBeenCalledTimes(1);
    frameWhere.mockClear();
    expect(await ask({ activeTab: async () => ({ id: 8, url: null }), frameWhere }, 'active')).toEqual({ ok: true, res: { unreported: 'let-go', url: `${URL_}#x` } });
    expect(frameWhere).toHaveBeenCalledTimes(1);
  });

  it("says the site is off, not what its report held, when the tab's page is on a site turned off", async () => {
    const off = { topicSensitivity: 0.5, types: DEFAULT_SETTINGS.types, offSites: ['News.Example.com'] };
    // The report of the page before it was turned off, still kept.
    expect(await ask({ settings: async () => off }, 7)).toEqual({ ok: true, res: { siteOff: 'news.example.com', url: `${URL_}#section` } });
    // Its report dropped (page/site-off); the page says where it is.
    expect(await ask({ settings: async () => off, tabUrl: async () => null, frameWhere: async () => ({ url: `${URL_}#x` }) }, 8)).toEqual({ ok: true, res: { siteOff: 'news.example.com', url: `${URL_}#x` } });
    // The page's address unknown: its report says where it is.
    expect(((await ask({ settings: async () => off, tabUrl: async () => null }, 7)) as { res: unknown }).res).toEqual({ siteOff: 'news.example.com', url: URL_ });
    // Another site off, or no page of ours in the tab: as before.
    expect(((await ask({ settings: async () => ({ ...off, offSites: ['other.example'] }) }, 7)) as { res: Summary }).res?.url).toBe(URL_);
    expect(await ask({ settings: async () => off, tabUrl: async () => null, frameWhere: async () => NO_PAGE }, 7)).toEqual({ ok: true, res: null });
  });

  it('asks the page where it is when the tab URL is unknown', async () => {
    const frameWhere = vi.fn(async (): Promise<FrameWhere> => ({ url: `${URL_}#later` }));
    expect(((await ask({ tabUrl: async () => null, frameWhere }, 7)) as { res: Summary }).res?.url).toBe(URL_);
    expect(frameWhere).toHaveBeenCalledWith(7);
    // The tab went to a page of another address, or to one where no content script runs.
    frameWhere.mockResolvedValue({ url: 'https://news.example.com/other' });
    expect(await ask({ tabUrl: async () => null, frameWhere }, 7)).toEqual({ ok: true, res: null });
    frameWhere.mockResolvedValue(NO_PAGE);
    expect(await ask({ tabUrl: async () => null, frameWhere }, 7)).toEqual({ ok: true, res: null });
    expect(await ask({ activeTab: async () => ({ id: 7, url: null }), frameWhere }, 'active')).toEqual({ ok: true, res: null });
    // A known tab URL needs no asking.
    frameWhere.mockClear();
    await ask({ frameWhere }, 7);
    expect(frameWhere).not.toHaveBeenCalled();
  });

  it('keeps a built summary until the report, the knowledge or the threshold changes', async () => {
    let report: PageReport = REPORT;
    let sensitivity = 0.5;
    const s = source({ report: async () => report, settings: async () => ({ topicSensitivity: sensitivity, types: DEFAULT_SETTINGS.types, offSites: [] }) });
    await s.warm(7);
    // The same build (its lists) each time; only the kinds shown are added per answer.
    const first = ((await ask({}, 7, s)) as { res: Summary }).res?.terms;
    expect(((await ask({}, 7, s)) as { res: Summary }).res?.terms).toBe(first);
    report = { ...REPORT, annotations: REPORT.annotations.slice(0, 1) };
    const second = ((await ask({}, 7, s)) as { res: Summary }).res;
    expect(second?.terms).not.toBe(first);
    expect(second?.terms.map((t) => t.name)).toEqual(['Steve Witkoff']);
    sensitivity = 0.8;
    expect(((await ask({}, 7, s)) as { res: Summary }).res?.terms).not.toBe(second?.terms);
    s.forget(7);
  });

  it("answers for 'active' with the last focused window's active tab, null when there is none", async () => {
    expect(((await ask({}, 'active')) as { res: Summary }).res?.url).toBe(URL_);
    const none = { frameWhere: async (): Promise<FrameWhere> => NO_PAGE };
    expect(await ask({ ...none, activeTab: async () => ({ id: 8, url: null }) }, 'active')).toEqual({ ok: true, res: null });
    // The active tab's own URL is checked: a report from the page before is stale.
    expect(await ask({ ...none, activeTab: async () => ({ id: 7, url: 'https://news.example.com/other' }) }, 'active')).toEqual({ ok: true, res: null });
    expect(await ask({ activeTab: async () => null }, 'active')).toEqual({ ok: true, res: null });
  });

  it('trusts a summary of an unchanged report without reading it again, until told it changed', async () => {
    let reads = 0;
    const s = source({ report: async (id) => (reads++, id === 7 ? REPORT : null) });
    s.reportChanged(7);
    await s.warm(7);
    expect(reads).toBe(1);
    const first = ((await ask({}, 7, s)) as { res: Summary }).res?.terms;
    expect(((await ask({}, 7, s)) as { res: Summary }).res?.terms).toBe(first);
    expect(reads).toBe(1);
    s.reportChanged(7);
    expect(((await ask({}, 7, s)) as { res: Summary }).res?.terms).toBe(first); // same report: same summary
    expect(reads).toBe(2);
    s.forget(7);
  });

  it('says which kinds are switched on now, whatever they were when the page reported', async () => {
    let types = DEFAULT_SETTINGS.types;
    const s = source({ settings: async () => ({ topicSensitivity: 0.5, types, offSites: [] }) });
    expect(((await ask({}, 7, s)) as { res: Summary }).res?.shown).toEqual(['person', 'org', 'place', 'event', 'number', 'date']);
    types = { ...types, place: false, number: false };
    const res = ((await ask({}, 7, s)) as { res: Summary }).res;
    expect(res?.shown).toEqual(['person', 'org', 'event', 'date']);
    // The summary itself is kept whole: a kind switched back on is listed again.
    expect(res?.terms.map((t) => t.name)).toEqual(['Gaza Strip', 'Steve Witkoff']);
    s.forget(7);
  });

  it('refuses a request without a tab id', async () => {
    expect(await ask({}, 'seven')).toEqual({ ok: false, error: 'tabId: expected a tab id' });
  });
});
