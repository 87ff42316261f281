// Notes (W3C Web Annotations): create, update, delete (returning the note for undo),
// restore (checked like an import's notes), and list with a case-insensitive search over the text and the quote.
// An entity's notes are those made on it and those written on one of its names while it was
// only on a page (`backstory.term`, core/note-terms).
import { clipText, LIMITS } from '../core/backup-schemas';
import { noteContentKey } from '../core/backup-merge';
import { cleanTerm, onNames } from '../core/note-terms';
import type { Note, NoteDraft, NoteQuery, NoteRestore } from '../core/records';
import { inTransaction, type Store, type WriteTx } from './db';
import type { StoreName } from './schema';
import { dropTrashOf, putInTrash, TRASH_STORES, type TrashStamp } from './trash';

/** The page a note belongs to: the URL without its #fragment, which does not change the page. */
export function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/** The page title comes from the page (document.title has no limit): cut to the stored one.
 *  The name a selection note is on (the page's text) is kept whole or not at all, as an
 *  import does (core/backup-validate): over LIMITS.term it is a passage, not a name, and cut
 *  it would be a name no entity has, shown broken off on the note; the note keeps its quote.
 *  A note on an entity needs no name: its entity id is the link. */
export function noteFromDraft(draft: NoteDraft, now: string, id: string): Note {
  const backstory: Note['backstory'] = {};
  if (draft.entityId) backstory.entityId = draft.entityId;
  if (typeof draft.pageTitle === 'string' && draft.pageTitle) backstory.pageTitle = clipText(draft.pageTitle, LIMITS.title);
  const term = !draft.entityId && draft.selector && typeof draft.term === 'string' ? cleanTerm(draft.term) : '';
  if (term && term.length <= LIMITS.term) backstory.term = term;
  const target: Note['target'] = { source: pageKey(draft.pageUrl) };
  if (draft.selector) target.selector = draft.selector;
  return { id, type: 'Annotation', created: now, modified: now, body: { type: 'TextualBody', value: draft.text, format: 'text/plain' }, target, backstory };
}

export async function putNote(db: Store, note: Note): Promise<Note> {
  await db.put('notes', note);
  return note;
}

/** Undo of a delete, through the checks an added note with an id of its own gets (an
 *  import's, core/backup-merge): since the delete an import may have brought back the same
 *  note (skipped: a second copy) or put another note under its id (the restored one then
 *  takes a new id: a plain put would overwrite that note). Its "Recently deleted" entry goes
 *  in the same transaction: the note is back (or already was). */
export async function restoreNote(db: Store, note: Note, newId: () => string): Promise<NoteRestore> {
  return inTransaction(db, ['notes', ...TRASH_STORES], async (tx) => {
    await dropTrashOf(tx, 'note', note.id);
    return putBackNote(tx, note, newId);
  });
}

/** restoreNote's checks and write, inside a transaction that includes 'notes'. */
export async function putBackNote(tx: WriteTx<StoreName[]>, note: Note, newId: () => string): Promise<NoteRestore> {
  const store = tx.objectStore('notes');
  const key = noteContentKey(note);
  // The same content is on the same page: its notes are all that need reading.
  if ((await store.index('byPage').getAll(note.target.source)).some((n) => noteContentKey(n) === key)) return { skipped: 'same-note' };
  const restored = (await store.getKey(note.id)) === undefined ? note : { ...note, id: newId() };
  await store.add(restored);
  return { restored };
}

export async function getNote(db: Store, id: string): Promise<Note | undefined> {
  return db.get('notes', id);
}

/** Change a note's text or anchor; `mayChange` (when given) must allow the stored note, else
 *  it is answered as missing. */
export async function updateNote(db: Store, id: string, change: { text?: string; selector?: Note['target']['selector'] }, now: string, mayChange?: (note: Note) => boolean): Promise<Note> {
  return inTransaction(db, ['notes'], async (tx) => {
    const store = tx.objectStore('notes');
    const old = await store.get(id);
    if (!old || (mayChange && !mayChange(old))) throw new Error(`No note ${id}; nothing was changed.`);
    // Only a change of text is an edit: re-anchoring (a new selector from the page) must not
    // move the note to the top of "newest first".
    const edited = change.text !== undefined && change.text !== old.body.value;
    const next: Note = {
      ...old,
      modified: edited ? now : old.modified,
      body: change.text === undefined ? old.body : { ...old.body, value: change.text },
      target: change.selector === undefined ? old.target : { ...old.target, selector: change.selector },
    };
    await store.put(next);
    return next;
  });
}

