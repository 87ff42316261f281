// The Library search's text index kept across worker restarts (see SearchTextRecord). Only a
// cache: the reader checks each document's tag and text hash (core/kept-entry's rule, the
// findings' too), and a failed write leaves the previous record (or none), which costs
// re-reading articles, not answers.
import { inTransaction, type Store } from './db';
import { SEARCH_TEXT_KEY, type SearchTextRecord } from './schema';

export async function readSearchText(db: Store): Promise<SearchTextRecord | null> {
  return (await db.get('search', SEARCH_TEXT_KEY)) ?? null;
}

export async function writeSearchText(db: Store, record: SearchTextRecord): Promise<void> {
  await inTransaction(db, ['search'], async (tx) => {
    await tx.objectStore('search').put(record, SEARCH_TEXT_KEY);
  });
}
