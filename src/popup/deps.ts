// What the popup needs from the outside world, in one object, so every view can be
// rendered in a test with fakes: the background's `send`, the tab's `sendTab`, which tab
// the popup is about, and the few browser effects (close the window, download a file).
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ExportFile, ExportFormat } from '../core/records';
import type { PageAnswer, RequestKind, Requests } from '../messaging/contract';
import type { TabRequestKind, TabRequests } from '../messaging/tab-contract';
import type { TabDraft } from './early-requests';
import type { LaterViews } from './later-views';
import type { TabName } from './tabs';

export type SendFn = <K extends RequestKind>(kind: K, req: Requests[K]['req']) => Promise<Requests[K]['res']>;
export type SendTabFn = <K extends TabRequestKind>(kind: K, req: TabRequests[K]['req']) => Promise<TabRequests[K]['res']>;

export interface PopupTab {
  /** null when no tab could be found (then every tab/* request fails politely). */
  id: number | null;
  /** The tab's URL when the browser tells us (it may not without the tabs permission). */
  url: string | null;
  title: string | null;
}

export interface PopupDeps {
  send: SendFn;
  sendTab: SendTabFn;
  tab: PopupTab;
  /** Opened as a normal tab (?tab=<id>), not as the toolbar popup: never close it. */
  openedAsTab: boolean;
  closeWindow: () => void;
  /** Set where a file dialog would close the popup (Firefox's toolbar popup): opens the
   *  popup page in a tab on `panel`, where files can be chosen or `exportFormat` saved. */
  openInTab?: (panel: TabName, exportFormat?: ExportFormat) => void;
  download: (file: ExportFile) => void;
  /** The export the page was opened to run (?export=, see open-in-tab.ts): Settings runs
   *  it once, at once. */
  exportOnLoad?: ExportFormat;
  /** Today, for dates of saved pages. */
  now: () => Date;
  /** The page/summary answer main.tsx asked for before the views were set up (see
   *  early-requests.ts); without it the popup asks for tab.id's summary itself. */
  pageSummary?: Promise<PageAnswer>;
  /** The notes/draft-for-tab answer asked for beside it; without it the popup asks itself. */
  pageDraft?: Promise<TabDraft>;
  /** The Notes, Library and Settings panels, which popup.js leaves to popup-more.js. */
  laterViews: () => Promise<LaterViews>;
  /** Calls back when tab `tabId` reports again (the page re-ran); returns the unsubscribe. */
  watchReport?: (tabId: number, onChange: () => void) => () => void;
}

export const DepsContext = createContext<PopupDeps | null>(null);

export function useDeps(): PopupDeps {
  const deps = useContext(DepsContext);
  if (!deps) throw new Error('PopupDeps missing: wrap the view in <DepsContext.Provider>');
  return deps;
}

/** An error's message as people read it. */
export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
