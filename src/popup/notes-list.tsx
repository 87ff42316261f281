// The notes listed in the Notes panel: loading, why the list is empty, or the notes in a
// virtual list with how many there are and how many lost their passage on this page.
import type { JSX } from 'preact';
import type { Note } from '../core/records';
import type { Scope } from './notes-filters';
import { NoteRow } from './note-row';
import { VirtualList, type VirtualListHandle } from './virtual-list';

export function NotesList({
  notes,
  orphans,
  scope,
  query,
  webUrl,
  list,
  rowKey,
  entityName,
  onEdit,
  onDelete,
}: {
  /** null while the first list is asked for. */
  notes: Note[] | null;
  /** Notes whose passage the page no longer holds (tab/note-status). */
  orphans: Set<string>;
  scope: Scope;
  query: string;
  webUrl: string | null;
  list: { current: VirtualListHandle | null };
  rowKey: (i: number) => string | number;
  entityName: (id: string) => string;
  onEdit: (note: Note) => void;
  onDelete: (note: Note) => void;
}): JSX.Element {
  const orphanCount = notes ? notes.filter((n) => orphans.has(n.id)).length : 0;
  return (
    <>
      {orphanCount > 0 && <p class="small warn">{orphanCount === 1 ? 'One note’s passage is' : `${orphanCount} notes’ passages are`} no longer found on this page.</p>}
      {notes === null ? (
        <p class="muted">Loading notes…</p>
      ) : notes.length === 0 ? (
        <p class="muted" data-empty="notes">
          {emptyText(scope, query, webUrl)}
        </p>
      ) : (
        <>
          <p class="muted small">
            {notes.length} note{notes.length === 1 ? '' : 's'}
          </p>
          <VirtualList
            handle={list}
            count={notes.length}
            estimate={84}
            height={300}
            label="Notes"
            rowKey={rowKey}
            row={(i) => {
              const n = notes[i];
              return n ? <NoteRow note={n} orphan={orphans.has(n.id)} entityName={entityName} onEdit={() => onEdit(n)} onDelete={() => onDelete(n)} /> : null;
            }}
          />
        </>
      )}
    </>
  );
}

function emptyText(scope: Scope, query: string, url: string | null): string {
  if (query.trim()) return 'No note matches that search.';
  if (scope === 'page') return url ? 'No notes on this page yet.' : 'This is not a web page, so it has no notes. Choose “All notes” to see the others.';
  if (scope === 'entity') return 'No notes on this entity yet.';
  return 'No notes yet.';
}
