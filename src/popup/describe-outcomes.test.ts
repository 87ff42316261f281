import { describe, expect, it } from 'vitest';
import type { LibraryEntry } from '../core/records';
import { describeRestore } from './library-view';
import { describeImport } from './settings-view';

const entry = (title: string): LibraryEntry => ({ id: title, title, source: 'Wire', url: null, date: '2025-02-04', added: '2026-01-01T00:00:00.000Z', entityCount: 3 });

describe('what an undone delete says', () => {
  it('nothing more when the article is simply back', () => {
    expect(describeRestore({ added: [entry('Truce holds')], skipped: [] })).toBeUndefined();
  });
  it('that it was not put back when the library has it again, or that the update failed', () => {
    expect(describeRestore({ added: [], skipped: [{ title: 'Truce holds', reason: 'same-url' }] })).toBe('Skipped “Truce holds”: already in your library (same address).');
    expect(describeRestore({ added: [entry('Truce holds')], skipped: [], notice: 'Stored, but the update failed.' })).toBe('Undone. Stored, but the update failed.');
  });
});

describe('describeImport', () => {
  it('counts the notes kept as stored, and passes on a notice', () => {
    const report = { added: { articles: 1, notes: 0 }, skipped: { articles: 0, notes: 0 }, conflicts: { notes: 2 }, settingsReplaced: false };
    expect(describeImport({ ok: true, report, notice: 'Stored, but the update failed.' })).toBe(
      'Added 1 article and 0 notes; skipped 0 articles and 0 notes already here. Kept 2 notes as stored: the file had other text under the same ids. Stored, but the update failed.',
    );
  });
});
