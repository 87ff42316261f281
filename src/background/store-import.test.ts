// Backup import through the handlers: what is already here, what differs under a known
// id, and an honest answer when something after the committed write fails.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { fakeBuild, storeHarness } from './store-test-deps';

const PAGE = 'https://news.example.com/gaza-truce';
const backupOf = (articles: unknown[], notes: unknown[] = []) => JSON.stringify({ format: 'backstory-backup', version: 1, exported: '2025-02-05T08:00:00.000Z', articles, notes });
const THEIRS = { id: 'gaza-1', title: 'Theirs', source: 'Wire', url: 'https://other.example/x', date: '2025-02-01', language: 'en', paragraphs: ['Witkoff theirs.'] };

describe('backup/import under known ids', () => {
  it('adds another article that has a known id under a free id, counted as renamed, not skipped as "already here"', async () => {
    const { ask, sent } = storeHarness();
    await ask('library/add', { articles: [{ id: 'gaza-1', title: 'Mine', text: 'Hamas mine.' }] });
    sent.length = 0;
    const out = await ask('backup/import', { text: backupOf([THEIRS]) });
    expect(out).toMatchObject({ ok: true, report: { added: { articles: 0 }, renamed: { articles: 1 }, skipped: { articles: 0 } } });
    expect(sent).toEqual([{ backstory: 'matcher-changed' }]);
    expect((await ask('library/list', {})).entries.map((e) => [e.id, e.title]).sort()).toEqual([['gaza-1', 'Mine'], ['gaza-1-2', 'Theirs']]);
  });

  it('still skips the same article under its own id', async () => {
    const { ask } = storeHarness();
    await ask('backup/import', { text: backupOf([THEIRS]) });
    expect(await ask('backup/import', { text: backupOf([THEIRS]) })).toMatchObject({ ok: true, report: { added: { articles: 0 }, skipped: { articles: 1 } } });
  });

  it('keeps the stored note when the file has other content under its id, and counts a conflict', async () => {
    const { ask } = storeHarness();
    const n = await ask('notes/create', { text: 'old text', pageUrl: PAGE });
    const backup = JSON.parse((await ask('backup/export', { format: 'backup' })).text);
    const same = await ask('backup/import', { text: JSON.stringify(backup) });
    expect(same).toMatchObject({ ok: true, report: { skipped: { notes: 1 }, conflicts: { notes: 0 } } });
    backup.notes[0].body.value = 'edited elsewhere';
    const out = await ask('backup/import', { text: JSON.stringify(backup) });
    expect(out).toMatchObject({ ok: true, report: { added: { notes: 0 }, skipped: { notes: 0 }, conflicts: { notes: 1 } } });
    expect((await ask('notes/list', { scope: 'all' })).map((x) => [x.id, x.body.value])).toEqual([[n.id, 'old text']]);
  });
});

describe('backup/import of a note written on a name too long to keep', () => {
  it('stores the note without the name, and the report says so', async () => {
    const { ask } = storeHarness();
    const quote = [{ type: 'TextQuoteSelector', exact: 'Witkoff' }, { type: 'TextPositionSelector', start: 0, end: 7 }];
    const note = { id: 'urn:uuid:long-term', type: 'Annotation', created: '2025-02-04T08:00:00.000Z', modified: '2025-02-04T08:00:00.000Z', body: { type: 'TextualBody', value: 'Keep me', format: 'text/plain' }, target: { source: PAGE, selector: quote }, backstory: { term: 'W'.repeat(301) } };
    const out = await ask('backup/import', { text: backupOf([], [note]) });
    expect(out).toMatchObject({ ok: true, report: { added: { notes: 1 }, termsDropped: 1 } });
    expect((await ask('notes/list', { scope: 'all' })).map((n) => [n.body.value, n.backstory])).toEqual([['Keep me', {}]]);
  });
});

