// The first panel's requests: the page summary and the draft check popup-early.js already
// sent (or sent here when that script did not run), and the tab lookup. main.tsx imports
// this right after ./first-mark, before preact and the views.
import { send } from '../messaging/send';
import { findTab } from './current-tab';
import { tabIdFromSearch } from './tab-from-search';
import { EARLY_DRAFT_KEY, startRequests, takeEarly, type TabDraft } from './early-requests';

export const early = startRequests(tabIdFromSearch(location.search), () => findTab(location.search), send, {
  summary: takeEarly(window),
  draft: takeEarly<TabDraft>(window, EARLY_DRAFT_KEY),
});
