// Tell the popup when its tab reports again: the content script re-runs after a library or
// settings change (or the page changes) and the background stores the new report.
import { reportKey } from '../messaging/stored-report';
import { onStorageChanged } from '../platform/popup-api';

export function watchReport(tabId: number, onChange: () => void): () => void {
  const key = reportKey(tabId);
  return onStorageChanged((changes, area) => {
    if (area === 'session' && key in changes) onChange();
  });
}
