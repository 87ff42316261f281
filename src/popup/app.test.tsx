// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../core/records';
import { makeNote, notesStore, openNotes } from './notes-test-store';
import { click, typeInto } from './test-deps';

afterEach(() => {
  document.body.innerHTML = '';
});

const status = (): string | null | undefined => document.querySelector('[data-status]')?.textContent;

describe('The popup’s status between panels', () => {
  it('does not carry what was said on one panel to the next', async () => {
    const store = notesStore();
    const r = await openNotes({ ...store.handlers, 'settings/get': () => DEFAULT_SETTINGS });
    await click(r.$('[data-action="note-page"]'));
    await typeInto(r.$('textarea[data-note-editor]'), 'Check the figures');
    await click(r.$('[data-action="save-note"]'));
    expect(status()).toBe('Note saved.');
    await click(r.$('[data-tab="settings"]'));
    expect(status()).toBe('');
    // Still the live region: what Settings says next is announced.
    const region = r.$('[data-status]');
    expect(region?.getAttribute('aria-live')).toBe('polite');
    await click(r.$('[data-tab="notes"]'));
    expect(status()).toBe('');
  });

  it('keeps a delete’s Undo: it is the way back, from any panel', async () => {
    const store = notesStore([makeNote('urn:uuid:a', 'first thought')]);
    const r = await openNotes({ ...store.handlers, 'settings/get': () => DEFAULT_SETTINGS });
    await click(r.$('[data-note-id="urn:uuid:a"] [data-action="delete-note"]'));
    expect(status()).toBe('Note deleted.');
    await click(r.$('[data-tab="settings"]'));
    expect(status()).toBe('Note deleted.');
    await click(r.$('[data-action="undo"]'));
    expect(store.all().map((n) => n.id)).toEqual(['urn:uuid:a']);
  });
});
