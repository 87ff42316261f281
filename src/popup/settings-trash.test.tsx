// @vitest-environment happy-dom
// Settings → Recently deleted: rows with Restore, the focus moving on to the next row, what
// a restore says, and Empty behind its confirmation.
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { TrashRestoreAnswer, TrashRow } from '../messaging/trash-contract';
import { SettingsView } from './settings-view';
import { settingsStore } from './settings-test-store';
import { deletedAgo, describeTrashRestore } from './settings-trash';
import { StatusProvider } from './status';
import { click, renderWithDeps } from './test-deps';
import { DEFAULT_SETTINGS } from '../core/records';
import { makeNote, notesStore, openNotes } from './notes-test-store';

afterEach(() => {
  document.body.innerHTML = '';
});

// test-deps' clock reads 2026-03-04T10:00:00Z.
const ROWS: TrashRow[] = [
  { id: 't3', kind: 'note', recordId: 'urn:uuid:n1', title: 'Check the toll', detail: 'Truce', deletedAt: '2026-03-04T09:58:00.000Z' },
  { id: 't2', kind: 'article', recordId: 'doha', title: 'Witkoff lands in Doha', detail: 'Wire', deletedAt: '2026-03-03T08:00:00.000Z' },
  { id: 't1', kind: 'note', recordId: 'urn:uuid:n2', title: 'Second thought', deletedAt: '2026-02-20T10:00:00.000Z' },
];

/** Settings over a trash of `rows`; a restore answers `answer(row)` and takes the row off. */
async function openTrash(rows: TrashRow[] = ROWS, answer?: (row: TrashRow) => TrashRestoreAnswer | null) {
  const s = settingsStore();
  let trash = [...rows];
  const restored: string[] = [];
  let emptied = 0;
  let changed = 0;
  const handlers = {
    ...s.handlers,
    'trash/list': () => [...trash],
    'trash/restore': ({ id }: { id: string }): TrashRestoreAnswer | null => {
      const row = trash.find((r) => r.id === id);
      if (!row) return null;
      trash = trash.filter((r) => r !== row);
      restored.push(id);
      if (answer) return answer(row);
      return row.kind === 'note' ? { kind: 'note', note: { restored: { ...makeNote(row.recordId, row.title) } } } : { kind: 'article', article: { added: [{ id: row.recordId, title: row.title, source: 'Wire', url: null, date: '2025-02-04', added: '2025-02-04', entityCount: 2 }], skipped: [] } };
    },
    'trash/empty': () => {
      emptied++;
      trash = [];
      return null;
    },
  };
  const r = await renderWithDeps(<StatusProvider><SettingsView pageUrl={null} onStoreChanged={() => changed++} /></StatusProvider>, { handlers });
  return { r, restored, emptied: () => emptied, changed: () => changed };
}

describe('Settings: Recently deleted', () => {
  it('says when nothing was deleted', async () => {
    const { r } = await openTrash([]);
    expect(r.$('[data-empty="trash"]')?.textContent).toBe('Nothing deleted in the last 30 days.');
    expect(r.$('[data-action="trash-empty"]')).toBeNull();
  });

  it('lists each deleted note and article newest first, with its kind and when', async () => {
    const { r } = await openTrash();
    const rows = r.$$('[data-trash-id]');
    expect(rows.map((e) => e.dataset.trashId)).toEqual(['t3', 't2', 't1']);
    expect(rows[0]?.textContent).toContain('Check the toll');
    expect(rows[0]?.textContent).toContain('Note · Truce · deleted 2 min ago');
    expect(rows[1]?.textContent).toContain('Article · Wire · deleted yesterday');
    expect(r.$('[data-trash-id="t1"] [data-action="trash-restore"]')?.getAttribute('aria-label')).toBe('Restore note “Second thought”');
  });

  it('restores a row, says so, tells the other panels, and moves the focus to the row now in its place', async () => {
    const { r, restored, changed } = await openTrash();
    const button = r.$('[data-trash-id="t3"] [data-action="trash-restore"]');
    button?.focus();
    await click(button);
    await r.settle();
    expect(restored).toEqual(['t3']);
    expect(r.$('[data-status]')?.textContent).toBe('Note restored.');
    expect(changed()).toBe(1);
    expect(r.$('[data-trash-id="t3"]')).toBeNull();
    expect(document.activeElement).toBe(r.$('[data-trash-id="t2"] [data-action="trash-restore"]'));
    // The last row: the focus goes to the row before it.
    await click(r.$('[data-trash-id="t1"] [data-action="trash-restore"]'));
    await r.settle();
    expect(document.activeElement).toBe(r.$('[data-trash-id="t2"] [data-action="trash-restore"]'));
    // The only row: nothing is left to go to but the message.
    await click(r.$('[data-trash-id="t2"] [data-action="trash-restore"]'));
    await r.settle();
    expect(r.$('[data-status]')?.textContent).toBe('“Witkoff lands in Doha” restored.');
    expect(r.$('[data-empty="trash"]')).not.toBeNull();
    expect(document.activeElement).toBe(r.$('[data-status]'));
  });

  it('empties only after the confirmation; Cancel gives the focus back to Empty', async () => {
    const { r, emptied } = await openTrash();
    await click(r.$('[data-action="trash-empty"]'));
    expect(r.$('[role="alertdialog"]')?.textContent).toContain('Delete the 2 notes and 1 article in Recently deleted for good?');
    expect(document.activeElement).toBe(r.$('[data-action="trash-empty-cancel"]'));
    await click(r.$('[data-action="trash-empty-cancel"]'));
    expect(r.$('[role="alertdialog"]')).toBeNull();
    expect(document.activeElement).toBe(r.$('[data-action="trash-empty"]'));
    expect(emptied()).toBe(0);
    await click(r.$('[data-action="trash-empty"]'));
    const yes = r.$('[data-action="trash-empty-confirm"]');
    yes?.focus();
    await click(yes);
    await r.settle();
    expect(emptied()).toBe(1);
    expect(r.$('[data-status]')?.textContent).toBe('Recently deleted is empty.');
    expect(document.activeElement).toBe(r.$('[data-status]'));
    expect(r.$('[data-empty="trash"]')).not.toBeNull();
  });

  it('Escape in the confirmation cancels it and goes no further', async () => {
    const { r, emptied } = await openTrash();
    await click(r.$('[data-action="trash-empty"]'));
    let escaped = false;
    document.addEventListener('keydown', () => (escaped = true), { once: true });
    await act(() => void r.$('[data-action="trash-empty-cancel"]')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true })));
    await r.settle();
    expect(r.$('[role="alertdialog"]')).toBeNull();
    expect(escaped).toBe(false);
    expect(emptied()).toBe(0);
  });
});

