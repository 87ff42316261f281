// A "choose files" control: a file input styled as a button, or, where a file dialog would
// close the popup (open-in-tab.ts), a button that opens the popup in a tab on this panel.
import type { JSX } from 'preact';
import { useDeps } from './deps';
import type { TabName } from './tabs';

export interface FileChooserProps {
  label: string;
  /** The panel this control is on (the tab opens there). */
  panel: TabName;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  /** The data attribute tests find the input by. */
  dataName: string;
  onFiles: (input: HTMLInputElement) => void;
}

export function FileChooser({ label, panel, accept, multiple = false, disabled = false, dataName, onFiles }: FileChooserProps): JSX.Element {
  const { openInTab } = useDeps();
  if (openInTab) {
    return (
      <button type="button" data-action={`${dataName}-in-tab`} disabled={disabled} title="Firefox closes this popup when a file dialog opens: files are chosen in a tab" onClick={() => openInTab(panel)}>
        {label} (opens in a tab)
      </button>
    );
  }
  const data = { [`data-${dataName}`]: true };
  return (
    <label class="file-button">
      {label}
      <input type="file" {...data} accept={accept} multiple={multiple} class="visually-hidden" disabled={disabled} onChange={(e) => onFiles(e.currentTarget)} />
    </label>
  );
}
