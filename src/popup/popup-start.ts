// The first panel's requests: the page summary popup-early.js already asked for (or asked
// here when that script did not run), and the tab lookup. main.tsx imports this right after
// ./first-mark, before preact and the views.
import { send } from '../messaging/send';
import { findTab } from './current-tab';
import { tabIdFromSearch } from './tab-from-search';
import { startRequests, takeEarly } from './early-requests';

export const early = startRequests(tabIdFromSearch(location.search), () => findTab(location.search), send, takeEarly(window));
