// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../core/records';
import { makeNote, notesStore, openNotes } from './notes-test-store';
import { click, typeInto } from './test-deps';

afterEach(() => {
  document.body.innerHTML = '';
});

const status = (): string | null | undefined => document.querySelector('[data-status]')?.textContent;
const DELETED = 'Note deleted. Restore it within 30 days from Settings → Recently deleted.';

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
    const r = await openNotes({ ...store.handlers, 'settings/get': () => DEFAULT_SETTINGS, 'trash/list': () => [] });
    await click(r.$('[data-note-id="urn:uuid:a"] [data-action="delete-note"]'));
    expect(status()).toBe(DELETED);
    await click(r.$('[data-tab="settings"]'));
    expect(status()).toBe(DELETED);
    await click(r.$('[data-action="undo"]'));
    expect(store.all().map((n) => n.id)).toEqual(['urn:uuid:a']);
  });

  it('says where a deleted note stays, and its link opens Settings → Recently deleted with the focus there', async () => {
    const store = notesStore([makeNote('urn:uuid:a', 'first thought')]);
    const row = { id: 't1', kind: 'note' as const, recordId: 'urn:uuid:a', title: 'first thought', deletedAt: '2026-03-04T09:59:00.000Z' };
    const r = await openNotes({ ...store.handlers, 'settings/get': () => DEFAULT_SETTINGS, 'trash/list': () => [row] });
    await click(r.$('[data-note-id="urn:uuid:a"] [data-action="delete-note"]'));
    const link = r.$<HTMLButtonElement>('[data-status] [data-action="show-trash"]');
    expect(link?.tagName).toBe('BUTTON');
    expect(link?.textContent).toBe('Recently deleted');
    await click(link);
    expect(r.$('[data-tab="settings"]')?.getAttribute('aria-selected')).toBe('true');
    expect(r.$<HTMLElement>('[data-panel="settings"]')?.hidden).toBe(false);
    const section = r.$('[data-section="trash"]');
    expect(document.activeElement).toBe(section);
    expect(section?.querySelector('[data-trash-id="t1"]')).not.toBeNull();
    // Restore there takes Undo's place: the message and its Undo are gone.
    expect(status()).toBe('');
    expect(r.$('[data-action="undo"]')).toBeNull();
    // Back on Notes and again on Settings: the focus is not pulled there a second time.
    await click(r.$('[data-tab="notes"]'));
    r.$<HTMLElement>('[data-tab="notes"]')?.focus();
    await click(r.$('[data-tab="settings"]'));
    expect(document.activeElement).not.toBe(section);
  });
});
