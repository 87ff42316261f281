// One note in the list. The note's text and quote are rendered as text nodes (never HTML):
// a note is whatever the user, or an imported file, wrote.
import type { JSX } from 'preact';
import type { Note } from '../core/records';
import { shortQuote } from './note-editor';
import { NoteText } from './note-text';

export function noteMeta(note: Note, entityName: (id: string) => string): string {
  const parts: string[] = [];
  if (note.backstory.entityId) parts.push(`on ${entityName(note.backstory.entityId)}`);
  else if (note.backstory.term) parts.push(`on “${note.backstory.term}”`);
  parts.push(note.backstory.pageTitle || hostOf(note.target.source));
  parts.push(note.modified.slice(0, 10));
  return parts.join(' · ');
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** A few words of the note, so that each row's buttons are told apart by ear (every one
 *  would otherwise be "Delete note"). */
export function notePiece(text: string, max = 36): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

export function NoteRow({ note, orphan, entityName, onEdit, onDelete }: { note: Note; orphan: boolean; entityName: (id: string) => string; onEdit: () => void; onDelete: () => void }): JSX.Element {
  const quote = note.target.selector?.[0].exact;
  const piece = notePiece(note.body.value);
  const named = (action: string): string => (piece ? `${action} note “${piece}”` : `${action} note`);
  return (
    // Focusable from script only: an undone delete puts the focus back on its row.
    <article data-note-id={note.id} data-orphan={orphan ? 'true' : undefined} class={`note${orphan ? ' orphan' : ''}`} tabIndex={-1}>
      {quote !== undefined && (
        <blockquote data-quote class="quote" title={quote}>
          {shortQuote(quote)}
        </blockquote>
      )}
      {orphan && <p class="small warn">This passage is no longer found on the page.</p>}
      <NoteText text={note.body.value} piece={piece} />
      <div class="row-foot">
        <span class="muted small">{noteMeta(note, entityName)}</span>
        <span class="row-actions">
          <button type="button" data-action="edit-note" class="small-button" onClick={onEdit} aria-label={named('Edit')}>
            Edit
          </button>
          <button type="button" data-action="delete-note" class="small-button" onClick={onDelete} aria-label={named('Delete')}>
            Delete
          </button>
        </span>
      </div>
    </article>
  );
}
