// The popup page (popup.html). In order:
//   1. ./first-mark, then ./popup-start: the tab lookup (?tab=<id>, else the active tab),
//      the page summary (page/summary) and the draft check (notes/draft-for-tab) leave
//      before the rest of the script is set up — with ?tab= they go out together;
//   2. the tab strip and "This page" (saying it is reading) are drawn at once, before any
//      answer; the tab's URL and title fill in when the lookup answers, the panel when the
//      summary does; a note draft kept for the page opens Notes with it instead; the other
//      panels wait until they are opened, and their code (popup-more.js) until "This page"
//      is shown or one of them is opened (later-panel.tsx);
//   3. panels talk to the background with send() and to the tab's content script with
//      sendTab() (tab/*); every failure lands in the [data-status] region.
//   4. ?export=<format> (Firefox's popup sends exports to a tab, open-in-tab.ts) leaves the
//      address at once, so a reload does not export again; Settings runs it.
// Everything the views need from outside comes in PopupDeps, so tests render them with fakes.
import './first-mark';
import { early } from './popup-start';
import { render } from 'preact';
import { send } from '../messaging/send';
import { sendTab, TabUnavailableError } from '../messaging/send-tab';
import { App } from './app';
import { DepsContext, type PopupDeps, type PopupTab, type SendTabFn } from './deps';
import { downloadFile } from './download';
import { loadLaterViews } from './later-panel';
import { fileDialogsCloseThePopup, openedInTabBySearch, openPopupInTab, panelFromSearch, takeExportFromAddress } from './open-in-tab';
import { watchReport } from './watch-report';

// Marks for measuring first render (read with performance.getEntriesByType('mark')).
performance.mark('backstory-popup:script');

const openedAsTab = early.givenTabId !== null || openedInTabBySearch(location.search);
/** Known at once with ?tab=; otherwise when tabs.query answers. */
let tabId = early.givenTabId;
const toTab: SendTabFn = (kind, req) => (tabId === null ? Promise.reject(new TabUnavailableError()) : sendTab(tabId, kind, req));
const base: Omit<PopupDeps, 'tab'> = {
  send,
  sendTab: toTab,
  openedAsTab,
  closeWindow: () => window.close(),
  openInTab: fileDialogsCloseThePopup(openedAsTab)
    ? (panel, exportFormat) => void openPopupInTab(tabId, panel, exportFormat).then(() => window.close(), (err: unknown) => console.warn('Backstory: opening the popup in a tab', err))
    : undefined,
  download: (file) => downloadFile(file),
  exportOnLoad: takeExportFromAddress(window),
  now: () => new Date(),
  pageSummary: early.summary,
  pageDraft: early.draft,
  watchReport,
  laterViews: loadLaterViews,
};
const root = document.getElementById('app')!;
const initialPanel = panelFromSearch(location.search);

function draw(tab: PopupTab): void {
  render(
    <DepsContext.Provider value={{ ...base, tab }}>
      <App initialTab={initialPanel} />
    </DepsContext.Provider>,
    root,
  );
}

if (openedAsTab) document.documentElement.classList.add('as-tab');
draw({ id: tabId, url: null, title: null });
performance.mark('backstory-popup:drawn');
void early.tab.then(({ tab }) => {
  performance.mark('backstory-popup:tab');
  tabId = tab.id;
  draw(tab);
});
