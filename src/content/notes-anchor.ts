// Finding the user's selection notes in the page's text again (core/anchoring: the stored
// position, then the exact quote, then an approximate quote), for notes-layer.ts. Loaded
// with content-more.js, only on pages that have notes.
import { anchor, describeSpan } from '../core/anchoring';
import type { Note } from '../core/records';
import type { AnchorResult } from '../core/types';

export interface NoteStatus {
  anchored: string[];
  orphaned: string[];
}

export interface PlacedNote {
  note: Note;
  /** Where it is in the text now; null: an orphan. */
  at: AnchorResult | null;
}

/** Find each selection note in `text` (notes without a selector are about the whole page). */
export function placeNotes(text: string, notes: readonly Note[]): PlacedNote[] {
  return notes.flatMap((note) => (note.target.selector ? [{ note, at: anchor(text, note.target.selector) }] : []));
}

/** Notes whose quote was found exactly somewhere else: their new selectors. */
export function movedSelectors(text: string, placed: readonly PlacedNote[]): { id: string; selector: NonNullable<Note['target']['selector']> }[] {
  return placed.flatMap((p) => (p.at?.method === 'quote' ? [{ id: p.note.id, selector: describeSpan(text, p.at.start, p.at.end) }] : []));
}
