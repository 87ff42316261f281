// Tell the popup when its tab reports again: the content script re-runs after a library or
// settings change (or the page changes) and the background stores the new report.
import { reportKey } from '../messaging/stored-report';
import { ext } from '../platform/browser';

export function watchReport(tabId: number, onChange: () => void): () => void {
  const key = reportKey(tabId);
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'session' && key in changes) onChange();
  };
  ext.storage.onChanged.addListener(listener);
  return () => ext.storage.onChanged.removeListener(listener);
}
