// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { draftOf, withDraft, type KeptDrafts } from '../core/note-drafts';
import { DRAFT_DELAY_MS } from './note-draft';
import { notesStore, openNotes, URL_ } from './notes-test-store';
import { click, settle, typeInto, type FakeHandlers, type Rendered } from './test-deps';

afterEach(() => {
  document.body.innerHTML = '';
});

/** The background's draft keeping, in memory, with every keep recorded. */
function draftStore() {
  let drafts: KeptDrafts = {};
  const keeps: unknown[] = [];
  const handlers: FakeHandlers = {
    'notes/draft-get': ({ pageUrl }) => draftOf(drafts, pageUrl),
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

  it('lets an editor opened before the draft came back win, and keeps that unseen draft until another is typed', async () => {
    const store = notesStore();
    const drafts = draftStore();
    const slow: FakeHandlers = { ...drafts.handlers, 'notes/draft-get': (req) => new Promise((r) => setTimeout(() => r(drafts.handlers['notes/draft-get']!(req) as never), 200)) };
    const first = await openNotes({ ...store.handlers, ...drafts.handlers });
    await click(first.$('[data-action="note-page"]'));
    await typeInto(first.$('textarea[data-note-editor]'), 'Half a thought');
    await closePopup(first);

    const again = await openNotes({ ...store.handlers, ...slow });
    await click(again.$('[data-tab="page"]'));
    await click(again.$('[data-term] [data-action="note-entity"]'));
    await settle(250);
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
