// Sends the first panel's requests while the rest of popup.js is still being set up:
// main.tsx imports this right after ./first-mark, before preact and the views.
import { send } from '../messaging/send';
import { findTab, tabIdFromSearch } from './current-tab';
import { startRequests } from './early-requests';

export const early = startRequests(tabIdFromSearch(location.search), () => findTab(location.search), send);
