// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { draftOf, withDraft, type KeptDrafts } from '../core/note-drafts';
import type { TextPositionSelector, TextQuoteSelector } from '../core/types';
import { DRAFT_DELAY_MS } from './note-draft';
import { App } from './app';
import { notesStore, openNotes, SUMMARY, URL_ } from './notes-test-store';
import { click, renderWithDeps, settle, typeInto, type FakeHandlers, type Rendered } from './test-deps';

afterEach(() => {
  document.body.innerHTML = '';
});

/** The background's draft keeping, in memory, with every keep recorded. */
function draftStore() {
  let drafts: KeptDrafts = {};
  const keeps: unknown[] = [];
  const handlers: FakeHandlers = {
    'notes/draft-get': ({ pageUrl }) => draftOf(drafts, pageUrl),
    // The test tab (7) shows URL_.
    'notes/draft-for-tab': ({ tabId }) => {
      const draft = tabId === 7 ? draftOf(drafts, URL_) : null;
      return draft && { pageUrl: URL_, draft };
    },
    'notes/draft-keep': ({ pageUrl, draft }) => {
      keeps.push(draft);
      drafts = withDraft(drafts, pageUrl, draft, keeps.length);
      return null;
    },
  };
  return { handlers, keeps, kept: () => draftOf(drafts, URL_) };
}

/** The popup closes: its document goes (pagehide), then its views. */
async function closePopup(r: Rendered): Promise<void> {
  await act(() => {
    window.dispatchEvent(new Event('pagehide'));
    render(null, r.root);
  });
  r.root.remove();
}

const editorText = (r: Rendered): string | undefined => r.$<HTMLTextAreaElement>('textarea[data-note-editor]')?.value;

describe('a note draft outlives the popup', () => {
  it('keeps the text after a pause in typing, puts it back when the popup opens again, and forgets it once saved', async () => {
    const store = notesStore();
    const drafts = draftStore();
    const handlers = { ...store.handlers, ...drafts.handlers };
    const first = await openNotes(handlers);
    await click(first.$('[data-action="note-page"]'));
    await typeInto(first.$('textarea[data-note-editor]'), 'Ask the');
    await typeInto(first.$('textarea[data-note-editor]'), 'Ask the ministry');
    expect(drafts.keeps).toEqual([]); // not at every key
    await settle(DRAFT_DELAY_MS + 50);
    expect(drafts.keeps).toEqual([{ target: { kind: 'page' }, text: 'Ask the ministry' }]);
    await closePopup(first);

    const again = await openNotes(handlers);
    expect(again.$('.editor')?.textContent).toContain('New note on this page');
    expect(editorText(again)).toBe('Ask the ministry');
    await typeInto(again.$('textarea[data-note-editor]'), 'Ask the ministry about Tuesday');
    await click(again.$('[data-action="save-note"]'));
    expect(store.drafts.map((d) => d.text)).toEqual(['Ask the ministry about Tuesday']);
    await settle(DRAFT_DELAY_MS + 50);
    expect(drafts.kept()).toBeNull();
    await closePopup(again);

    const third = await openNotes(handlers);
    expect(third.$('textarea[data-note-editor]')).toBeNull();
  });

  it('keeps what the note is about (a name from "This page"), and forgets it on Cancel', async () => {
    const store = notesStore();
    const drafts = draftStore();
    const handlers = { ...store.handlers, ...drafts.handlers };
    const first = await openNotes(handlers);
    await click(first.$('[data-tab="page"]'));
    await click(first.$('[data-term] [data-action="note-entity"]'));
    await typeInto(first.$('textarea[data-note-editor]'), 'Who leads it now?');
    // Closed before the pause ended: the popup sends it as it goes.
    await closePopup(first);
    expect(drafts.kept()).toEqual({ target: { kind: 'entity', entityId: 'org:hamas', name: 'Hamas' }, text: 'Who leads it now?' });

    const again = await openNotes(handlers);
    expect(again.$('.editor')?.textContent).toContain('New note on Hamas');
    expect(editorText(again)).toBe('Who leads it now?');
    await click(again.$('[data-action="cancel-note"]'));
    expect(again.$('textarea[data-note-editor]')).toBeNull();
    expect(drafts.kept()).toBeNull();
  });

  it('keeps a page-only name’s note on its mention with the name, and says so when it comes back', async () => {
    const store = notesStore();
    const drafts = draftStore();
    const summary = { ...SUMMARY, terms: [{ entityId: null, name: 'Mira Okafor', kind: 'person' as const, linked: false, count: 1, text: 'Mira Okafor' }] };
    const handlers = { ...store.handlers, ...drafts.handlers, 'page/summary': () => summary };
    const selector: [TextQuoteSelector, TextPositionSelector] = [
      { type: 'TextQuoteSelector', exact: 'Mira Okafor', prefix: 'chief ', suffix: ' said' },
      { type: 'TextPositionSelector', start: 12, end: 23 },
    ];
    const first = await renderWithDeps(<App />, { handlers, tab: { 'tab/mention-selector': () => ({ selector }) } });
    await click(first.$('[data-term] [data-action="note-mention"]'));
    await typeInto(first.$('textarea[data-note-editor]'), 'Her title?');
    await closePopup(first);
    expect(drafts.kept()).toEqual({ target: { kind: 'selection', selector, name: 'Mira Okafor' }, text: 'Her title?' });

    const again = await openNotes(handlers);
    expect(again.$('.editor-heading')?.textContent).toBe('New note on “Mira Okafor” on this page');
    expect(editorText(again)).toBe('Her title?');
  });

  it('lets an editor opened before the draft came back win, and keeps that unseen draft until another is typed', async () => {
    const store = notesStore();
    const drafts = draftStore();
    // Long enough that the clicks below come first on a loaded machine too.
    const later = <T,>(answer: () => T): Promise<T> => new Promise((r) => setTimeout(() => r(answer()), 600));
    const slow: FakeHandlers = {
      ...drafts.handlers,
      'notes/draft-get': (req) => later(() => drafts.handlers['notes/draft-get']!(req) as never),
      'notes/draft-for-tab': (req) => later(() => drafts.handlers['notes/draft-for-tab']!(req) as never),
    };
    const first = await openNotes({ ...store.handlers, ...drafts.handlers });
    await click(first.$('[data-action="note-page"]'));
    await typeInto(first.$('textarea[data-note-editor]'), 'Half a thought');
    await closePopup(first);

    const again = await openNotes({ ...store.handlers, ...slow });
    await click(again.$('[data-tab="page"]'));
    await click(again.$('[data-term] [data-action="note-entity"]'));
    await settle(650);
    expect(again.$('.editor')?.textContent).toContain('New note on Hamas');
    expect(editorText(again)).toBe('');
    // Never shown, it is not dropped with this editor…
    await click(again.$('[data-action="cancel-note"]'));
    expect(drafts.kept()?.text).toBe('Half a thought');
    await closePopup(again);
    const third = await openNotes({ ...store.handlers, ...drafts.handlers });
    expect(editorText(third)).toBe('Half a thought');
    // …while a draft on screen goes with the editor another target replaces, as its text does.
    await click(third.$('[data-tab="page"]'));
    await click(third.$('[data-term] [data-action="note-entity"]'));
    expect(editorText(third)).toBe('');
    expect(drafts.kept()).toBeNull();
  });
});

