// The background's seam over the WebExtension APIs, through webextension-polyfill; pages
// use the native seams beside it (runtime.ts, popup-api.ts), which carry no polyfill. Only
// src/platform/ touches `browser.*` or `chrome.*`, so tests can replace these modules.
import browser from 'webextension-polyfill';

export const ext = browser;
export type Ext = typeof browser;
