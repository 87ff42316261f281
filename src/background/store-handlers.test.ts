// The store's handlers through the real dispatcher: notes, the library, backups, and a tab
// broadcast that fails after a committed write. Settings and page/start: store-settings.test.ts.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { Note } from '../core/records';
import type { Article } from '../core/types';
import type { Sender } from '../messaging/handle';
import { entityNotes } from './store-handlers';
import { storeHarness } from './store-test-deps';

const PAGE = 'https://news.example.com/gaza-truce';
const ARTICLE = { title: 'Witkoff lands in Doha', url: 'https://news.example.com/doha', source: 'Wire', date: '2025-02-04', text: 'Steve Witkoff met Hamas mediators.\n\nTalks resume Monday.' };

describe('notes handlers', () => {
  it('create, list by page and entity, update, delete with undo', async () => {
    const { ask } = storeHarness();
    const onPage = await ask('notes/create', { text: 'Check the toll', pageUrl: `${PAGE}#comments`, pageTitle: 'Truce' });
    expect(onPage).toMatchObject({ id: 'urn:uuid:test-1', type: 'Annotation', target: { source: PAGE }, body: { value: 'Check the toll', format: 'text/plain' } });
    await ask('notes/create', { text: 'Envoy', pageUrl: PAGE, entityId: 'person:steve-witkoff' });
    expect(await ask('notes/list', { scope: 'page', pageUrl: PAGE })).toHaveLength(2);
    expect((await ask('notes/list', { scope: 'entity', entityId: 'person:steve-witkoff' })).map((n) => n.body.value)).toEqual(['Envoy']);
    const edited = await ask('notes/update', { id: onPage.id, text: 'Check the toll again' });
    expect(edited.body.value).toBe('Check the toll again');
    const deleted = (await ask('notes/delete', { id: onPage.id })) as Note;
    expect(await ask('notes/list', { scope: 'all', query: 'toll' })).toEqual([]);
    await ask('notes/restore', deleted);
    expect(await ask('notes/list', { scope: 'all', query: 'toll' })).toEqual([edited]);
  });

  it('refuses a note on a non-http page or with a broken selector', async () => {
    const { askError } = storeHarness();
    expect(await askError('notes/create', { text: 'x', pageUrl: 'file:///etc/passwd' })).toBe('pageUrl: expected an http(s) URL');
    const bad = await askError('notes/create', { text: 'x', pageUrl: PAGE, selector: [{ type: 'TextQuoteSelector', exact: '' }, { type: 'TextPositionSelector', start: 5, end: 2 }] });
    expect(bad).toBe('selector[0].exact: must not be empty\nselector[1]: start must come before end');
  });

  it('tells open tabs after every note write so they re-anchor, not after a refused one', async () => {
    const { ask, askError, sent } = storeHarness();
    const n = await ask('notes/create', { text: 'a', pageUrl: PAGE });
    await ask('notes/update', { id: n.id, text: 'b' });
    const gone = await ask('notes/delete', { id: n.id });
    await ask('notes/restore', gone!);
    expect(sent).toEqual(Array(4).fill({ backstory: 'notes-changed' }));
    await ask('notes/delete', { id: 'urn:uuid:nobody' });
    await askError('notes/create', { text: 'x', pageUrl: 'file:///x' });
    await ask('notes/list', { scope: 'all' });
    expect(sent).toHaveLength(4);
  });

  it('re-anchoring updates the selector, and refuses a broken one', async () => {
    const { ask, askError } = storeHarness();
    const n = await ask('notes/create', { text: 'q', pageUrl: PAGE, selector: [{ type: 'TextQuoteSelector', exact: 'truce' }, { type: 'TextPositionSelector', start: 0, end: 5 }] });
    const moved = await ask('notes/update', { id: n.id, selector: [{ type: 'TextQuoteSelector', exact: 'truce' }, { type: 'TextPositionSelector', start: 40, end: 45 }] });
    expect(moved.target.selector?.[1]).toEqual({ type: 'TextPositionSelector', start: 40, end: 45 });
    expect(await askError('notes/update', { id: n.id, selector: [{ type: 'TextQuoteSelector', exact: 'truce' }] })).toBe('selector[1]: expected a TextPositionSelector');
  });

  it("a web page re-anchors and sees on cards only the notes of its own site", async () => {
    const { ask, askError, db } = storeHarness();
    const entityId = 'person:steve-witkoff';
    const selector: NonNullable<Note['target']['selector']> = [{ type: 'TextQuoteSelector', exact: 'Witkoff' }, { type: 'TextPositionSelector', start: 3, end: 10 }];
    const here = await ask('notes/create', { text: 'Envoy, here', pageUrl: PAGE, entityId });
    const there = await ask('notes/create', { text: 'Envoy, elsewhere', pageUrl: 'https://other.example/a', entityId });
    const page: Sender = { url: PAGE, pageOrigin: 'https://news.example.com' };
    expect(await askError('notes/update', { id: there.id, selector }, page)).toBe(`No note ${there.id}; nothing was changed.`);
    expect((await ask('notes/update', { id: here.id, selector }, page)).target.selector).toEqual(selector);
    expect((await entityNotes(await db, entityId, 'https://news.example.com')).map((n) => n.text)).toEqual(['Envoy, here']);
    expect((await entityNotes(await db, entityId, 'null')).map((n) => n.text)).toEqual([]);
    // The popup and the card page (extension pages) see them all.
    expect((await entityNotes(await db, entityId)).map((n) => n.text).sort()).toEqual(['Envoy, elsewhere', 'Envoy, here']);
    expect((await ask('notes/update', { id: there.id, selector })).target.selector).toEqual(selector);
  });
});

