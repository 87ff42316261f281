// page/summary: the popup asks what Backstory found on a tab. The content script's report
// (kept by page/report in storage.session) is folded and judged against the current
// knowledge by src/core/page-summary.ts; the topic threshold is the knowledge's, after the
// user's sensitivity setting.
//
// Judging a page's figures reads every stored fact that measures the same thing: with
// 10 k stored articles that is most of a second. So a summary is built when the report
// arrives (storage.onChanged on the session key), off the popup's path, and kept per tab
// until the report, the knowledge or the threshold changes; the popup then gets it at once.
//
// A page on a site Backstory is off on gets no summary but says so (SiteOffAnswer), whatever
// report is kept: the content script drops it when its run finds the site off
// (page/site-off), and until then it is of the page as it was.
import { fnv1a } from '../core/knowledge';
import { isSiteOff, siteHost } from '../core/off-sites';
import { buildPageSummary, sameUrl } from '../core/page-summary';
import { effectiveThreshold, type Settings } from '../core/records';
import type { HighlightKind, KnowledgeIndex } from '../core/types';
import type { PageAnswer, PageReport, PageSummary } from '../messaging/contract';
import type { Handlers } from '../messaging/handle';
import { ext } from '../platform/background-api';
import { getSettings } from '../storage/settings';
import { decodeReport, reportKey } from '../messaging/stored-report';
import { currentKnowledge } from './knowledge-source';
import { storeDb } from './store-setup';
import { activeTab, frameWhere, NO_PAGE, tabUrl, type FrameWhere } from './tab-address';

export { NO_PAGE };

export interface PageSummaryDeps {
  report: (tabId: number) => Promise<PageReport | null>;
  index: () => Promise<KnowledgeIndex>;
  settings: () => Promise<Pick<Settings, 'topicSensitivity' | 'types' | 'offSites'>>;
  /** The tab's current URL (null when unknown): a report from the page before is stale. */
  tabUrl: (tabId: number) => Promise<string | null>;
  /** What the content script in the tab's top frame says of itself (tab/where): where it
   *  runs, asked when the tab's URL is not readable (Chrome shows it only with the tabs
   *  permission), and where its run is, asked when no report of the page is held. NO_PAGE
   *  when none answers (a browser page, a PDF, a page still loading), null when it does not
   *  answer in time. */
  frameWhere: (tabId: number) => Promise<FrameWhere>;
  /** The active tab of the last focused window (the one a toolbar popup belongs to), with
   *  its URL when readable. */
  activeTab: () => Promise<{ id: number; url: string | null } | null>;
}

export interface PageSummarySource {
  handlers: Partial<Handlers>;
  /** Build (or reuse) the tab's summary now, so a popup opened later need not wait. */
  warm(tabId: number): Promise<void>;
  /** The tab's stored report changed (or may have). */
  reportChanged(tabId: number): void;
  /** Forget a closed tab's summary. */
  forget(tabId: number): void;
}

/** Tabs whose summaries are kept; the least recently asked go first. */
const MAX_CACHED = 20;

