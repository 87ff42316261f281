import { describe, expect, it } from 'vitest';
import type { LibraryEntry } from '../core/records';
import { describeRestore } from './library-view';
import { describeImport, importValidLabel } from './import-result';

const entry = (title: string): LibraryEntry => ({ id: title, title, source: 'Wire', url: null, date: '2025-02-04', added: '2026-01-01T00:00:00.000Z', entityCount: 3 });

describe('what an undone delete says', () => {
  it('names the article that came back', () => {
    expect(describeRestore({ added: [entry('Truce holds')], skipped: [] })).toBe('“Truce holds” restored.');
  });
  it('that it was not put back when the library has it again, or that the update failed', () => {
    expect(describeRestore({ added: [], skipped: [{ title: 'Truce holds', reason: 'same-url' }] })).toBe('Skipped “Truce holds”: already in your library (same address).');
    expect(describeRestore({ added: [entry('Truce holds')], skipped: [], notice: 'Stored, but the update failed.' })).toBe('“Truce holds” restored. Stored, but the update failed.');
  });
});

describe('describeImport', () => {
  it('says plainly which articles went in under a new id', () => {
    const report = { added: { articles: 2, notes: 0 }, skipped: { articles: 0, notes: 0 }, conflicts: { notes: 0 }, settingsReplaced: false };
    expect(describeImport({ ok: true, report: { ...report, renamed: { articles: 1 } } })).toBe(
      'Added 2 articles and 0 notes; skipped 0 articles and 0 notes already here. Added 1 more article under a new id: another article here has the id it had in the file.',
    );
    expect(describeImport({ ok: true, report: { ...report, renamed: { articles: 3 } } })).toMatch(/Added 3 more articles under new ids: other articles here have the ids they had in the file\.$/);
  });

  it('counts the notes kept as stored, and passes on a notice', () => {
    const report = { added: { articles: 1, notes: 0 }, renamed: { articles: 0 }, skipped: { articles: 0, notes: 0 }, conflicts: { notes: 2 }, settingsReplaced: false };
    expect(describeImport({ ok: true, report, notice: 'Stored, but the update failed.' })).toBe(
      'Added 1 article and 0 notes; skipped 0 articles and 0 notes already here. Kept 2 notes as stored: the file had other text under the same ids. Stored, but the update failed.',
    );
  });

  it('says how many notes it took without the too-long name they were written on', () => {
    const report = { added: { articles: 0, notes: 2 }, renamed: { articles: 0 }, skipped: { articles: 0, notes: 0 }, conflicts: { notes: 0 }, settingsReplaced: false };
    expect(describeImport({ ok: true, report: { ...report, termsDropped: 1 } })).toBe(
      'Added 0 articles and 2 notes; skipped 0 articles and 0 notes already here. Took 1 note without the name it was written on: longer than 300 characters.',
    );
    expect(describeImport({ ok: true, report: { ...report, termsDropped: 2 } })).toMatch(/Took 2 notes without the name they were written on/);
    expect(describeImport({ ok: true, report })).not.toMatch(/without the name/);
  });

  it('says how many valid records it took and how many invalid ones it left out, of what kinds', () => {
    const report = { added: { articles: 1, notes: 2 }, renamed: { articles: 1 }, skipped: { articles: 1, notes: 1 }, conflicts: { notes: 1 }, settingsReplaced: false, invalid: { articles: 1, notes: 2, settings: 1 } };
    expect(describeImport({ ok: true, report })).toMatch(/^Took the file's 7 valid records and left out 4 invalid ones \(1 article, 2 notes and the settings\): added 1 article and 2 notes;/);
    expect(describeImport({ ok: true, report: { ...report, invalid: { articles: 0, notes: 1, settings: 0 } } })).toMatch(/left out 1 invalid one \(1 note\): added /);
    expect(describeImport({ ok: true, report: { ...report, invalid: { articles: 0, notes: 0, settings: 0 } } })).toMatch(/^Added /);
  });

  it('does not call records skipped as already here "imported"', () => {
    const report = { added: { articles: 1, notes: 0 }, renamed: { articles: 0 }, skipped: { articles: 4, notes: 0 }, conflicts: { notes: 0 }, settingsReplaced: false, invalid: { articles: 0, notes: 2, settings: 0 } };
    const said = describeImport({ ok: true, report });
    expect(said).toBe("Took the file's 5 valid records and left out 2 invalid ones (2 notes): added 1 article and 0 notes; skipped 4 articles and 0 notes already here.");
    expect(said).not.toMatch(/imported/i);
  });

  it('labels the button with how many records go in and how many are skipped', () => {
    expect(importValidLabel({ valid: { articles: 0, notes: 1, settings: 0 }, invalid: { articles: 0, notes: 1, settings: 0 } })).toBe('Import the valid record, skipping 1 invalid one');
  });

  it('groups the digits of large counts, as the limits are worded: "12,000 notes"', () => {
    const report = { added: { articles: 1500, notes: 12_000 }, renamed: { articles: 0 }, skipped: { articles: 0, notes: 2048 }, conflicts: { notes: 0 }, settingsReplaced: false };
    expect(describeImport({ ok: true, report })).toBe('Added 1,500 articles and 12,000 notes; skipped 0 articles and 2,048 notes already here.');
    expect(importValidLabel({ valid: { articles: 0, notes: 4200, settings: 0 }, invalid: { articles: 1000, notes: 0, settings: 0 } })).toBe('Import the 4,200 valid records, skipping 1,000 invalid ones');
  });
});
