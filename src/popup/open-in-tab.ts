// Firefox closes its toolbar popup when a file dialog opens (Mozilla bug 1292701), so a
// file chosen there never arrives, and an export's save dialog ("Always ask where to save
// files") takes the Blob URL down with the popup. There, the popup's file and export
// buttons open the popup page in a tab (popup.html?tab=<id>&panel=<panel>[&export=<format>]),
// where dialogs work; the tab runs the named export once. Chrome keeps its popup.
import type { ExportFormat } from '../core/records';
import { isFirefox, tabs } from '../platform/popup-api';
import { runtime } from '../platform/runtime';
import type { TabName } from './tabs';

/** Whether this is Firefox's toolbar popup (not the popup page opened as a tab). */
export function fileDialogsCloseThePopup(openedAsTab: boolean): boolean {
  return !openedAsTab && isFirefox();
}

/** The popup page for `tabId` in a tab of its own, on `panel`, running `exportFormat`. */
export async function openPopupInTab(tabId: number | null, panel: TabName, exportFormat?: ExportFormat): Promise<void> {
  const query = new URLSearchParams({ panel });
  if (tabId !== null) query.set('tab', String(tabId));
  if (exportFormat) query.set('export', exportFormat);
  await tabs.create(runtime.getURL(`popup.html?${query.toString()}`));
}

/** Whether the popup page was opened in a tab by openPopupInTab: it always names a panel,
 *  and a tab only when the popup knew one, so ?tab= alone would miss some. */
export function openedInTabBySearch(search: string): boolean {
  const query = new URLSearchParams(search);
  return query.has('tab') || query.has('panel');
}

/** The panel named in the popup page's URL (?panel=), if any. */
export function panelFromSearch(search: string): TabName | undefined {
  const panel = new URLSearchParams(search).get('panel');
  return panel === 'page' || panel === 'notes' || panel === 'library' || panel === 'settings' ? panel : undefined;
}

/** The export named in the popup page's URL (?export=), if any. */
export function exportFromSearch(search: string): ExportFormat | undefined {
  const format = new URLSearchParams(search).get('export');
  return format === 'backup' || format === 'jsonld' || format === 'markdown' ? format : undefined;
}

/** The export the address names, taken out of the address so a reload does not export again. */
export function takeExportFromAddress(win: { location: Pick<Location, 'href'>; history: Pick<History, 'replaceState'> }): ExportFormat | undefined {
  const url = new URL(win.location.href);
  if (!url.searchParams.has('export')) return undefined;
  const format = exportFromSearch(url.search);
  url.searchParams.delete('export');
  win.history.replaceState(null, '', url.href);
  return format;
}
