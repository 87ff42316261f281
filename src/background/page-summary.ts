// page/summary: the popup asks what Backstory found on a tab. The content script's report
// (kept by page/report in storage.session) is folded and judged against the current
// knowledge by src/core/page-summary.ts; the topic threshold is the knowledge's, after the
// user's sensitivity setting.
import { buildPageSummary, sameUrl } from '../core/page-summary';
import { effectiveThreshold, type Settings } from '../core/records';
import type { KnowledgeIndex } from '../core/types';
import type { PageReport, PageSummary } from '../messaging/contract';
import type { Handlers } from '../messaging/handle';
import { ext } from '../platform/browser';
import { reportKey } from './annotator-handlers';
import { currentKnowledge } from './knowledge-source';
import { storeDb } from './store-setup';
import { getSettings } from '../storage/settings';

export interface PageSummaryDeps {
  report: (tabId: number) => Promise<PageReport | null>;
  index: () => Promise<KnowledgeIndex>;
  settings: () => Promise<Pick<Settings, 'topicSensitivity'>>;
  /** The tab's current URL (null when unknown): a report from the page before is stale. */
  tabUrl: (tabId: number) => Promise<string | null>;
}

export function createPageSummaryHandlers(deps: PageSummaryDeps): Partial<Handlers> {
  return {
    'page/summary': async (req): Promise<PageSummary | null> => {
      if (!Number.isInteger(req.tabId)) throw new Error('tabId: expected a tab id');
      const report = await deps.report(req.tabId);
      if (!report) return null;
      const url = await deps.tabUrl(req.tabId);
      if (url !== null && !sameUrl(url, report.url)) return null;
      const [index, settings] = await Promise.all([deps.index(), deps.settings()]);
      return buildPageSummary(report, index, effectiveThreshold(index.topic.threshold, settings.topicSensitivity));
    },
  };
}

async function storedReport(tabId: number): Promise<PageReport | null> {
  const key = reportKey(tabId);
  const got = await ext.storage.session.get(key);
  return (got[key] as PageReport | undefined) ?? null;
}

export const pageSummaryHandlers = createPageSummaryHandlers({
  report: storedReport,
  index: async () => (await currentKnowledge()).index,
  settings: async () => getSettings(await storeDb()),
  tabUrl: async (tabId) => (await ext.tabs.get(tabId).catch(() => null))?.url ?? null,
});
