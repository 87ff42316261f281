// popup-early.js, the popup's first script (before its stylesheet and popup.js): asks for
// this page's summary, and whether a note was being written on it, as soon as the popup's
// document starts, ~10–25 ms before popup.js (40 KB) is fetched, compiled and run, so the
// answers are usually in hand when popup.js first draws. Kept tiny (runtime messaging only,
// not the tabs seam): popup-start.ts takes the requests over and looks the tab up itself.
import { send } from '../messaging/send';
import { tabIdFromSearch } from './tab-from-search';
import { EARLY_DRAFT_KEY, EARLY_KEY, sendDraftCheck, sendSummary } from './early-requests';

const slot = window as unknown as Record<string, unknown>;
const tabId = tabIdFromSearch(location.search);
slot[EARLY_KEY] = sendSummary(tabId, send);
slot[EARLY_DRAFT_KEY] = sendDraftCheck(tabId, send);