describe('backup/import of a backup with one bad note among valid records', () => {
  const GOOD = (n: number) => ({ id: `urn:uuid:file-${n}`, type: 'Annotation', created: '2025-02-04T08:00:00.000Z', modified: '2025-02-04T08:00:00.000Z', body: { type: 'TextualBody', value: `note ${n}`, format: 'text/plain' }, target: { source: PAGE } });
  const BAD = { ...GOOD(9), target: { source: 'javascript:alert(1)' } };
  const FILE = backupOf([THEIRS], [GOOD(1), BAD, GOOD(2)]);

  it('by default refuses it, changes nothing, and says what skipping would take', async () => {
    const { ask, sent } = storeHarness();
    await ask('notes/create', { text: 'mine', pageUrl: PAGE });
    const before = (await ask('backup/export', { format: 'backup' })).text;
    sent.length = 0;
    expect(await ask('backup/import', { text: FILE })).toEqual({
      ok: false,
      errors: ['notes[1].target.source: expected an http(s) URL'],
      skippable: { valid: { articles: 1, notes: 2, settings: 0 }, invalid: { articles: 0, notes: 1, settings: 0 } },
    });
    expect((await ask('backup/export', { format: 'backup' })).text).toBe(before);
    expect(sent).toEqual([]);
  });

  it('with skipInvalid imports the valid records and counts the one left out', async () => {
    const { ask, sent } = storeHarness();
    const out = await ask('backup/import', { text: FILE, skipInvalid: true });
    expect(out).toMatchObject({ ok: true, report: { added: { articles: 1, notes: 2 }, invalid: { articles: 0, notes: 1, settings: 0 } } });
    expect((await ask('notes/list', { scope: 'all' })).map((n) => n.id).sort()).toEqual(['urn:uuid:file-1', 'urn:uuid:file-2']);
    expect((await ask('library/list', {})).entries.map((e) => e.id)).toEqual(['gaza-1']);
    expect(sent).toEqual(expect.arrayContaining([{ backstory: 'matcher-changed' }, { backstory: 'notes-changed' }]));
  });

  it('with skipInvalid still refuses a file with no valid record, or of a newer version', async () => {
    const { ask } = storeHarness();
    const none = await ask('backup/import', { text: backupOf([], [BAD]), skipInvalid: true });
    const newer = await ask('backup/import', { text: JSON.stringify({ ...JSON.parse(FILE), version: 2 }), skipInvalid: true });
    expect([none.ok, newer.ok]).toEqual([false, false]);
    expect((await ask('notes/list', { scope: 'all' })).length + (await ask('library/list', {})).total).toBe(0);
  });
});

describe('notes/restore after an import', () => {
  it('does not overwrite another note an import put under the id: the undone one comes back under a new id', async () => {
    const { ask } = storeHarness();
    const n = await ask('notes/create', { text: 'mine', pageUrl: PAGE });
    const backup = JSON.parse((await ask('backup/export', { format: 'backup' })).text);
    const gone = await ask('notes/delete', { id: n.id });
    backup.notes[0].body.value = 'theirs';
    await ask('backup/import', { text: JSON.stringify(backup) });
    const back = await ask('notes/restore', gone!);
    // test-2 is the delete's "Recently deleted" entry.
    expect((await ask('notes/list', { scope: 'all' })).map((x) => [x.id, x.body.value]).sort()).toEqual([[n.id, 'theirs'], ['urn:uuid:test-3', 'mine']]);
    expect(back).toEqual({ restored: { ...n, id: 'urn:uuid:test-3' } });
  });

  it('does not put back a second copy of a note an import brought back, and says so', async () => {
    const { ask, sent } = storeHarness();
    const n = await ask('notes/create', { text: 'mine', pageUrl: PAGE });
    const backup = (await ask('backup/export', { format: 'backup' })).text;
    const gone = await ask('notes/delete', { id: n.id });
    await ask('backup/import', { text: backup });
    sent.length = 0;
    expect(await ask('notes/restore', gone!)).toEqual({ skipped: 'same-note' });
    expect(sent).toEqual([]);
    expect((await ask('notes/list', { scope: 'all' })).map((x) => x.id)).toEqual([n.id]);
  });
});

describe('a failure after the write is committed', () => {
  const failing = () => {
    const state = { fail: false };
    const build = (articles: Parameters<typeof fakeBuild>[0]) => {
      if (state.fail) throw new Error('index build ran out of memory');
      return fakeBuild(articles);
    };
    return { state, build };
  };
  const DOC = backupOf([{ id: 'x', title: 'T', source: 'Wire', url: null, date: '2025-02-01', language: 'en', paragraphs: ['Hamas.'] }]);

  it('backup/import answers ok with the report and says the names come after the rebuild', async () => {
    const { state, build } = failing();
    const { ask, db } = storeHarness({ build });
    state.fail = true;
    const out = await ask('backup/import', { text: DOC });
    expect(out).toMatchObject({ ok: true, report: { added: { articles: 1 } } });
    expect(out.ok && out.notice).toMatch(/stored, but .*index build ran out of memory.*after the next rebuild/i);
    expect(await (await db).count('articles')).toBe(1);
    state.fail = false;
    expect((await ask('library/list', {})).entries.map((e) => e.id)).toEqual(['x']);
  });

  it('library/add answers what it stored, with the notice, instead of an error', async () => {
    const { state, build } = failing();
    const { ask } = storeHarness({ build });
    state.fail = true;
    const out = await ask('library/add', { articles: [{ id: 'y', title: 'Y', text: 'Hamas y.' }] });
    expect(out).toMatchObject({ added: [{ id: 'y', title: 'Y', entityCount: 0 }], skipped: [] });
    expect(out.notice).toMatch(/stored, but .*after the next rebuild/i);
  });

  it('library/delete still hands back the deleted article for undo', async () => {
    const { state, build } = failing();
    const { ask } = storeHarness({ build });
    await ask('library/add', { articles: [{ id: 'z', title: 'Z', text: 'Hamas z.' }] });
    state.fail = true;
    await expect(ask('library/delete', { id: 'z' })).resolves.toMatchObject({ id: 'z' });
  });
});
