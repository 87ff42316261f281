// The one seam over the WebExtension APIs. Everything else imports `ext` from here, so
// tests can replace it and no other module touches `browser.*` or `chrome.*` directly.
import browser from 'webextension-polyfill';

export const ext = browser;
export type Ext = typeof browser;
