// What the popup asks a page's content script (tab/* requests) and what the content script
// leaves for the popup (its page report in storage.session), read from an extension page
// the way the popup reads them. No named inner functions in evaluate(): the test runner's
// transpiler would wrap them in a helper the page does not have.
import type { Page } from 'puppeteer-core';
import type { TabReplyEnvelope, TabRequests } from '../../src/messaging/tab-contract';

/** The few extension APIs used here (browser.* in Firefox, chrome.* in Chromium). */
interface ExtApi {
  tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, message: unknown): Promise<unknown> };
  storage: { session: { get(keys: null): Promise<Record<string, unknown>> } };
}

/** A page report as the content script stores it, in the parts the tests read. */
export interface StoredReport {
  url: string;
  /** The gate's answer on the page. */
  topic?: { onTopic: boolean };
  annotations: { text: string; kind: string; sentence?: string }[];
}

/** A tab/* request to the content script of the tab showing `url`, from the extension page.
 *  Without the "tabs" permission tab URLs are hidden, so each tab is asked for its page
 *  (tab/page-html) and the one on `url` gets the request. */
export async function askTab<K extends keyof TabRequests>(ext: Page, url: string, kind: K, req: TabRequests[K]['req']): Promise<TabReplyEnvelope<K>> {
  return ext.evaluate(
    async (u: string, k: string, r: unknown) => {
      const api = ((globalThis as unknown as { browser?: ExtApi }).browser ?? (globalThis as unknown as { chrome: ExtApi }).chrome);
      const tabs = await api.tabs.query({});
      for (const tab of tabs) {
        if (tab.id === undefined) continue;
        const page = (await api.tabs.sendMessage(tab.id, { backstoryTab: 1, kind: 'tab/page-html', req: {} }).catch(() => undefined)) as { ok?: boolean; res?: { url: string } } | undefined;
        if (page?.ok && page.res?.url === u) return (await api.tabs.sendMessage(tab.id, { backstoryTab: 1, kind: k, req: r })) as never;
      }
      return { ok: false, error: `no tab shows ${u}` };
    },
    url,
    kind,
    req as unknown,
  ) as Promise<TabReplyEnvelope<K>>;
}

/** Every page report in storage.session (`page-report:<tab id>`, kept as a JSON string). */
export async function storedReports(ext: Page): Promise<StoredReport[]> {
  return ext.evaluate(async () => {
    const api = ((globalThis as unknown as { browser?: ExtApi }).browser ?? (globalThis as unknown as { chrome: ExtApi }).chrome);
    const all = await api.storage.session.get(null);
    const keys = Object.keys(all).filter((k) => k.indexOf('page-report:') === 0);
    return keys.map((k) => JSON.parse(all[k] as string) as StoredReport);
  });
}
