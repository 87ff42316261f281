// `?tab=<id>` in the popup's own URL (tests, and Firefox when the popup is opened as a tab).
// Apart from current-tab.ts so popup-early.js reads it without the tabs seam.
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}