describe('library handlers', () => {
  it('adds (deduped), lists with entity counts, deletes and restores, telling tabs each time', async () => {
    const { ask, sent } = storeHarness();
    const first = await ask('library/add', { articles: [ARTICLE] });
    expect(first.added).toMatchObject([{ title: 'Witkoff lands in Doha', entityCount: 2 }]);
    expect(sent).toEqual([{ backstory: 'matcher-changed' }]);
    const again = await ask('library/add', { articles: [ARTICLE, { ...ARTICLE, url: 'https://mirror.example.org/x' }] });
    expect(again).toEqual({ added: [], skipped: [{ title: ARTICLE.title, reason: 'same-url' }, { title: ARTICLE.title, reason: 'same-text' }] });
    expect(sent).toHaveLength(1);
    const list = await ask('library/list', { query: 'doha' });
    expect(list.total).toBe(1);
    const id = list.entries[0]!.id;
    const gone = await ask('library/delete', { id });
    expect((await ask('library/list', {})).total).toBe(0);
    const back = await ask('library/restore', gone!);
    expect(back).toMatchObject({ added: [{ id, entityCount: 2 }], skipped: [] });
    expect(sent).toHaveLength(3);
  });

  it('says which added article is wrong and where', async () => {
    const { askError } = storeHarness();
    const error = await askError('library/add', { articles: [ARTICLE, { ...ARTICLE, title: '', url: 'ftp://x' }] });
    expect(error.split('\n')).toEqual(['articles[1].title: must not be empty', 'articles[1].url: expected an http(s) URL']);
  });
});

describe('a broadcast that fails after a committed write', () => {
  it('costs no answer: the write stands and the reply says so', async () => {
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { ask, sent } = storeHarness({ failBroadcast: true });
    const note = await ask('notes/create', { text: 'Check the toll', pageUrl: PAGE });
    expect((await ask('notes/update', { id: note.id, text: 'Checked' })).body.value).toBe('Checked');
    // A deletion answers the note, so the reader is offered Undo.
    expect((await ask('notes/delete', { id: note.id }))?.id).toBe(note.id);
    expect(await ask('notes/list', { scope: 'all' })).toEqual([]);
    expect((await ask('settings/set', { hoverDelayMs: 500 })).hoverDelayMs).toBe(500);
    expect((await ask('settings/site-off', { host: 'a.example' })).offSites).toEqual(['a.example']);
    expect((await ask('settings/site-on', { host: 'a.example' })).offSites).toEqual([]);
    sent.length = 0;
    expect(await ask('store/wipe', { confirm: 'wipe-everything' })).toBeNull();
    // Each tab message after the wipe is still tried.
    expect(sent).toEqual([{ backstory: 'matcher-changed' }, { backstory: 'settings-changed' }, { backstory: 'notes-changed' }]);
    expect(warned).toHaveBeenCalled();
    warned.mockRestore();
  });
});

