// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { Note } from '../core/records';
import { makeNote, notesStore, openNotes } from './notes-test-store';
import { click } from './test-deps';

afterEach(() => {
  document.body.innerHTML = '';
});

/** Scroll the notes list's box to `top` as a user would (the list hears the scroll event). */
async function scrollList(box: HTMLElement | null, top: number): Promise<void> {
  await act(async () => {
    if (!box) throw new Error('no list');
    box.scrollTop = top;
    box.dispatchEvent(new Event('scroll'));
    await new Promise((r) => setTimeout(r, 20));
  });
}

/** happy-dom has no layout: give the list's box the heights a browser would (rows at their
 *  estimate), and fire the scroll event browsers fire after scroll()/scrollTo(), so the list
 *  hears its own scrolling. */
function scrollLikeABrowser(box: HTMLElement, rows: number): void {
  Object.defineProperty(box, 'clientHeight', { get: () => 300 });
  Object.defineProperty(box, 'scrollHeight', { get: () => rows * 84 });
  const scroll = box.scroll.bind(box);
  const scrollAndTell = (options?: ScrollToOptions): void => {
    scroll(options);
    setTimeout(() => box.dispatchEvent(new Event('scroll')));
  };
  Object.defineProperty(box, 'scroll', { value: scrollAndTell });
}

describe('Notes: undo of a delete', () => {
  it('puts the focus back on the restored note’s row and says the note is back', async () => {
    const store = notesStore([makeNote('urn:uuid:a', 'first thought'), makeNote('urn:uuid:b', 'second thought')]);
    const r = await openNotes(store.handlers);
    await click(r.$('[data-note-id="urn:uuid:a"] [data-action="delete-note"]'));
    expect(document.activeElement).toBe(r.$('[data-action="undo"]'));
    await click(r.$('[data-action="undo"]'));
    await r.settle();
    expect(r.$('[data-status]')?.textContent).toBe('Note restored.');
    expect(document.activeElement).toBe(r.$('[data-note-id="urn:uuid:a"]'));
  });

  it('says so when the note came back under a new id (a note added since holds its old one)', async () => {
    const store = notesStore([makeNote('urn:uuid:a', 'first thought')]);
    const handlers = { ...store.handlers, 'notes/restore': (note: Note) => store.handlers['notes/restore']!({ ...note, id: 'urn:uuid:fresh' }) };
    const r = await openNotes(handlers);
    await click(r.$('[data-note-id="urn:uuid:a"] [data-action="delete-note"]'));
    await click(r.$('[data-action="undo"]'));
    await r.settle();
    expect(r.$('[data-status]')?.textContent).toBe('Note restored as a new note: a note added since has taken its old id.');
    expect(document.activeElement).toBe(r.$('[data-note-id="urn:uuid:fresh"]'));
  });

  it('puts the focus on the message when the list cannot be read again after the undo', async () => {
    const store = notesStore([makeNote('urn:uuid:a', 'first thought')]);
    let listFails = false;
    const r = await openNotes({ ...store.handlers, 'notes/list': (q) => (listFails ? Promise.reject(new Error('store closed')) : store.handlers['notes/list']!(q)) });
    await click(r.$('[data-note-id="urn:uuid:a"] [data-action="delete-note"]'));
    listFails = true;
    await click(r.$('[data-action="undo"]'));
    await r.settle();
    expect(document.activeElement).toBe(r.$('[data-status]'));
  });

  it('scrolls a restored row the list has not drawn into view, then focuses it', async () => {
    const notes = Array.from({ length: 60 }, (_, i) => makeNote(`urn:uuid:${i}`, `note ${i}`));
    const store = notesStore(notes);
    // The store puts a restored note back in its place (newest first by date, as listed).
    const handlers = {
      ...store.handlers,
      'notes/restore': (note: Note) => {
        const all = store.all();
        all.splice(notes.findIndex((n) => n.id === note.id), 0, note);
        return { restored: note };
      },
    };
    const r = await openNotes(handlers);
    const box = r.$('[role="list"][aria-label="Notes"]');
    if (box) scrollLikeABrowser(box, notes.length);
    await scrollList(box, 84 * 50);
    await click(r.$('[data-note-id="urn:uuid:52"] [data-action="delete-note"]'));
    await scrollList(box, 0);
    expect(r.$('[data-note-id="urn:uuid:51"]')).toBeNull();
    await click(r.$('[data-action="undo"]'));
    await r.settle(50);
    expect(store.all()[52]?.id).toBe('urn:uuid:52');
    expect(document.activeElement).toBe(r.$('[data-note-id="urn:uuid:52"]'));
  });
});
