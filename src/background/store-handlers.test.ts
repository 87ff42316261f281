import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { Note } from '../core/records';
import type { Article } from '../core/types';
import { DEFAULT_SETTINGS } from '../core/records';
import type { Requests } from '../messaging/contract';
import { dispatch, type Sender } from '../messaging/handle';
import { openStore } from '../storage/db';
import { freshName } from '../storage/test-records';
import { createStoreHandlers, entityNotes, type TabMessage } from './store-handlers';
import { createStoreKnowledgeSource } from './store-knowledge-source';
import { fakeBuild } from './store-test-deps';

/** `failBroadcast`: every broadcast to the tabs rejects (after a committed write). */
function setup({ failBroadcast = false, bundled = [] as Article[] } = {}) {
  const db = openStore(freshName());
  const sent: TabMessage[] = [];
  const started: [number, string][] = [];
  let ids = 0;
  const knowledge = createStoreKnowledgeSource({ db: () => db, loadBundled: async () => bundled, build: fakeBuild, tag: 't' });
  const handlers = createStoreHandlers({
    db: () => db,
    knowledge,
    broadcast: async (m) => {
      sent.push(m);
      if (failBroadcast) throw new Error('no tab answered');
    },
    pageStarted: async (tabId, url) => void started.push([tabId, url]),
    now: () => '2025-02-05T08:00:00.000Z',
    newId: () => `urn:uuid:test-${++ids}`,
  });
  /** Through the real dispatcher, as a message would arrive. */
  async function ask<K extends keyof Requests>(kind: K, req: Requests[K]['req'], sender: Sender = {}): Promise<Requests[K]['res']> {
    const reply = await dispatch(handlers, { backstory: 1, kind, req }, sender);
    if (!reply?.ok) throw new Error(reply?.error ?? 'no reply');
    return reply.res as Requests[K]['res'];
  }
  async function askError(kind: keyof Requests, req: unknown, sender: Sender = {}): Promise<string> {
    const reply = await dispatch(handlers, { backstory: 1, kind, req }, sender);
    if (!reply || reply.ok) throw new Error('expected an error reply');
    return reply.error;
  }
  return { ask, askError, sent, started, db };
}

const PAGE = 'https://news.example.com/gaza-truce';
const ARTICLE = { title: 'Witkoff lands in Doha', url: 'https://news.example.com/doha', source: 'Wire', date: '2025-02-04', text: 'Steve Witkoff met Hamas mediators.\n\nTalks resume Monday.' };

describe('notes handlers', () => {
  it('create, list by page and entity, update, delete with undo', async () => {
    const { ask } = setup();
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
    const { askError } = setup();
    expect(await askError('notes/create', { text: 'x', pageUrl: 'file:///etc/passwd' })).toBe('pageUrl: expected an http(s) URL');
    const bad = await askError('notes/create', { text: 'x', pageUrl: PAGE, selector: [{ type: 'TextQuoteSelector', exact: '' }, { type: 'TextPositionSelector', start: 5, end: 2 }] });
    expect(bad).toBe('selector[0].exact: must not be empty\nselector[1]: start must come before end');
  });

  it('tells open tabs after every note write so they re-anchor, not after a refused one', async () => {
    const { ask, askError, sent } = setup();
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
    const { ask, askError } = setup();
    const n = await ask('notes/create', { text: 'q', pageUrl: PAGE, selector: [{ type: 'TextQuoteSelector', exact: 'truce' }, { type: 'TextPositionSelector', start: 0, end: 5 }] });
    const moved = await ask('notes/update', { id: n.id, selector: [{ type: 'TextQuoteSelector', exact: 'truce' }, { type: 'TextPositionSelector', start: 40, end: 45 }] });
    expect(moved.target.selector?.[1]).toEqual({ type: 'TextPositionSelector', start: 40, end: 45 });
    expect(await askError('notes/update', { id: n.id, selector: [{ type: 'TextQuoteSelector', exact: 'truce' }] })).toBe('selector[1]: expected a TextPositionSelector');
  });

  it("a web page re-anchors and sees on cards only the notes of its own site", async () => {
    const { ask, askError, db } = setup();
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
    const { ask, sent } = setup();
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
    const { askError } = setup();
    const error = await askError('library/add', { articles: [ARTICLE, { ...ARTICLE, title: '', url: 'ftp://x' }] });
    expect(error.split('\n')).toEqual(['articles[1].title: must not be empty', 'articles[1].url: expected an http(s) URL']);
  });
});