describe('the popup opened on a page with a note draft', () => {
  /** A note on the page half written, and the popup closed. */
  async function leaveADraft(handlers: FakeHandlers, text = 'Ask the ministry'): Promise<void> {
    const first = await openNotes(handlers);
    await click(first.$('[data-action="note-page"]'));
    await typeInto(first.$('textarea[data-note-editor]'), text);
    await closePopup(first);
  }
  const selected = (r: Rendered): string | null | undefined => r.$('[role="tab"][aria-selected="true"]')?.getAttribute('data-tab');

  it('opens on Notes with the draft in the editor and the focus in it, and says why', async () => {
    const store = notesStore();
    const drafts = draftStore();
    const handlers = { ...store.handlers, ...drafts.handlers };
    await leaveADraft(handlers);

    const again = await renderWithDeps(<App />, { handlers });
    expect(selected(again)).toBe('notes');
    expect(again.$('[data-panel="notes"]')?.hasAttribute('hidden')).toBe(false);
    expect(editorText(again)).toBe('Ask the ministry');
    expect(document.activeElement).toBe(again.$('textarea[data-note-editor]'));
    expect(again.$('[data-status]')?.textContent).toMatch(/note on this page is back/);
    // The draft the popup found on opening is the one shown: not asked for a second time.
    expect(again.calls.filter((c) => c.kind === 'notes/draft-get')).toEqual([]);
    // Saved, it is gone; the next opening is on "This page" again.
    await click(again.$('[data-action="save-note"]'));
    expect(store.drafts.map((d) => d.text)).toEqual(['Ask the ministry']);
    await closePopup(again);
    const third = await renderWithDeps(<App />, { handlers });
    expect(selected(third)).toBe('page');
    expect(third.$('textarea[data-note-editor]')).toBeNull();
  });

  it('opens on "This page" without a draft, and on the panel the address names whatever the draft', async () => {
    const store = notesStore();
    const drafts = draftStore();
    const handlers = { ...store.handlers, ...drafts.handlers };
    const none = await renderWithDeps(<App />, { handlers });
    expect(selected(none)).toBe('page');
    expect(none.$('[data-panel="notes"]')?.children.length).toBe(0);
    await closePopup(none);

    await leaveADraft(handlers);
    const named = await renderWithDeps(<App initialTab="library" />, { handlers: { ...handlers, 'library/list': () => ({ total: 0, entries: [] }) } });
    expect(selected(named)).toBe('library');
  });

  it('takes the draft check main.tsx sent beside the summary, and moves no reader who chose a panel first', async () => {
    const store = notesStore();
    const drafts = draftStore();
    const handlers = { ...store.handlers, ...drafts.handlers };
    await leaveADraft(handlers, 'Who counts them?');
    const found = { pageUrl: URL_, draft: drafts.kept()! };

    const early = await renderWithDeps(<App />, { handlers, deps: { pageDraft: Promise.resolve(found) } });
    expect(early.calls.filter((c) => c.kind === 'notes/draft-for-tab')).toEqual([]);
    expect(selected(early)).toBe('notes');
    expect(editorText(early)).toBe('Who counts them?');
    await closePopup(early);

    let answer: (d: typeof found) => void = () => undefined;
    const late = await renderWithDeps(<App />, { handlers: { ...handlers, 'library/list': () => ({ total: 0, entries: [] }) }, deps: { pageDraft: new Promise((r) => (answer = r)) } });
    await click(late.$('[data-tab="library"]'));
    answer(found);
    await late.settle();
    expect(selected(late)).toBe('library');
    // Notes still has it when the reader goes there.
    await click(late.$('[data-tab="notes"]'));
    expect(editorText(late)).toBe('Who counts them?');
  });
});
