// Versioned upgrade steps, each a small function from the version before it. openStore()
// runs every step above the database's current version inside the one upgrade
// transaction, so an interrupted upgrade leaves the old version intact.
//
//   v1  articles (by url), notes (by page) — what the first release kept
//   v2  articles get a text hash (backfilled) for dedupe; notes get byEntity/byModified;
//       new stores: knowledge cache, settings, meta
//   v3  new stores: per-article findings and the Library search's text index (caches, empty
//       at first: the next build and search fill them)
//   v4  notes get byTerm: the notes written on a page-only name, read when an entity's
//       notes are listed (core/note-terms)
//   v5  new store: trash, the recently deleted notes and articles (storage/trash.ts), empty
//       at first: what was deleted before it is gone
//   v6  new store: trashRows, the line "Recently deleted" shows of each trash entry
//       (computed for the entries kept before), so the list does not read the records
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { StoredArticle } from '../core/records';
import { textHash } from '../core/text-hash';
import type { Article } from '../core/types';
import type { BackstoryDB, StoreName } from './schema';
import { trashSummary } from './trash-summary';

export type UpgradeTx = IDBPTransaction<BackstoryDB, StoreName[], 'versionchange'>;
export type Migration = (db: IDBPDatabase<BackstoryDB>, tx: UpgradeTx) => Promise<void> | void;

/** An article as v1 kept it: no text hash, no time added. */
export type ArticleV1 = Article;

export function toV1(db: IDBPDatabase<BackstoryDB>): void {
  const articles = db.createObjectStore('articles', { keyPath: 'id' });
  articles.createIndex('byUrl', 'url');
  const notes = db.createObjectStore('notes', { keyPath: 'id' });
  notes.createIndex('byPage', 'target.source');
}

export async function toV2(db: IDBPDatabase<BackstoryDB>, tx: UpgradeTx): Promise<void> {
  db.createObjectStore('knowledge');
  db.createObjectStore('settings');
  db.createObjectStore('meta');
  const notes = tx.objectStore('notes');
  // Notes on a page or on a selection have no entity id: the index simply skips them.
  notes.createIndex('byEntity', 'backstory.entityId');
  notes.createIndex('byModified', 'modified');
  const articles = tx.objectStore('articles');
  articles.createIndex('byTextHash', 'textHash');
  // Backfill: every v1 article gets its text hash and a time added.
  const now = new Date().toISOString();
  for (let cursor = await articles.openCursor(); cursor; cursor = await cursor.continue()) {
    const old = cursor.value as ArticleV1 & Partial<StoredArticle>;
    if (old.textHash) continue;
    const upgraded: StoredArticle = { ...old, textHash: textHash(old.paragraphs), added: old.added ?? now };
    await cursor.update(upgraded);
  }
}

export function toV3(db: IDBPDatabase<BackstoryDB>): void {
  db.createObjectStore('findings', { keyPath: 'bucket' });
  db.createObjectStore('search');
}

/** Only notes with a term are in the index (as byEntity skips notes without an entity), so
 *  listing an entity's notes reads these few, not every note. */
export function toV4(_db: IDBPDatabase<BackstoryDB>, tx: UpgradeTx): void {
  tx.objectStore('notes').createIndex('byTerm', 'backstory.term');
}

/** Newest first for the list and oldest first for pruning (byDeletedAt); an undo finds the
 *  entry of the record it puts back (byRecord). v6 moves both to trashRows, so the schema's
 *  type no longer names them here. */
export function toV5(db: IDBPDatabase<BackstoryDB>): void {
  const trash = db.createObjectStore('trash', { keyPath: 'id' }) as unknown as { createIndex(name: string, keyPath: string): unknown };
  trash.createIndex('byDeletedAt', 'deletedAt');
  trash.createIndex('byRecord', 'recordId');
}

/** The list's rows move to their own store, with the indexes: the entries' store is then
 *  read only by id, to put one back. Entries kept by v5 get their rows here. */
export async function toV6(db: IDBPDatabase<BackstoryDB>, tx: UpgradeTx): Promise<void> {
  const rows = db.createObjectStore('trashRows', { keyPath: 'id' });
  rows.createIndex('byDeletedAt', 'deletedAt');
  rows.createIndex('byRecord', 'recordId');
  const trash = tx.objectStore('trash');
  for (let c = await trash.openCursor(); c; c = await c.continue()) await rows.put(trashSummary(c.value));
  trash.deleteIndex('byDeletedAt');
  trash.deleteIndex('byRecord');
}

/** MIGRATIONS[v - 1] upgrades a store at version v - 1 to version v. */
export const MIGRATIONS: Migration[] = [toV1, toV2, toV3, toV4, toV5, toV6];

export async function migrate(db: IDBPDatabase<BackstoryDB>, from: number, to: number, tx: UpgradeTx): Promise<void> {
  for (let v = from + 1; v <= to; v++) {
    const step = MIGRATIONS[v - 1];
    if (!step) throw new Error(`No migration to store version ${v}`);
    await step(db, tx);
  }
}
