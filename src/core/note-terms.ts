// A note written on a page-only name keeps that name (`backstory.term`), so that once the
// library knows the name the note is among that entity's notes. The link is found when the
// notes are asked for, not written into the note: a rebuild may merge, split or rename
// entities and a deleted article may take the name away again, and a link read at query
// time is right after each of those without a pass over the notes.
import { linkKey } from './alias-key';
import type { Note } from './records';

/** The key a note's term and an entity's names are compared by: the key the library joins
 *  written names by (aliases.ts: linkKey, case aside), so "SÁNCHEZ" finds "Sánchez". */
export function termKey(name: string): string {
  return linkKey(name).toLowerCase();
}

/** A term as kept: one line, its runs of spaces and line breaks one space, no space at
 *  either end ("" when nothing is left), so that the list and the card never show
 *  "on “  ”" or a name broken over lines (a page's text, or a file's, may hold either). */
export function cleanTerm(term: string): string {
  return term.replace(/\s+/g, ' ').trim();
}

/** Whether a note was written on one of `names` (an entity's name and aliases), the names'
 *  keys made once for all the notes it is asked about. */
export function onNames(names: readonly string[]): (note: Note) => boolean {
  const keys = new Set(names.map(termKey));
  return (note) => {
    const term = note.backstory.term;
    return term ? keys.has(termKey(term)) : false;
  };
}

/** Whether `note` was written on one of `names`. */
export function noteOnNames(note: Note, names: readonly string[]): boolean {
  return onNames(names)(note);
}
