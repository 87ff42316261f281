// Entry of popup-more.js, the popup's second bundle: the Notes, Library and Settings panels
// (later-views.ts). build.mjs gives it popup.js's own copies of every module both use
// (preact, the deps and status contexts…), so the panels render in popup.js's tree.
import { LATER_VIEWS_GLOBAL } from './later-panel';
import { LATER_VIEWS } from './later-views';

(globalThis as unknown as Record<string, unknown>)[LATER_VIEWS_GLOBAL] = LATER_VIEWS;