/** Removes the note; returns it for undo (null when there was none). With `trash` (every
 *  delete the reader makes) it is kept in "Recently deleted" under that stamp. */
export async function deleteNote(db: Store, id: string, trash?: TrashStamp): Promise<Note | null> {
  return inTransaction(db, ['notes', ...TRASH_STORES], async (tx) => {
    const store = tx.objectStore('notes');
    const old = await store.get(id);
    if (!old) return null;
    await store.delete(id);
    if (trash) await putInTrash(tx, { kind: 'note', note: old }, trash);
    return old;
  });
}

function matches(note: Note, words: string[]): boolean {
  if (words.length === 0) return true;
  const hay = `${note.body.value}\n${note.target.selector?.[0].exact ?? ''}\n${note.backstory.pageTitle ?? ''}\n${note.backstory.term ?? ''}`.toLowerCase();
  return words.every((w) => hay.includes(w));
}

/** The notes on entity `entityId` (null: a name no entity has yet), known by `names` (its
 *  name and aliases): made on it, or written on one of its names. Unsorted. Only the notes
 *  with a term are read for the names (byTerm), not every note; all of them, not those under
 *  each name's key: the index's keys are the terms as written, and a name is matched by its
 *  termKey (case and accents aside), which no key range can ask for ("SANCHEZ" is on
 *  "Sánchez"). Asking by key would need the key stored in each note (a new index). */
export async function notesOnEntity(db: Store, entityId: string | null, names: readonly string[]): Promise<Note[]> {
  const tx = db.transaction('notes', 'readonly');
  const [onEntity, onTerms] = await Promise.all([entityId ? tx.store.index('byEntity').getAll(entityId) : [], names.length ? tx.store.index('byTerm').getAll() : []]);
  await tx.done;
  const ids = new Set(onEntity.map((n) => n.id));
  const onOne = onNames(names);
  return [...onEntity, ...onTerms.filter((n) => !ids.has(n.id) && onOne(n))];
}

/** `names`: with scope 'entity', the names the entity is known by (its notes include those
 *  written on one of them); none lists only the notes made on the entity. */
export async function listNotes(db: Store, q: NoteQuery, names: readonly string[] = []): Promise<Note[]> {
  const words = (q.query ?? '').toLowerCase().split(/\s+/).filter((w) => w.length > 0);
  const limit = q.limit ?? Infinity;
  if (q.scope === 'page' || q.scope === 'entity') {
    const key = q.scope === 'page' ? (q.pageUrl ? pageKey(q.pageUrl) : undefined) : q.entityId;
    if (!key) throw new Error(`notes/list: scope "${q.scope}" needs ${q.scope === 'page' ? 'pageUrl' : 'entityId'}`);
    const found = q.scope === 'page' ? await db.getAllFromIndex('notes', 'byPage', key) : await notesOnEntity(db, key, names);
    return found
      .filter((n) => matches(n, words))
      .sort((a, b) => b.modified.localeCompare(a.modified))
      .slice(0, limit);
  }
  if (words.length > 0 || limit === Infinity) {
    // A search reads everything anyway: one getAll is far cheaper than a cursor step per note.
    const all = await db.getAllFromIndex('notes', 'byModified');
    const out: Note[] = [];
    for (let i = all.length - 1; i >= 0 && out.length < limit; i--) if (matches(all[i]!, words)) out.push(all[i]!);
    return out;
  }
  // The newest few: a cursor reads only as far as the limit needs.
  const out: Note[] = [];
  const tx = db.transaction('notes', 'readonly');
  for (let c = await tx.store.index('byModified').openCursor(null, 'prev'); c && out.length < limit; c = await c.continue()) {
    if (matches(c.value, words)) out.push(c.value);
  }
  await tx.done;
  return out;
}

export async function allNotes(db: Store): Promise<Note[]> {
  return db.getAll('notes');
}
