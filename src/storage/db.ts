// Opening the store and writing to it safely. Every multi-record write goes through
// inTransaction(): one IndexedDB transaction, aborted on any error, so a failure (quota,
// bad data, the worker stopped mid-way) leaves the previous state and the caller gets a
// message a user can read.
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { migrate } from './migrations';
import { ALL_STORES, DB_NAME, DB_VERSION, GENERATION_KEY, type BackstoryDB, type StoreName } from './schema';

export type Store = IDBPDatabase<BackstoryDB>;
export type WriteTx<S extends StoreName[]> = IDBPTransaction<BackstoryDB, S, 'readwrite'>;

/** `onGone`: the connection closed (the browser ended it, or a newer version needed it);
 *  the caller should open a new one for the next request. */
export async function openStore(name = DB_NAME, version = DB_VERSION, onGone?: () => void): Promise<Store> {
  const db = await openDB<BackstoryDB>(name, version, {
    upgrade(db, from, to, tx) {
      // Steps may await their own requests; a failing step aborts the whole upgrade.
      migrate(db, from, to ?? version, tx).catch((err: unknown) => {
        console.error('Backstory: store upgrade failed', err);
        tx.abort();
      });
    },
    blocking() {
      // A newer version wants to upgrade (another extension page after an update): let it.
      db.close();
      onGone?.();
    },
    terminated() {
      onGone?.();
    },
  });
  return db;
}

/** A plain-language error for the user; the original stays in `cause`. */
export function storeError(err: unknown): Error {
  const name = err instanceof Error || err instanceof DOMException ? err.name : '';
  const detail = err instanceof Error || err instanceof DOMException ? err.message : String(err);
  const says: Record<string, string> = {
    QuotaExceededError: 'The browser has no more room for Backstory’s store',
    DataCloneError: 'Some of the data could not be stored',
    DataError: 'Some of the data had no valid key',
    ConstraintError: 'A record with the same key already exists',
    AbortError: 'The write was interrupted',
    InvalidStateError: 'The store was closed during the write',
    TransactionInactiveError: 'The write took too long and was cut off',
  };
  const what = says[name] ?? detail;
  return new Error(`${what}; nothing was changed.`, { cause: err });
}

/**
 * Run `work` in one read-write transaction over `stores`. `work` must await only requests
 * of `tx` (any other await lets IndexedDB commit early). If it throws, or a request fails,
 * the transaction is aborted and nothing it wrote is kept.
 */
export async function inTransaction<S extends StoreName[], T>(db: Store, stores: S, work: (tx: WriteTx<S>) => Promise<T>): Promise<T> {
  const tx = db.transaction(stores, 'readwrite');
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (err) {
    tx.done.catch(() => undefined); // rejects with AbortError; the cause is `err`
    try {
      tx.abort();
    } catch {
      // Already aborted by the failing request, or already finished.
    }
    throw err instanceof Error && err.message.endsWith('nothing was changed.') ? err : storeError(err);
  }
}

/** The library generation goes up with every change to the articles (in the same transaction). */
export async function bumpGeneration(tx: WriteTx<StoreName[]>): Promise<number> {
  const meta = tx.objectStore('meta');
  const next = ((await meta.get(GENERATION_KEY)) ?? 0) + 1;
  await meta.put(next, GENERATION_KEY);
  return next;
}

export async function libraryGeneration(db: Store): Promise<number> {
  return (await db.get('meta', GENERATION_KEY)) ?? 0;
}

/** Empty every store in one transaction. */
export async function wipeStore(db: Store): Promise<void> {
  await inTransaction(db, ALL_STORES, async (tx) => {
    for (const name of ALL_STORES) {
      // The generation counter survives, so a knowledge cache built before the wipe is stale.
      if (name === 'meta') continue;
      await tx.objectStore(name).clear();
    }
    await bumpGeneration(tx);
  });
}
