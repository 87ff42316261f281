// popup-early.js, the popup's first script (before its stylesheet and popup.js): asks for
// this page's summary as soon as the popup's document starts, ~10–25 ms before popup.js
// (106 KB) is fetched, compiled and run, so the answer is usually in hand when popup.js first
// draws. Kept tiny (no webextension-polyfill): popup-start.ts takes the request over and
// looks the tab up itself.
import { send } from '../messaging/send';
import { tabIdFromSearch } from './tab-from-search';
import { EARLY_KEY, sendSummary } from './early-requests';

(window as unknown as Record<string, unknown>)[EARLY_KEY] = sendSummary(tabIdFromSearch(location.search), send);
