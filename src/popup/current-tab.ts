// Which tab the popup is about: `?tab=<id>` in its own URL when present (tests, and Firefox
// when the popup is opened as a tab), else the active tab of the current window.
import { tabs } from '../platform/popup-api';
import type { PopupTab } from './deps';
import { tabIdFromSearch } from './tab-from-search';

export interface FoundTab {
  tab: PopupTab;
  openedAsTab: boolean;
}

export async function findTab(search: string): Promise<FoundTab> {
  const given = tabIdFromSearch(search);
  try {
    const found = given !== null ? await tabs.get(given) : (await tabs.query({ active: true, currentWindow: true }))[0];
    // url and title are there only with host access to the page; callers fill them in later.
    return { tab: { id: found?.id ?? given, url: found?.url ?? null, title: found?.title ?? null }, openedAsTab: given !== null };
  } catch {
    return { tab: { id: given, url: null, title: null }, openedAsTab: given !== null };
  }
}
