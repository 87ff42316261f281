// The popup page (popup.html). In order:
//   1. find the tab it is about (?tab=<id>, else the active tab) — src/popup/current-tab.ts;
//   2. render the tab strip with "This page" first; it asks the background for the page
//      summary (page/summary) while the other panels wait until they are opened;
//   3. panels talk to the background with send() and to the tab's content script with
//      sendTab() (tab/*); every failure lands in the [data-status] region.
// Everything the views need from outside comes in PopupDeps, so tests render them with fakes.
import { render } from 'preact';
import { send } from '../messaging/send';
import { sendTab, TabUnavailableError } from '../messaging/send-tab';
import { App } from './app';
import { findTab } from './current-tab';
import { DepsContext, type PopupDeps, type SendTabFn } from './deps';
import { downloadFile } from './download';

// Marks for measuring first render (read with performance.getEntriesByType('mark')).
performance.mark('backstory-popup:script');

async function start(): Promise<void> {
  const { tab, openedAsTab } = await findTab(location.search);
  performance.mark('backstory-popup:tab');
  const tabId = tab.id;
  const toTab: SendTabFn = (kind, req) => (tabId === null ? Promise.reject(new TabUnavailableError()) : sendTab(tabId, kind, req));
  const deps: PopupDeps = {
    send,
    sendTab: toTab,
    tab,
    openedAsTab,
    closeWindow: () => window.close(),
    download: (file) => downloadFile(file),
    now: () => new Date(),
  };
  if (openedAsTab) document.documentElement.classList.add('as-tab');
  render(
    <DepsContext.Provider value={deps}>
      <App />
    </DepsContext.Provider>,
    document.getElementById('app')!,
  );
}

void start();
