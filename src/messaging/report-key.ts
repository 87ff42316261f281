// Where the background keeps a tab's page report (storage.session), so the popup can watch
// for a new one (the page runs again after a library or settings change).
export function reportKey(tabId: number): string {
  return `page-report:${tabId}`;
}