export function createPageSummarySource(deps: PageSummaryDeps): PageSummarySource {
  const cache = new Map<number, { report: string; generation: number | undefined; version: string; threshold: number; summary: Promise<PageSummary> }>();
  /** Per tab, how many times its report changed since this worker started (storage.onChanged):
   *  a cached summary of the same generation needs no report read or hash to be trusted. */
  const generations = new Map<number, number>();

  /** The tab's summary (kept as built, for any settings of the kinds) with the kinds shown now. */
  async function summarise(tabId: number, asked: Promise<Pick<Settings, 'topicSensitivity' | 'types'>>): Promise<PageSummary | null> {
    const [summary, settings] = await Promise.all([built(tabId, asked), asked]);
    return summary && { ...summary, shown: shownKinds(settings.types) };
  }

  async function built(tabId: number, asked: Promise<Pick<Settings, 'topicSensitivity'>>): Promise<PageSummary | null> {
    const hit = cache.get(tabId);
    const generation = generations.get(tabId);
    const unchanged = hit !== undefined && generation !== undefined && hit.generation === generation;
    const [index, settings, read] = await Promise.all([deps.index(), asked, unchanged ? null : deps.report(tabId)]);
    const threshold = effectiveThreshold(index.topic.threshold, settings.topicSensitivity);
    cache.delete(tabId);
    // A summary holds while the knowledge and threshold hold and the report is the same:
    // known unchanged since, or, after a worker restart, the same by its hash.
    const current = hit !== undefined && hit.version === index.version && hit.threshold === threshold;
    if (unchanged && current) {
      cache.set(tabId, hit);
      return hit.summary;
    }
    const report = read ?? (await deps.report(tabId));
    if (!report) return null;
    const hash = fnv1a([JSON.stringify(report)]);
    if (current && hit.report === hash) {
      cache.set(tabId, { ...hit, generation });
      return hit.summary;
    }
    const summary = Promise.resolve().then(() => buildPageSummary(report, index, threshold));
    cache.set(tabId, { report: hash, generation, version: index.version, threshold, summary });
    summary.catch(() => cache.get(tabId)?.summary === summary && cache.delete(tabId));
    for (const old of cache.keys()) {
      if (cache.size <= MAX_CACHED) break;
      cache.delete(old);
    }
    return summary;
  }

  return {
    handlers: {
      'page/summary': async (req): Promise<PageAnswer> => {
        if (req.tabId !== 'active' && !Number.isInteger(req.tabId)) throw new Error('tabId: expected a tab id');
        // 'active': the toolbar popup asks at once rather than after its own tabs.query.
        const tab = req.tabId === 'active' ? await deps.activeTab() : null;
        const tabId = req.tabId === 'active' ? (tab?.id ?? null) : req.tabId;
        if (tabId === null) return null;
        // The page is asked at most once (its answer may take WHERE_TIMEOUT_MS): for its
        // address, and later for its run's state.
        let where: Promise<FrameWhere> | null = null;
        const askPage = (): Promise<FrameWhere> => (where ??= deps.frameWhere(tabId));
        const url = async (): Promise<string | typeof NO_PAGE | null> => {
          const known = tab ? tab.url : await deps.tabUrl(tabId);
          if (known !== null) return known;
          const w = await askPage();
          return w === NO_PAGE || w === null ? w : w.url;
        };
        const asked = deps.settings();
        const [summary, at, settings] = await Promise.all([summarise(tabId, asked), url(), asked]);
        if (at === NO_PAGE) return null;
        // Where the page is not known otherwise (no answer in time), its report says.
        const page = at ?? summary?.url ?? null;
        const host = siteHost(page);
        if (page !== null && host !== null && isSiteOff(settings.offSites, host)) return { siteOff: host, url: page };
        if (summary && (at === null || sameUrl(at, summary.url))) return summary;
        // No report of this page: its run is still reading, or reported and the report was
        // let go since (session-room.ts; a worker that stopped mid-run lost what it gathered).
        if (page === null) return null;
        const w = await askPage();
        // A page slow to answer (a loaded machine, a busy page) is still running there: the
        // popup waits for it as for one still reading, asking again, rather than say it has
        // nothing for the page and never ask again.
        const run = w === NO_PAGE ? null : w === null ? 'reading' : w.run;
        return run === 'reading' || run === 'done' ? { unreported: run === 'reading' ? 'reading' : 'let-go', url: page } : null;
      },
    },
    reportChanged(tabId) {
      generations.set(tabId, (generations.get(tabId) ?? 0) + 1);
    },
    async warm(tabId) {
      await built(tabId, deps.settings());
    },
    forget(tabId) {
      cache.delete(tabId);
      generations.delete(tabId);
    },
  };
}

function shownKinds(types: Settings['types']): HighlightKind[] {
  return (Object.keys(types) as HighlightKind[]).filter((kind) => types[kind]);
}

async function storedReport(tabId: number): Promise<PageReport | null> {
  const key = reportKey(tabId);
  const got = await ext.storage.session.get(key);
  return decodeReport(got[key]);
}

const source = createPageSummarySource({
  report: storedReport,
  index: async () => (await currentKnowledge()).index,
  settings: async () => getSettings(await storeDb()),
  tabUrl,
  frameWhere,
  activeTab,
});

export const pageSummaryHandlers = source.handlers;

/** Registered at the background's start (handlers.ts imports this module synchronously). */
function watchReports(): void {
  const prefix = reportKey(0).slice(0, -1);
  ext.storage?.onChanged?.addListener((changes, area) => {
    if (area !== 'session') return;
    for (const key of Object.keys(changes)) {
      if (!key.startsWith(prefix)) continue;
      const tabId = Number(key.slice(prefix.length));
      source.reportChanged(tabId);
      // A little later: the report lands while the page still runs its first chunks.
      setTimeout(() => void source.warm(tabId).catch(() => undefined), 100);
    }
  });
  ext.tabs?.onRemoved?.addListener((tabId) => source.forget(tabId));
}
watchReports();
