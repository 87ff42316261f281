// The Library search's text index kept across worker restarts (see SearchTextRecord). Only a
// cache: the reader checks the tag here and each document's text hash itself, and a failed
// write leaves the previous record (or none), which costs re-reading articles, not answers.
import { inTransaction, type Store } from './db';
import { SEARCH_TEXT_KEY, type SearchTextRecord } from './schema';

export async function readSearchText(db: Store, tag: string): Promise<SearchTextRecord | null> {
  const record = await db.get('search', SEARCH_TEXT_KEY);
  return record && record.tag === tag ? record : null;
}

export async function writeSearchText(db: Store, record: SearchTextRecord): Promise<void> {
  await inTransaction(db, ['search'], async (tx) => {
    await tx.objectStore('search').put(record, SEARCH_TEXT_KEY);
  });
}
