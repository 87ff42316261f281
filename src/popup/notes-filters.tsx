// The Notes panel's search field and its choice of which notes: this page's, an entity's
// (of those linked on the page, or the one a note was asked for on), or all.
import type { JSX } from 'preact';
import type { NoteQuery } from '../core/records';

export type Scope = NoteQuery['scope'];

export function NotesFilters({
  search,
  onSearch,
  scope,
  onScope,
  entityId,
  entityChoices,
  onEntity,
}: {
  search: string;
  onSearch: (text: string) => void;
  scope: Scope;
  onScope: (scope: Scope) => void;
  entityId: string;
  entityChoices: { id: string; name: string }[];
  onEntity: (id: string) => void;
}): JSX.Element {
  return (
    <div class="filters">
      <input type="search" data-note-search aria-label="Search notes" placeholder="Search notes" value={search} onInput={(e) => onSearch(e.currentTarget.value)} />
      <select data-note-scope aria-label="Which notes" value={scope} onChange={(e) => onScope(e.currentTarget.value as Scope)}>
        <option value="page">This page</option>
        <option value="entity">An entity</option>
        <option value="all">All notes</option>
      </select>
      {scope === 'entity' && (
        <select data-note-entity aria-label="Entity" value={entityId} onChange={(e) => onEntity(e.currentTarget.value)}>
          {entityChoices.length === 0 && <option value="">No linked entity on this page</option>}
          {entityChoices.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
