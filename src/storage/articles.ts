// Stored articles: add (deduped by URL and by text hash, in one transaction), list, delete
// (kept in "Recently deleted", trash.ts) and restore (an add of the deleted article). Every
// change bumps the library generation, which marks the cached knowledge as stale in the
// same transaction.
import { suffixedId } from '../core/article-input';
import type { StoredArticle } from '../core/records';
import { bumpGeneration, inTransaction, libraryGeneration, type Store, type WriteTx } from './db';
import { GENERATION_KEY, SEEDED_KEY, type StoreName } from './schema';
import { dropTrashOf, putInTrash, TRASH_STORES, type TrashStamp } from './trash';

export type SkipReason = 'same-url' | 'same-text';

export interface AddResult {
  added: StoredArticle[];
  skipped: { article: StoredArticle; reason: SkipReason }[];
}

export async function addArticles(db: Store, articles: readonly StoredArticle[]): Promise<AddResult> {
  return inTransaction(db, ['articles', 'meta'], (tx) => addArticlesIn(tx, articles));
}

/** addArticles' checks and writes, inside a transaction that includes 'articles' and 'meta'. */
export async function addArticlesIn(tx: WriteTx<StoreName[]>, articles: readonly StoredArticle[]): Promise<AddResult> {
  const store = tx.objectStore('articles');
  const result: AddResult = { added: [], skipped: [] };
  for (const article of articles) {
    // Lookups see this transaction's own earlier puts, so duplicates within the batch are caught too.
    if (article.url !== null && (await store.index('byUrl').getKey(article.url)) !== undefined) {
      result.skipped.push({ article, reason: 'same-url' });
    } else if ((await store.index('byTextHash').getKey(article.textHash)) !== undefined) {
      result.skipped.push({ article, reason: 'same-text' });
    } else {
      const id = await freeId(store, article.id);
      const stored = id === article.id ? article : { ...article, id };
      await store.add(stored);
      result.added.push(stored);
    }
  }
  if (result.added.length) await bumpGeneration(tx);
  return result;
}

/** Another article may hold the id with other text (ids from files are the user's): suffix it. */
async function freeId(store: { getKey(id: string): Promise<string | undefined> }, id: string): Promise<string> {
  if ((await store.getKey(id)) === undefined) return id;
  for (let n = 2; ; n++) {
    const next = suffixedId(id, n);
    if ((await store.getKey(next)) === undefined) return next;
  }
}

export async function getArticle(db: Store, id: string): Promise<StoredArticle | undefined> {
  return db.get('articles', id);
}

export async function allArticles(db: Store): Promise<StoredArticle[]> {
  return db.getAll('articles');
}

export async function countArticles(db: Store): Promise<number> {
  return db.count('articles');
}

/** Articles and the generation they belong to, read together. */
export async function readLibrary(db: Store): Promise<{ articles: StoredArticle[]; generation: number }> {
  const tx = db.transaction(['articles', 'meta'], 'readonly');
  const [articles, generation] = await Promise.all([tx.objectStore('articles').getAll(), tx.objectStore('meta').get(GENERATION_KEY)]);
  await tx.done;
  return { articles, generation: generation ?? 0 };
}

/** Removes the article; returns it for undo (null when there was none). With `trash` (every
 *  delete the reader makes) it is kept in "Recently deleted" under that stamp. */
export async function deleteArticle(db: Store, id: string, trash?: TrashStamp): Promise<StoredArticle | null> {
  return inTransaction(db, ['articles', 'meta', ...TRASH_STORES], async (tx) => {
    const store = tx.objectStore('articles');
    const old = await store.get(id);
    if (!old) return null;
    await store.delete(id);
    await bumpGeneration(tx);
    if (trash) await putInTrash(tx, { kind: 'article', article: old }, trash);
    return old;
  });
}

/** Undo of a delete: puts the article back through the same checks as an add. Since the
 *  delete the library may have gained an article under its id (the restored one then takes
 *  a free id: a plain put would overwrite it) or the same page or text (skipped: a second
 *  copy). Its "Recently deleted" entry goes in the same transaction. */
export async function restoreArticle(db: Store, article: StoredArticle): Promise<AddResult> {
  return inTransaction(db, ['articles', 'meta', ...TRASH_STORES], async (tx) => {
    await dropTrashOf(tx, 'article', article.id);
    return addArticlesIn(tx, [article]);
  });
}

export { libraryGeneration };

/** First run: put the bundled articles in, once. Later runs (even with the seeds deleted) do nothing. */
export async function seedArticles(db: Store, articles: readonly StoredArticle[]): Promise<number> {
  if ((await db.get('meta', SEEDED_KEY)) !== undefined) return 0;
  return inTransaction(db, ['articles', 'meta'], async (tx) => {
    const meta = tx.objectStore('meta');
    if ((await meta.get(SEEDED_KEY)) !== undefined) return 0; // another start got here first
    const store = tx.objectStore('articles');
    let added = 0;
    for (const a of articles) {
      if ((await store.index('byTextHash').getKey(a.textHash)) !== undefined) continue;
      await store.put(a);
      added++;
    }
    await meta.put(1, SEEDED_KEY);
    if (added) await bumpGeneration(tx);
    return added;
  });
}
