// Undo of a delete puts the record back without overwriting or duplicating what the
// library gained in the meantime.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { storeHarness } from './store-test-deps';

describe('library/restore (undo of a delete)', () => {
  it('gives the article back its own id when that is still free', async () => {
    const { ask } = storeHarness();
    await ask('library/add', { articles: [{ id: 'mine', title: 'Old', text: 'Hamas old text.' }] });
    const gone = await ask('library/delete', { id: 'mine' });
    expect(await ask('library/restore', gone!)).toMatchObject({ added: [{ id: 'mine', title: 'Old', entityCount: 1 }], skipped: [] });
  });

  it('does not overwrite another article that took the id meanwhile: the restored one gets a free id', async () => {
    const { ask } = storeHarness();
    await ask('library/add', { articles: [{ id: 'mine', title: 'Old', text: 'Hamas old text.' }] });
    const gone = await ask('library/delete', { id: 'mine' });
    await ask('library/add', { articles: [{ id: 'mine', title: 'New', text: 'Witkoff new text.' }] });
    expect(await ask('library/restore', gone!)).toMatchObject({ added: [{ id: 'mine-2', title: 'Old' }], skipped: [] });
    const entries = (await ask('library/list', {})).entries.map((e) => [e.id, e.title]).sort();
    expect(entries).toEqual([['mine', 'New'], ['mine-2', 'Old']]);
  });

  it('skips the article, and says so, when the same page or text was saved again meanwhile', async () => {
    const { ask, sent } = storeHarness();
    const doha = { title: 'Doha', url: 'https://news.example.com/doha', text: 'Hamas met.' };
    await ask('library/add', { articles: [{ id: 'a', ...doha }] });
    const gone = await ask('library/delete', { id: 'a' });
    await ask('library/add', { articles: [{ id: 'b', ...doha }] });
    sent.length = 0;
    expect(await ask('library/restore', gone!)).toEqual({ added: [], skipped: [{ title: 'Doha', reason: 'same-url' }] });
    expect((await ask('library/list', {})).entries.map((e) => e.id)).toEqual(['b']);
    expect(sent).toEqual([]);

    const text = await ask('library/delete', { id: 'b' });
    await ask('library/add', { articles: [{ title: 'Doha again', text: 'Hamas met.' }] });
    expect(await ask('library/restore', text!)).toEqual({ added: [], skipped: [{ title: 'Doha', reason: 'same-text' }] });
    expect((await ask('library/list', {})).total).toBe(1);
  });
});
