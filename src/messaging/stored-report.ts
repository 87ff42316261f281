// Where and how the background keeps a tab's page report (storage.session), so the popup can
// watch for a new one (the page runs again after a library or settings change).
//
// Kept as one JSON string, not as the object: storage.session converts a stored object value
// by value, and a report of 2,000 annotations took the worker ~40 ms of CPU to store (and
// again for every storage.onChanged listener); a string is copied once.
import type { PageReport } from './contract';

export function reportKey(tabId: number): string {
  return `page-report:${tabId}`;
}

export function encodeReport(report: PageReport): string {
  return JSON.stringify(report);
}

/** The URL of a stored report, read off the front of its JSON (a long page's report runs to
 *  hundreds of KB; encodeReport writes the url first); null when there is none. */
export function storedReportUrl(stored: unknown): string | null {
  if (typeof stored !== 'string') return null;
  const head = /^\{"url":("(?:[^"\\]|\\.)*")/.exec(stored);
  try {
    return head?.[1] ? (JSON.parse(head[1]) as string) : (decodeReport(stored)?.url ?? null);
  } catch {
    return null;
  }
}

/** The stored report, or null when there is none or it cannot be read. */
export function decodeReport(stored: unknown): PageReport | null {
  if (typeof stored !== 'string') return null;
  try {
    return JSON.parse(stored) as PageReport;
  } catch {
    return null;
  }
}