describe('settings handlers', () => {
  it('gets defaults, sets a part, validates, and tells tabs', async () => {
    const { ask, askError, sent } = setup();
    expect(await ask('settings/get', {})).toEqual(DEFAULT_SETTINGS);
    const next = await ask('settings/set', { hoverDelayMs: 500, colours: { person: '#123456' } });
    expect(next.colours.person).toBe('#123456');
    expect(next.colours.org).toBe(DEFAULT_SETTINGS.colours.org);
    expect(sent).toEqual([{ backstory: 'settings-changed' }]);
    expect(await askError('settings/set', { topicSensitivity: 3 })).toBe('settings.topicSensitivity: must be 1 or less');
  });
});

describe('settings/site-off', () => {
  it('adds the host once, and tells the tabs', async () => {
    const { ask, sent } = setup();
    await ask('settings/set', { offSites: ['a.example'] });
    sent.length = 0;
    expect((await ask('settings/site-off', { host: 'news.example.com' })).offSites).toEqual(['a.example', 'news.example.com']);
    expect((await ask('settings/site-off', { host: 'News.Example.com' })).offSites).toEqual(['a.example', 'news.example.com']);
    expect(sent).toEqual([{ backstory: 'settings-changed' }, { backstory: 'settings-changed' }]);
  });
});

describe('settings as a web page is told them', () => {
  // A content script on evil.example (its page's code may have taken it over).
  const evil: Sender = { url: 'https://evil.example/page', pageOrigin: 'https://evil.example' };
  const news: Sender = { url: PAGE, pageOrigin: 'https://news.example.com' };

  it("page/start names no site the reader switched off but the page's own", async () => {
    const { ask } = setup();
    await ask('settings/set', { offSites: ['clinic.example', 'News.Example.com', 'bank.example'], hoverDelayMs: 500 });
    const there = await ask('page/start', {}, evil);
    expect(there.settings.offSites).toEqual([]);
    expect(there.settings.hoverDelayMs).toBe(500);
    expect((await ask('page/start', { pageUrl: PAGE }, news)).settings.offSites).toEqual(['news.example.com']);
    // The extension's own pages see them all.
    expect((await ask('page/start', {})).settings.offSites).toEqual(['clinic.example', 'News.Example.com', 'bank.example']);
  });

  it('a sandboxed document (opaque origin) is told the settings but no notes, whatever its URL', async () => {
    const { ask } = setup();
    await ask('notes/create', { text: 'Private', pageUrl: PAGE });
    await ask('settings/set', { hoverDelayMs: 500 });
    const sandboxed: Sender = { url: PAGE, pageOrigin: 'null' };
    const start = await ask('page/start', { pageUrl: PAGE }, sandboxed);
    expect(start.settings.hoverDelayMs).toBe(500);
    expect(start.notes).toEqual([]);
    expect(await ask('notes/list', { scope: 'page', pageUrl: PAGE }, sandboxed)).toEqual([]);
    // The same page with its real origin, and the extension's pages, see the note.
    expect((await ask('page/start', { pageUrl: PAGE }, news)).notes?.map((n) => n.body.value)).toEqual(['Private']);
    expect((await ask('notes/list', { scope: 'page', pageUrl: PAGE }, news)).map((n) => n.body.value)).toEqual(['Private']);
    expect((await ask('notes/list', { scope: 'page', pageUrl: PAGE })).map((n) => n.body.value)).toEqual(['Private']);
  });

  it('settings/site-off answers a page with its own site only', async () => {
    const { ask } = setup();
    await ask('settings/set', { offSites: ['clinic.example', 'bank.example'] });
    expect((await ask('settings/site-off', { host: 'evil.example' }, evil)).offSites).toEqual(['evil.example']);
    expect((await ask('settings/get', {})).offSites).toEqual(['clinic.example', 'bank.example', 'evil.example']);
  });
});

