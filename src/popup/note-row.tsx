// One note in the list. The note's text and quote are rendered as text nodes (never HTML):
// a note is whatever the user, or an imported file, wrote.
import type { JSX } from 'preact';
import type { Note } from '../core/records';
import { shortQuote } from './note-editor';

export function noteMeta(note: Note, entityName: (id: string) => string): string {
  const parts: string[] = [];
  if (note.backstory.entityId) parts.push(`on ${entityName(note.backstory.entityId)}`);
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

export function NoteRow({ note, orphan, entityName, onEdit, onDelete }: { note: Note; orphan: boolean; entityName: (id: string) => string; onEdit: () => void; onDelete: () => void }): JSX.Element {
  const quote = note.target.selector?.[0].exact;
  return (
    <article data-note-id={note.id} data-orphan={orphan ? 'true' : undefined} class={`note${orphan ? ' orphan' : ''}`}>
      {quote !== undefined && (
        <blockquote data-quote class="quote" title={quote}>
          {shortQuote(quote)}
        </blockquote>
      )}
      {orphan && <p class="small warn">This passage is no longer found on the page.</p>}
      <p class="note-text">{note.body.value}</p>
      <div class="row-foot">
        <span class="muted small">{noteMeta(note, entityName)}</span>
        <span class="row-actions">
          <button type="button" data-action="edit-note" class="small-button" onClick={onEdit} aria-label="Edit note">
            Edit
          </button>
          <button type="button" data-action="delete-note" class="small-button" onClick={onDelete} aria-label="Delete note">
            Delete
          </button>
        </span>
      </div>
    </article>
  );
}
