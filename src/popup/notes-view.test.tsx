// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { Note } from '../core/records';
import type { PageSummary } from '../messaging/contract';
import { App } from './app';
import { makeNote, notesStore, openNotes, SELECTOR, SUMMARY, URL_ } from './notes-test-store';
import { click, renderWithDeps, typeInto } from './test-deps';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Notes', () => {
  it('writes a note on the page and lists it, its text as text', async () => {
    const store = notesStore();
    const r = await openNotes(store.handlers);
    expect(store.queries[0]).toEqual({ scope: 'page', pageUrl: URL_, query: undefined });
    await click(r.$('[data-action="note-page"]'));
    // An empty note is not saved, and says why.
    await click(r.$('[data-action="save-note"]'));
    expect(store.drafts).toEqual([]);
    expect(r.$('[data-status]')?.textContent).toMatch(/The note is empty/);
    await typeInto(r.$('textarea[data-note-editor]'), 'Check <img src=x onerror=alert(1)> later');
    await click(r.$('[data-action="save-note"]'));
    expect(store.drafts).toEqual([{ text: 'Check <img src=x onerror=alert(1)> later', pageUrl: URL_, pageTitle: 'A story', entityId: undefined, selector: undefined }]);
    expect(r.$('textarea[data-note-editor]')).toBeNull();
    const row = r.$('[data-note-id="urn:uuid:new-1"]');
    expect(row?.textContent).toContain('Check <img src=x onerror=alert(1)> later');
    expect(row?.querySelector('img')).toBeNull();
    expect(r.$('[data-status]')?.getAttribute('data-status-kind')).toBe('ok');
  });

  it('notes an entity from "This page"', async () => {
    const store = notesStore();
    const r = await renderWithDeps(<App />, { handlers: store.handlers });
    await click(r.$('[data-term] [data-action="note-entity"]'));
    expect(r.$('[data-tab="notes"]')?.getAttribute('aria-selected')).toBe('true');
    expect(r.$('.editor')?.textContent).toContain('New note on Hamas');
    await typeInto(r.$('textarea[data-note-editor]'), 'Who leads it now?');
    await click(r.$('[data-action="save-note"]'));
    expect(store.drafts[0]?.entityId).toBe('org:hamas');
  });

  it('notes a page-only name on its first mention in the page, and says when the page has lost it', async () => {
    const store = notesStore();
    const summary: PageSummary = { ...SUMMARY, terms: [...SUMMARY.terms, { entityId: null, name: 'Mira Okafor', kind: 'person', linked: false, count: 2, text: 'Mira Okafor' }] };
    const mention: NonNullable<Note['target']['selector']> = [
      { type: 'TextQuoteSelector', exact: 'Mira Okafor', prefix: 'Aid chief ', suffix: ' said' },
      { type: 'TextPositionSelector', start: 40, end: 51 },
    ];
    let inPage = true;
    const r = await renderWithDeps(<App />, { handlers: { ...store.handlers, 'page/summary': () => summary }, tab: { 'tab/mention-selector': () => (inPage ? { selector: mention } : null) } });
    const row = r.$$('[data-term]').find((t) => t.getAttribute('data-linked') === 'false');
    expect(row?.querySelector('[data-action="note-entity"]')).toBeNull();
    const button = row?.querySelector('[data-action="note-mention"]');
    expect(button?.tagName).toBe('BUTTON');
    expect(button?.getAttribute('aria-label')).toBe('Note on Mira Okafor');
    await click(button ?? null);
    expect(r.tabCalls[0]).toEqual({ kind: 'tab/mention-selector', req: { entityId: null, text: 'Mira Okafor', kind: 'person' } });
    expect(r.$('[data-tab="notes"]')?.getAttribute('aria-selected')).toBe('true');
    expect(r.$('.editor-heading')?.textContent).toBe('New note on “Mira Okafor” on this page');
    expect(r.$('.editor blockquote')?.textContent).toBe('Mira Okafor');
    await typeInto(r.$('textarea[data-note-editor]'), 'Who is she?');
    await click(r.$('[data-action="save-note"]'));
    // The name goes with the note: once the library knows it, the note is its entity's.
    expect(store.drafts).toEqual([{ text: 'Who is she?', pageUrl: URL_, pageTitle: 'A story', entityId: undefined, selector: mention, term: 'Mira Okafor' }]);
    expect(r.$('[data-note-id] [data-quote]')?.textContent).toBe('Mira Okafor');
    expect(r.$('[data-note-id] .row-foot .muted')?.textContent).toMatch(/^on “Mira Okafor” · A story · /);

    // The page changed since it reported: no editor, and the reader is told why.
    inPage = false;
    await click(r.$('[data-tab="page"]'));
    await click(r.$('[data-term][data-linked="false"] [data-action="note-mention"]'));
    expect(r.$('[data-tab="page"]')?.getAttribute('aria-selected')).toBe('true');
    expect(r.$('textarea[data-note-editor]')).toBeNull();
    expect(r.$('[data-status]')?.getAttribute('data-status-kind')).toBe('error');
    expect(r.$('[data-status]')?.textContent).toMatch(/Could not find “Mira Okafor” on the page any more/);
  });

  it('notes the selection with its selector, and explains when there is none', async () => {
    const store = notesStore();
    const none = await openNotes(store.handlers, { 'tab/selection': () => null });
    expect(none.$<HTMLButtonElement>('[data-action="note-selection"]')?.disabled).toBe(true);
    expect(none.$('#selection-reason')?.textContent).toMatch(/Select some text/);
    document.body.innerHTML = '';

    const r = await openNotes(store.handlers, { 'tab/selection': () => ({ selector: SELECTOR }) });
    const button = r.$<HTMLButtonElement>('[data-action="note-selection"]');
    expect(button?.disabled).toBe(false);
    await click(button);
    expect(r.$('.editor blockquote')?.textContent).toBe('the talks would go on');
    await typeInto(r.$('textarea[data-note-editor]'), 'Source?');
    await click(r.$('[data-action="save-note"]'));
    expect(store.drafts[0]?.selector).toEqual(SELECTOR);
    expect(r.$('[data-note-id] [data-quote]')?.textContent).toBe('the talks would go on');
  });

  it('names each row’s Edit and Delete by a piece of its note', async () => {
    const store = notesStore([makeNote('urn:uuid:a', 'Ask the ministry about the figures from Tuesday’s briefing'), makeNote('urn:uuid:b', 'short')]);
    const r = await openNotes(store.handlers);
    const label = (id: string, action: string) => r.$(`[data-note-id="${id}"] [data-action="${action}"]`)?.getAttribute('aria-label');
    expect(label('urn:uuid:a', 'delete-note')).toBe('Delete note “Ask the ministry about the figures…”');
    expect(label('urn:uuid:a', 'edit-note')).toBe('Edit note “Ask the ministry about the figures…”');
    expect(label('urn:uuid:b', 'delete-note')).toBe('Delete note “short”');
  });

  it('offers notes on web pages only, and says why not on about:blank', async () => {
    const store = notesStore();
    const r = await renderWithDeps(<App />, { handlers: { ...store.handlers, 'page/summary': () => null }, deps: { tab: { id: 7, url: 'about:blank', title: null } } });
    await click(r.$('[data-tab="notes"]'));
    for (const action of ['note-page', 'note-selection']) {
      const button = r.$<HTMLButtonElement>(`[data-action="${action}"]`);
      expect(button?.disabled).toBe(true);
      expect(document.getElementById(button?.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/not a web page.*http or https/);
    }
    expect(r.$<HTMLSelectElement>('select[data-note-scope]')?.value).toBe('all');
    expect(store.queries.every((q) => q.pageUrl === undefined)).toBe(true);
  });

  it('marks orphans from the tab’s note status', async () => {
    const store = notesStore([makeNote('urn:uuid:a', 'anchored', { selector: SELECTOR }), makeNote('urn:uuid:b', 'lost', { selector: [{ ...SELECTOR[0], exact: 'a deleted passage' }, SELECTOR[1]] })]);
    const r = await openNotes(store.handlers, { 'tab/note-status': () => ({ anchored: ['urn:uuid:a'], orphaned: ['urn:uuid:b'] }) });
    expect(r.$('[data-note-id="urn:uuid:a"]')?.hasAttribute('data-orphan')).toBe(false);
    const orphan = r.$('[data-note-id="urn:uuid:b"]');
    expect(orphan?.getAttribute('data-orphan')).toBe('true');
    expect(orphan?.querySelector('[data-quote]')?.textContent).toBe('a deleted passage');
  });

  it('edits, deletes and undoes', async () => {
    const store = notesStore([makeNote('urn:uuid:a', 'first thought')]);
    const r = await openNotes(store.handlers);
    await click(r.$('[data-note-id="urn:uuid:a"] [data-action="edit-note"]'));
    expect(r.$<HTMLTextAreaElement>('textarea[data-note-editor]')?.value).toBe('first thought');
    await typeInto(r.$('textarea[data-note-editor]'), 'second thought');
    await click(r.$('[data-action="save-note"]'));
    expect(r.$('[data-note-id="urn:uuid:a"]')?.textContent).toContain('second thought');

    await click(r.$('[data-note-id="urn:uuid:a"] [data-action="delete-note"]'));
    expect(r.$('[data-note-id="urn:uuid:a"]')).toBeNull();
    expect(store.all()).toHaveLength(0);
    // The row (and the focus in it) went: the focus is on Undo, then on the row put back
    // (notes-undo.test.tsx has more).
    expect(document.activeElement).toBe(r.$('[data-action="undo"]'));
    await click(r.$('[data-action="undo"]'));
    expect(store.all().map((n) => n.id)).toEqual(['urn:uuid:a']);
    expect(r.$('[data-note-id="urn:uuid:a"]')).not.toBeNull();
    expect(r.$('[data-action="undo"]')).toBeNull();
    expect(document.activeElement).toBe(r.$('[data-note-id="urn:uuid:a"]'));
    expect(r.$('[data-status]')?.textContent).toBe('Note restored.');

    // An import brought the same note back meanwhile: undo says it did not put it back.
    await click(r.$('[data-note-id="urn:uuid:a"] [data-action="delete-note"]'));
    await store.handlers['notes/create']!({ text: 'second thought', pageUrl: URL_ });
    await click(r.$('[data-action="undo"]'));
    expect(r.$('[data-status]')?.textContent).toBe('Not put back: the same note is in your notes again.');
  });

  it('keeps Undo after a double click on Delete: the second press is ignored while the first is out', async () => {
    const store = notesStore([makeNote('urn:uuid:a', 'first thought')]);
    const held: (() => void)[] = [];
    const r = await openNotes({ ...store.handlers, 'notes/delete': (req) => new Promise((answer) => held.push(() => answer(store.handlers['notes/delete']!(req)))) });
    const del = r.$('[data-note-id="urn:uuid:a"] [data-action="delete-note"]');
    await click(del);
    await click(del);
    for (const answer of held.splice(0)) answer();
    await r.settle();
    expect(r.calls.filter((c) => c.kind === 'notes/delete')).toHaveLength(1);
    expect(r.$('[data-status]')?.textContent).toBe('Note deleted. Restore it within 30 days from Settings → Recently deleted.');
    await click(r.$('[data-action="undo"]'));
    expect(store.all().map((n) => n.id)).toEqual(['urn:uuid:a']);
  });

  it('gives the focus back to the button that opened the editor, saved or cancelled', async () => {
    const store = notesStore([makeNote('urn:uuid:a', 'first thought')]);
    const r = await openNotes(store.handlers);
    const notePage = r.$('[data-action="note-page"]');
    notePage?.focus();
    await click(notePage);
    expect(document.activeElement).toBe(r.$('textarea[data-note-editor]'));
    await typeInto(r.$('textarea[data-note-editor]'), 'Later');
    await click(r.$('[data-action="save-note"]'));
    expect(r.$('textarea[data-note-editor]')).toBeNull();
    expect(document.activeElement).toBe(notePage);

    const edit = r.$('[data-note-id="urn:uuid:a"] [data-action="edit-note"]');
    edit?.focus();
    await click(edit);
    await act(() => void r.$('textarea[data-note-editor]')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    await r.settle();
    expect(r.$('textarea[data-note-editor]')).toBeNull();
    expect(document.activeElement).toBe(r.$('[data-note-id="urn:uuid:a"] [data-action="edit-note"]'));
  });

  it('puts the focus on the message after saving a note asked for from "This page"', async () => {
    const store = notesStore();
    const r = await renderWithDeps(<App />, { handlers: store.handlers });
    await click(r.$('[data-term] [data-action="note-entity"]'));
    await typeInto(r.$('textarea[data-note-editor]'), 'Who leads it now?');
    await click(r.$('[data-action="save-note"]'));
    expect(r.$('[data-status]')?.textContent).toBe('Note saved.');
    expect(document.activeElement).toBe(r.$('[data-status]'));
  });

  it('keeps the focus in the editor when the note could not be saved', async () => {
    const store = notesStore();
    let refuse: (err: Error) => void = () => undefined;
    const r = await openNotes({ ...store.handlers, 'notes/create': () => new Promise<never>((_, reject) => (refuse = reject)) });
    await click(r.$('[data-action="note-page"]'));
    await typeInto(r.$('textarea[data-note-editor]'), 'Later');
    const save = r.$<HTMLButtonElement>('[data-action="save-note"]');
    save?.focus();
    await click(save);
    expect(save?.disabled).toBe(true);
    refuse(new Error('store closed'));
    await r.settle();
    expect(r.$('[data-status]')?.textContent).toContain('store closed');
    expect(document.activeElement).toBe(r.$('textarea[data-note-editor]'));
  });

  it('follows the page’s URL when it arrives after Notes is shown', async () => {
    const store = notesStore();
    let answer: (s: PageSummary) => void = () => undefined;
    const r = await renderWithDeps(<App />, { handlers: { ...store.handlers, 'page/summary': () => new Promise<PageSummary>((ok) => (answer = ok)) }, deps: { tab: { id: 7, url: null, title: null } } });
    await click(r.$('[data-tab="notes"]'));
    expect(r.$<HTMLSelectElement>('select[data-note-scope]')?.value).toBe('all');
    answer(SUMMARY);
    await r.settle();
    expect(r.$<HTMLSelectElement>('select[data-note-scope]')?.value).toBe('page');
    expect(store.queries.at(-1)).toEqual({ scope: 'page', pageUrl: URL_, query: undefined });
  });

  it('follows late entities, but not over a choice the user made', async () => {
    const store = notesStore([makeNote('urn:uuid:a', 'about Hamas', { entityId: 'org:hamas' })]);
    let answer: (s: PageSummary) => void = () => undefined;
    const r = await openNotes({ ...store.handlers, 'page/summary': () => new Promise<PageSummary>((ok) => (answer = ok)) });
    await typeInto(r.$('select[data-note-scope]'), 'entity');
    expect(r.$<HTMLSelectElement>('select[data-note-entity]')?.value).toBe('');
    answer(SUMMARY);
    await r.settle();
    // The scope stays the user's; the entity, which they could not choose yet, follows.
    expect(r.$<HTMLSelectElement>('select[data-note-scope]')?.value).toBe('entity');
    expect(r.$<HTMLSelectElement>('select[data-note-entity]')?.value).toBe('org:hamas');
    expect(store.queries.at(-1)).toEqual({ scope: 'entity', entityId: 'org:hamas', query: undefined });
    expect(r.$$('[data-note-id]').map((e) => e.getAttribute('data-note-id'))).toEqual(['urn:uuid:a']);
  });

  it('searches and filters by scope', async () => {
    const store = notesStore([makeNote('urn:uuid:a', 'about Hamas', { entityId: 'org:hamas' }), makeNote('urn:uuid:b', 'general')]);
    const r = await openNotes(store.handlers);
    await typeInto(r.$('input[data-note-search]'), 'general');
    await r.settle(200);
    expect(store.queries.at(-1)).toEqual({ scope: 'page', pageUrl: URL_, query: 'general' });
    expect(r.$$('[data-note-id]').map((e) => e.getAttribute('data-note-id'))).toEqual(['urn:uuid:b']);
    await typeInto(r.$('input[data-note-search]'), '');
    await typeInto(r.$('select[data-note-scope]'), 'entity');
    await r.settle(200);
    expect(store.queries.at(-1)).toEqual({ scope: 'entity', entityId: 'org:hamas', query: undefined });
    expect(r.$$('[data-note-id]').map((e) => e.getAttribute('data-note-id'))).toEqual(['urn:uuid:a']);
  });

  it('draws a screenful of 10k notes, not all of them', async () => {
    const store = notesStore(Array.from({ length: 10_000 }, (_, i) => makeNote(`urn:uuid:${i}`, `note ${i}`)));
    const r = await openNotes(store.handlers);
    const rows = r.$$('[data-note-id]');
    expect(rows[0]?.getAttribute('data-note-id')).toBe('urn:uuid:0');
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.length).toBeLessThan(40);
    expect(r.root.textContent).toContain('10000 notes');
    // The box fills the panel below the controls as the Library's does (popup.css), not a
    // fixed 300 px that left a blank strip under a long list.
    const box = r.$('[role="list"]');
    expect(box?.parentElement?.matches('[data-panel="notes"]')).toBe(true);
    expect(box?.matches('.vlist')).toBe(true);
    expect(box?.getAttribute('style') ?? '').not.toMatch(/max-height/);
  });

  it('keeps a list of one note no taller than its row', async () => {
    const store = notesStore([makeNote('urn:uuid:one', 'only note')]);
    const r = await openNotes(store.handlers);
    const box = r.$('[role="list"]');
    // The row's measured height (or its estimate where nothing is laid out) and the border.
    expect(box?.style.getPropertyValue('--rows-height')).toMatch(/^\d+px$/);
    expect(parseInt(box?.style.getPropertyValue('--rows-height') ?? '', 10)).toBeLessThan(160);
  });

  it('shows a background error in the status region', async () => {
    const store = notesStore();
    const r = await openNotes({ ...store.handlers, 'notes/list': () => { throw new Error('store closed'); } });
    expect(r.$('[data-status]')?.getAttribute('data-status-kind')).toBe('error');
    expect(r.$('[data-status]')?.textContent).toContain('store closed');
  });
});
