// Save an exported file: a Blob URL clicked through an <a download>. No downloads
// permission is needed, and the text never leaves the machine. The URL dies with its
// document, so Firefox's toolbar popup (closed by a save dialog) exports in a tab instead
// (open-in-tab.ts).
import type { ExportFile } from '../core/records';

export function downloadFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // The click starts the download asynchronously; keep the URL alive until it has.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
