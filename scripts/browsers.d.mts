// Types for scripts/browsers.mjs, imported by the e2e harness.
export interface BrowserPaths {
  chromium: string | null;
  firefox: string | null;
}
export function findBrowsers(): BrowserPaths;
export function ensureBrowsers(opts?: { need?: ('chromium' | 'firefox')[]; quiet?: boolean }): BrowserPaths;
