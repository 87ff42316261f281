// Settings' "Export" section: a backup (JSON) or the notes (JSON-LD, Markdown) downloaded.
// In Firefox's toolbar popup the export runs in a tab (open-in-tab.ts): a save dialog would
// close the popup and the download with it.
import type { JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import type { ExportFormat } from '../core/records';
import { exportBackup } from './backup-transfer';
import { useDeps } from './deps';
import { useStatus } from './status';

/** Export in `format`. Also runs the export the page was opened in a tab for, once, at once
 *  (before the settings are read: it needs none of them). */
export function useExport(): (format: ExportFormat) => Promise<void> {
  const { send, download, openInTab, exportOnLoad } = useDeps();
  const status = useStatus();
  /** `onLoad`: the page was opened in a tab to run this export (open-in-tab.ts). */
  const exportAs = async (format: ExportFormat, onLoad = false): Promise<void> => {
    if (openInTab && !onLoad) return openInTab('settings', format);
    try {
      const file = await exportBackup(send, format);
      download(file);
      status.say('ok', `Exported ${file.filename}.`);
    } catch (err) {
      status.fail(err, 'Could not export');
    }
    // A new tab has no control of the user's yet: the focus goes to what happened.
    if (onLoad) status.focus();
  };
  useEffect(() => {
    if (exportOnLoad) void exportAs(exportOnLoad, true);
  }, []); // once: the address that named it no longer does
  return (format) => exportAs(format);
}

export function ExportSection({ exportAs }: { exportAs: (format: ExportFormat) => Promise<void> }): JSX.Element {
  const { openInTab } = useDeps();
  return (
    <fieldset>
      <legend>Export</legend>
      <div class="buttons">
        <button type="button" data-action="export-backup" onClick={() => void exportAs('backup')}>
          Backup (JSON)
        </button>
        <button type="button" data-action="export-jsonld" onClick={() => void exportAs('jsonld')}>
          Notes (JSON-LD)
        </button>
        <button type="button" data-action="export-markdown" onClick={() => void exportAs('markdown')}>
          Notes (Markdown)
        </button>
      </div>
      {openInTab && <p class="muted small">In Firefox, exports open in a tab: a save dialog would close this popup.</p>}
    </fieldset>
  );
}
