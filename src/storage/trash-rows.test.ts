// The "Recently deleted" list reads the rows stored beside the entries, never the deleted
// records; entries a v5 store kept (no rows) get theirs on the upgrade and list and restore.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addArticles, deleteArticle } from './articles';
import { openStore } from './db';
import { deleteNote, putNote } from './notes';
import { article, freshName, note } from './test-records';
import { listTrash } from './trash';
import { restoreFromTrash } from './trash-restore';

const AT = '2025-03-01T00:00:00.000Z';
const LATER = '2025-03-01T00:01:00.000Z';
const newId = (): string => 'urn:uuid:new';

afterEach(() => vi.restoreAllMocks());

/** The stores whose values a call reads (get/getAll/openCursor on a store or an index). */
async function storesRead(work: () => Promise<unknown>): Promise<string[]> {
  const read = new Set<string>();
  const spy = (proto: object, method: string, storeOf: (self: never) => string): void => {
    const original = Reflect.get(proto, method) as (...args: unknown[]) => unknown;
    vi.spyOn(proto as Record<string, (...args: unknown[]) => unknown>, method).mockImplementation(function (this: never, ...args: unknown[]) {
      read.add(storeOf(this));
      return original.apply(this, args);
    });
  };
  for (const method of ['get', 'getAll', 'openCursor']) {
    spy(IDBObjectStore.prototype, method, (s: IDBObjectStore) => s.name);
    spy(IDBIndex.prototype, method, (i: IDBIndex) => i.objectStore.name);
  }
  await work();
  vi.restoreAllMocks();
  return [...read];
}

describe('Recently deleted rows', () => {
  it('lists from the rows alone: an article’s text is not read to show its title', async () => {
    const db = await openStore(freshName());
    await addArticles(db, [article(1)]);
    await putNote(db, note(1));
    await deleteArticle(db, article(1).id, { id: 'ta', at: AT });
    await deleteNote(db, note(1).id, { id: 'tn', at: AT });
    let listed: Awaited<ReturnType<typeof listTrash>> = [];
    expect(await storesRead(async () => (listed = await listTrash(db, AT)))).toEqual(['trashRows']);
    expect(listed.map((r) => r.title).sort()).toEqual([article(1).title, note(1).body.value].sort());
    db.close();
  });

  it('lists and restores what a v5 store kept before it had rows', async () => {
    const name = freshName();
    const v5 = await openStore(name, 5);
    // As v5's delete wrote them: the record alone.
    await v5.put('trash', { id: 'tn', kind: 'note', recordId: note(1).id, deletedAt: AT, note: note(1) });
    await v5.put('trash', { id: 'ta', kind: 'article', recordId: article(1).id, deletedAt: LATER, article: article(1) });
    v5.close();
    const db = await openStore(name);
    expect((await listTrash(db, LATER)).map(({ id, title, detail }) => ({ id, title, detail }))).toEqual([
      { id: 'ta', title: article(1).title, detail: 'Wire' },
      { id: 'tn', title: note(1).body.value, detail: 'Page 1' },
    ]);
    expect(await restoreFromTrash(db, 'tn', newId)).toEqual({ kind: 'note', note: { restored: note(1) } });
    expect(await restoreFromTrash(db, 'ta', newId)).toMatchObject({ kind: 'article', article: { added: [{ id: article(1).id }] } });
    expect(await listTrash(db, AT)).toEqual([]);
    expect([await db.count('trash'), await db.count('trashRows')]).toEqual([0, 0]);
    db.close();
  });
});