describe('backup handlers', () => {
  it('export → wipe → import round trip gives the same store', async () => {
    const { ask, sent } = storeHarness();
    await ask('library/add', { articles: [ARTICLE] });
    await ask('notes/create', { text: 'Quote note', pageUrl: PAGE, selector: [{ type: 'TextQuoteSelector', exact: 'the truce', prefix: 'said ', suffix: ' held' }, { type: 'TextPositionSelector', start: 10, end: 19 }] });
    await ask('settings/set', { offSites: ['www.example.com'] });
    const backup = await ask('backup/export', { format: 'backup' });
    expect(backup.filename).toBe('backstory-backup-2025-02-05.json');
    await ask('store/wipe', { confirm: 'wipe-everything' });
    expect((await ask('library/list', {})).total).toBe(0);
    sent.length = 0;
    const outcome = await ask('backup/import', { text: backup.text });
    expect(outcome).toEqual({ ok: true, report: { added: { articles: 1, notes: 1 }, renamed: { articles: 0 }, skipped: { articles: 0, notes: 0 }, conflicts: { notes: 0 }, settingsReplaced: true } });
    expect(sent).toEqual([{ backstory: 'matcher-changed' }, { backstory: 'settings-changed' }, { backstory: 'notes-changed' }]);
    expect((await ask('backup/export', { format: 'backup' })).text).toBe(backup.text);
  });

  it('a backup taken right after install holds the sample articles', async () => {
    const sample: Article = { id: 'sample-1', title: 'A sample', source: 'Wire', url: null, date: '2025-02-01', language: 'en', paragraphs: ['Steve Witkoff met Hamas mediators.'] };
    const { ask } = storeHarness({ bundled: [sample] });
    const backup = JSON.parse((await ask('backup/export', { format: 'backup' })).text) as { articles: { title: string }[] };
    expect(backup.articles.map((a) => a.title)).toEqual(['A sample']);
  });

  it('a bad file changes nothing and lists what is wrong', async () => {
    const { ask } = storeHarness();
    await ask('notes/create', { text: 'keep me', pageUrl: PAGE });
    const before = (await ask('backup/export', { format: 'backup' })).text;
    const doc = JSON.parse(before);
    doc.notes.push({ ...doc.notes[0], id: 'n2', target: { source: 'javascript:alert(1)' } });
    const outcome = await ask('backup/import', { text: JSON.stringify(doc) });
    // The rest of the file is valid: the refusal says what importing it alone would take.
    expect(outcome).toEqual({ ok: false, errors: ['notes[1].target.source: expected an http(s) URL'], skippable: expect.objectContaining({ invalid: { articles: 0, notes: 1, settings: 0 } }) });
    expect((await ask('backup/export', { format: 'backup' })).text).toBe(before);
  });

  it('exports notes as JSON-LD and Markdown', async () => {
    const { ask } = storeHarness();
    await ask('notes/create', { text: '*not bold*', pageUrl: PAGE, pageTitle: 'Truce' });
    expect(JSON.parse((await ask('backup/export', { format: 'jsonld' })).text)['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    const md = await ask('backup/export', { format: 'markdown' });
    expect(md.mime).toBe('text/markdown');
    expect(md.text).toContain('\\*not bold\\*');
  });

  it('wipe needs its confirmation', async () => {
    const { askError } = storeHarness();
    expect(await askError('store/wipe', {})).toMatch(/wipe-everything/);
  });
});