describe('Recently deleted in the popup', () => {
  it('lists a delete made on another panel when Settings is shown again', async () => {
    const store = notesStore([makeNote('urn:uuid:a', 'first thought')]);
    const trash: TrashRow[] = [];
    const r = await openNotes({ ...store.handlers, 'settings/get': () => DEFAULT_SETTINGS, 'trash/list': () => [...trash] });
    await click(r.$('[data-tab="settings"]'));
    expect(r.$('[data-empty="trash"]')).not.toBeNull();
    await click(r.$('[data-tab="notes"]'));
    await click(r.$('[data-note-id="urn:uuid:a"] [data-action="delete-note"]'));
    trash.push({ id: 't1', kind: 'note', recordId: 'urn:uuid:a', title: 'first thought', deletedAt: '2026-03-04T10:00:00.000Z' });
    await click(r.$('[data-tab="settings"]'));
    await r.settle();
    expect(r.$$('[data-trash-id]').map((e) => e.dataset.trashId)).toEqual(['t1']);
  });

  it('follows the Undo of a delete pressed with Settings shown: the restored row goes, a new delete is listed', async () => {
    const store = notesStore([makeNote('urn:uuid:a', 'first thought')]);
    // As the background keeps it: a delete puts the note in the trash, its Undo takes it out.
    let trash: TrashRow[] = [];
    const row: TrashRow = { id: 't1', kind: 'note', recordId: 'urn:uuid:a', title: 'first thought', deletedAt: '2026-03-04T10:00:00.000Z' };
    const r = await openNotes({
      ...store.handlers,
      'settings/get': () => DEFAULT_SETTINGS,
      'trash/list': () => [...trash],
      'notes/delete': (req) => {
        trash = [row];
        return store.handlers['notes/delete']!(req);
      },
      'notes/restore': (note) => {
        trash = [];
        return store.handlers['notes/restore']!(note);
      },
    });
    const listed = (): (string | undefined)[] => r.$$('[data-trash-id]').map((e) => e.dataset.trashId);
    await click(r.$('[data-note-id="urn:uuid:a"] [data-action="delete-note"]'));
    // By its tab, not the message's link: the message and its Undo stay.
    await click(r.$('[data-tab="settings"]'));
    await r.settle();
    expect(listed()).toEqual(['t1']);
    await click(r.$('[data-action="undo"]'));
    await r.settle();
    expect(store.all().map((n) => n.id)).toEqual(['urn:uuid:a']);
    expect(listed()).toEqual([]);
    expect(r.$('[data-empty="trash"]')).not.toBeNull();
    // Deleted again, and back on Settings: listed again.
    await click(r.$('[data-tab="notes"]'));
    await r.settle();
    await click(r.$('[data-note-id="urn:uuid:a"] [data-action="delete-note"]'));
    await click(r.$('[data-tab="settings"]'));
    await r.settle();
    expect(listed()).toEqual(['t1']);
  });
});

describe('what a restore says', () => {
  const note = ROWS[0]!;
  it('names a note back under a new id, a skipped one, and an entry already gone', () => {
    expect(describeTrashRestore(note, { kind: 'note', note: { restored: makeNote('urn:uuid:other', 'x') } })).toBe('Note restored as a new note: a note added since has taken its old id.');
    expect(describeTrashRestore(note, { kind: 'note', note: { skipped: 'same-note' } })).toBe('Not put back: the same note is in your notes again.');
    expect(describeTrashRestore(note, null)).toBe('Already gone from Recently deleted (restored or emptied meanwhile).');
    expect(describeTrashRestore(ROWS[1]!, { kind: 'article', article: { added: [], skipped: [{ title: 'Witkoff lands in Doha', reason: 'same-url' }] } })).toBe('Skipped “Witkoff lands in Doha”: already in your library (same address).');
  });

  it('says how long ago in words', () => {
    const now = new Date('2026-03-04T10:00:00Z');
    expect(deletedAgo('2026-03-04T09:59:40Z', now)).toBe('just now');
    expect(deletedAgo('2026-03-04T07:00:00Z', now)).toBe('3 h ago');
    expect(deletedAgo('2026-02-02T10:00:00Z', now)).toBe('30 days ago');
  });
});
