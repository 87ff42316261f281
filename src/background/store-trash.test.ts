// "Recently deleted" through the real dispatcher: deletes land there, a restore answers as an
// undo does (with its rebuild or broadcast), and undo, empty and wipe take entries off.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { storeHarness } from './store-test-deps';

const PAGE = 'https://news.example.com/gaza-truce';
const QUOTE = [{ type: 'TextQuoteSelector', exact: 'the truce held' }, { type: 'TextPositionSelector', start: 4, end: 18 }] as const;

/** A clock that moves a minute per reading, so the deletes have an order. */
function ticking(start = '2025-02-05T08:00:00.000Z'): () => string {
  let t = Date.parse(start);
  return () => new Date((t += 60_000)).toISOString();
}

describe('trash handlers', () => {
  it('lists deleted notes and articles newest first, with what a row shows', async () => {
    const { ask } = storeHarness({ now: ticking() });
    const n = await ask('notes/create', { text: 'Check the toll', pageUrl: PAGE, pageTitle: 'Truce' });
    const q = await ask('notes/create', { text: '', pageUrl: PAGE, pageTitle: 'Truce', selector: [...QUOTE] });
    await ask('library/add', { articles: [{ id: 'doha', title: 'Witkoff lands in Doha', source: 'Wire', text: 'Hamas met.' }] });
    await ask('notes/delete', { id: n.id });
    await ask('library/delete', { id: 'doha' });
    await ask('notes/delete', { id: q.id });
    const rows = await ask('trash/list', {});
    expect(rows.map(({ kind, title, detail }) => ({ kind, title, detail }))).toEqual([
      { kind: 'note', title: 'the truce held', detail: 'Truce' },
      { kind: 'article', title: 'Witkoff lands in Doha', detail: 'Wire' },
      { kind: 'note', title: 'Check the toll', detail: 'Truce' },
    ]);
    expect(rows[0]!.deletedAt > rows[1]!.deletedAt).toBe(true);
  });

  it('restores a note and an article by their entries, rebuilding and telling the tabs, and they leave the list', async () => {
    const { ask, sent } = storeHarness({ now: ticking() });
    const n = await ask('notes/create', { text: 'Check the toll', pageUrl: PAGE });
    await ask('library/add', { articles: [{ id: 'doha', title: 'Witkoff lands in Doha', text: 'Witkoff met Hamas.' }] });
    await ask('notes/delete', { id: n.id });
    await ask('library/delete', { id: 'doha' });
    const [article, note] = await ask('trash/list', {});
    sent.length = 0;
    expect(await ask('trash/restore', { id: note!.id })).toEqual({ kind: 'note', note: { restored: { ...n } } });
    expect(sent).toEqual([{ backstory: 'notes-changed' }]);
    expect(await ask('trash/restore', { id: article!.id })).toMatchObject({ kind: 'article', article: { added: [{ id: 'doha', entityCount: 2 }], skipped: [] } });
    expect(sent).toContainEqual({ backstory: 'matcher-changed' });
    expect(await ask('notes/list', { scope: 'all' })).toEqual([n]);
    expect((await ask('library/list', {})).entries.map((e) => e.id)).toEqual(['doha']);
    expect(await ask('trash/list', {})).toEqual([]);
    expect(await ask('trash/restore', { id: note!.id })).toBeNull();
  });

  it('says a note stored again since was not put back, and a note under a taken id comes back under a new one', async () => {
    const { ask, db } = storeHarness({ now: ticking() });
    const n = await ask('notes/create', { text: 'Check the toll', pageUrl: PAGE });
    await ask('notes/delete', { id: n.id });
    await (await db).put('notes', n);
    const [row] = await ask('trash/list', {});
    expect(await ask('trash/restore', { id: row!.id })).toEqual({ kind: 'note', note: { skipped: 'same-note' } });
    await ask('notes/delete', { id: n.id });
    await (await db).put('notes', { ...n, body: { ...n.body, value: 'Another note' } });
    const [again] = await ask('trash/list', {});
    const back = await ask('trash/restore', { id: again!.id });
    expect(back?.kind === 'note' && 'restored' in back.note && back.note.restored.id).not.toBe(n.id);
  });

  it('an Undo (notes/restore, library/restore) takes the entry off; empty and wipe clear the list; a backup leaves it out', async () => {
    const { ask } = storeHarness({ now: ticking() });
    const n = await ask('notes/create', { text: 'Check the toll', pageUrl: PAGE });
    await ask('library/add', { articles: [{ id: 'doha', title: 'Doha', text: 'Hamas met.' }] });
    const gone = await ask('notes/delete', { id: n.id });
    const goneArticle = await ask('library/delete', { id: 'doha' });
    await ask('notes/restore', gone!);
    await ask('library/restore', goneArticle!);
    expect(await ask('trash/list', {})).toEqual([]);
    await ask('notes/delete', { id: n.id });
    const backup = await ask('backup/export', { format: 'backup' });
    expect(backup.text).not.toContain('Check the toll');
    await ask('trash/empty', {});
    expect(await ask('trash/list', {})).toEqual([]);
    await ask('library/delete', { id: 'doha' });
    await ask('store/wipe', { confirm: 'wipe-everything' });
    expect(await ask('trash/list', {})).toEqual([]);
  });
});
