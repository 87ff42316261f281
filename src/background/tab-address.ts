// Which page a tab shows, as the background can tell: the tab's URL where the browser gives
// it (Chrome does only with the tabs permission), else the address its content script says
// it runs on (tab/where). page/summary and the popup's draft check both ask this way.
import { sendTab, TabUnavailableError } from '../messaging/send-tab';
import type { PageRunState } from '../messaging/tab-contract';
import { ext } from '../platform/background-api';

/** No content script of ours runs in the tab's top frame (a browser page, a PDF, a page
 *  still loading): what it reported, if anything, is of a page it has left. */
export const NO_PAGE = Symbol('no page');

/** How long the content script has to say where it runs. */
const WHERE_TIMEOUT_MS = 300;

/** The tab's URL, or null when the browser does not say. */
export async function tabUrl(tabId: number): Promise<string | null> {
  return (await ext.tabs.get(tabId).catch(() => null))?.url ?? null;
}

/** What the content script in the tab's top frame says of itself (tab/where). */
export type FrameWhere = { url: string; run?: PageRunState } | typeof NO_PAGE | null;

/** What the content script in the tab's top frame says of itself (tab/where): NO_PAGE when
 *  none runs there, null when it does not answer in time. One answer tells both where the
 *  page is and where its run is. */
export function frameWhere(tabId: number): Promise<FrameWhere> {
  const asked = sendTab(tabId, 'tab/where', {}).catch((err: unknown) => (err instanceof TabUnavailableError ? NO_PAGE : null));
  // A page whose own script holds its thread must not hold the popup.
  return Promise.race([asked, new Promise<null>((resolve) => setTimeout(() => resolve(null), WHERE_TIMEOUT_MS))]);
}

/** Where the content script in the tab's top frame runs: NO_PAGE when none answers, null
 *  when it does not answer in time. */
export async function framePage(tabId: number): Promise<string | typeof NO_PAGE | null> {
  const where = await frameWhere(tabId);
  return where === NO_PAGE || where === null ? where : where.url;
}

/** The active tab of the last focused window (the one a toolbar popup belongs to), with its
 *  URL when readable. */
export async function activeTab(): Promise<{ id: number; url: string | null } | null> {
  const [tab] = await ext.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
}

/** The address of the page in tab `tabId` ('active': the toolbar popup's tab), or null when
 *  it cannot be told or no content script of ours runs there. */
export async function tabPage(tabId: number | 'active'): Promise<string | null> {
  const tab = tabId === 'active' ? await activeTab() : null;
  const id = tabId === 'active' ? (tab?.id ?? null) : tabId;
  if (id === null) return null;
  const at = (tab ? tab.url : await tabUrl(id)) ?? (await framePage(id));
  return at === NO_PAGE ? null : at;
}