describe('a broadcast that fails after a committed write', () => {
  it('costs no answer: the write stands and the reply says so', async () => {
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { ask, sent } = setup({ failBroadcast: true });
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

describe('settings/site-on', () => {
  it('takes the one host out, whatever its case, and tells the tabs', async () => {
    const { ask, askError, sent } = setup();
    await ask('settings/set', { offSites: ['a.example', 'News.Example.com', 'b.example'] });
    sent.length = 0;
    expect((await ask('settings/site-on', { host: 'news.example.com' })).offSites).toEqual(['a.example', 'b.example']);
    expect((await ask('settings/site-on', { host: 'news.example.com' })).offSites).toEqual(['a.example', 'b.example']);
    expect(sent).toEqual([{ backstory: 'settings-changed' }, { backstory: 'settings-changed' }]);
    expect(await askError('settings/site-on', { host: 'example.com/path' })).toBe('host: expected a host name such as www.example.com');
  });

  it('loses no switch made at the same time (a card turning another site off)', async () => {
    const { ask } = setup();
    await ask('settings/set', { offSites: ['a.example'] });
    await Promise.all([ask('settings/site-on', { host: 'a.example' }), ask('settings/site-off', { host: 'b.example' }), ask('settings/site-off', { host: 'c.example' })]);
    expect((await ask('settings/get', {})).offSites).toEqual(['b.example', 'c.example']);
  });
});

describe('page/start', () => {
  it("answers the settings and, for a page URL, that page's notes", async () => {
    const { ask } = setup();
    await ask('settings/set', { hoverDelayMs: 500 });
    await ask('notes/create', { text: 'Check the toll', pageUrl: `${PAGE}#comments`, pageTitle: 'Truce' });
    await ask('notes/create', { text: 'Elsewhere', pageUrl: 'https://other.example/a', pageTitle: 'Other' });
    const top = await ask('page/start', { pageUrl: PAGE });
    expect(top.settings.hoverDelayMs).toBe(500);
    expect(top.notes?.map((n) => n.body.value)).toEqual(['Check the toll']);
    expect(await ask('page/start', {})).toEqual({ settings: top.settings, notes: null });
  });

  it("from a tab's top frame (with its page URL), lets the tab's last report go; not from a subframe", async () => {
    const { ask, started } = setup();
    await ask('page/start', { pageUrl: PAGE }, { tabId: 4 });
    await ask('page/start', {}, { tabId: 4 });
    await ask('page/start', { pageUrl: PAGE }); // not from a tab (a test page of ours)
    expect(started).toEqual([[4, PAGE]]);
  });
});

describe('backup handlers', () => {
  it('export → wipe → import round trip gives the same store', async () => {
    const { ask, sent } = setup();
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
    const { ask } = setup({ bundled: [sample] });
    const backup = JSON.parse((await ask('backup/export', { format: 'backup' })).text) as { articles: { title: string }[] };
    expect(backup.articles.map((a) => a.title)).toEqual(['A sample']);
  });

  it('a bad file changes nothing and lists what is wrong', async () => {
    const { ask } = setup();
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
    const { ask } = setup();
    await ask('notes/create', { text: '*not bold*', pageUrl: PAGE, pageTitle: 'Truce' });
    expect(JSON.parse((await ask('backup/export', { format: 'jsonld' })).text)['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    const md = await ask('backup/export', { format: 'markdown' });
    expect(md.mime).toBe('text/markdown');
    expect(md.text).toContain('\\*not bold\\*');
  });

  it('wipe needs its confirmation', async () => {
    const { askError } = setup();
    expect(await askError('store/wipe', {})).toMatch(/wipe-everything/);
  });
});
