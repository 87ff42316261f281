// Firefox closes its toolbar popup when a file dialog opens (Mozilla bug 1292701), so a
// file chosen there never arrives. There, the popup's file buttons open the popup page in
// a tab (popup.html?tab=<id>&panel=<panel>), where the dialog works. Chrome keeps its popup.
import { ext } from '../platform/browser';
import type { TabName } from './tabs';

/** Whether this is Firefox's toolbar popup (not the popup page opened as a tab). */
export function fileDialogsCloseThePopup(openedAsTab: boolean): boolean {
  const runtime = ext.runtime as { getBrowserInfo?: unknown };
  return !openedAsTab && typeof runtime.getBrowserInfo === 'function';
}

/** The popup page for `tabId` in a tab of its own, on `panel`. */
export async function openPopupInTab(tabId: number | null, panel: TabName): Promise<void> {
  const query = new URLSearchParams({ panel });
  if (tabId !== null) query.set('tab', String(tabId));
  await ext.tabs.create({ url: ext.runtime.getURL(`popup.html?${query.toString()}`) });
}

/** The panel named in the popup page's URL (?panel=), if any. */
export function panelFromSearch(search: string): TabName | undefined {
  const panel = new URLSearchParams(search).get('panel');
  return panel === 'page' || panel === 'notes' || panel === 'library' || panel === 'settings' ? panel : undefined;
}
