// The Notes panel's two ways to start a note, "Note on this page" and "Note on selection",
// each switched off with the reason said under them: the page is not a web page (or its
// address is not known yet), or nothing is selected in it.
import type { JSX } from 'preact';
import type { TextPositionSelector, TextQuoteSelector } from '../core/types';

export type SelectionState = { state: 'asking' } | { state: 'none'; reason: string } | { state: 'some'; selector: [TextQuoteSelector, TextPositionSelector] };

export const NOT_WEB = 'This is not a web page: notes are kept on web pages (http or https) only.';

export function NotesToolbar({
  pageUrl,
  canNote,
  selection,
  onNotePage,
  onNoteSelection,
}: {
  /** The page's address as known (null: not told yet, or not at all without host access). */
  pageUrl: string | null;
  /** The page is a web page notes can be kept on. */
  canNote: boolean;
  selection: SelectionState;
  onNotePage: () => void;
  onNoteSelection: (selector: [TextQuoteSelector, TextPositionSelector]) => void;
}): JSX.Element {
  // Without its address the page may well be a web page: do not say it is not.
  const notWeb = pageUrl === null ? 'This page’s address is not known: notes are kept on web pages (http or https) only.' : NOT_WEB;
  // Why Note on selection is off: the page first, then the selection.
  const selectionReason = !canNote ? 'note-reason' : selection.state === 'none' ? 'selection-reason' : undefined;
  return (
    <>
      <div class="toolbar">
        <button type="button" data-action="note-page" onClick={onNotePage} disabled={!canNote} aria-describedby={canNote ? undefined : 'note-reason'} title={canNote ? undefined : notWeb}>
          Note on this page
        </button>
        <button
          type="button"
          data-action="note-selection"
          disabled={selection.state !== 'some' || !canNote}
          aria-describedby={selectionReason}
          title={!canNote ? notWeb : selection.state === 'none' ? selection.reason : undefined}
          onClick={() => selection.state === 'some' && onNoteSelection(selection.selector)}
        >
          Note on selection
        </button>
      </div>
      {!canNote ? (
        <p id="note-reason" class="muted small">
          {notWeb}
        </p>
      ) : (
        selection.state === 'none' && (
          <p id="selection-reason" class="muted small">
            {selection.reason}
          </p>
        )
      )}
    </>
  );
}
