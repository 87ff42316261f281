import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { notesToJsonLd } from '../core/backup-format';
import { LIMITS } from '../core/backup-schemas';
import { parseImport } from '../core/backup-validate';
import type { Note, NoteDraft } from '../core/records';
import { openStore } from './db';
import { noteFromDraft, notesOnEntity, putNote } from './notes';
import { freshName } from './test-records';

const NOW = '2025-02-05T08:00:00.000Z';
const selector: NonNullable<NoteDraft['selector']> = [{ type: 'TextQuoteSelector', exact: 'Kassif' }, { type: 'TextPositionSelector', start: 3, end: 9 }];
const draft = (over: Partial<NoteDraft>): NoteDraft => ({ text: 'Who is he?', pageUrl: 'https://news.example.com/a#top', ...over });

describe('noteFromDraft', () => {
  it('keeps the page-only name a selection note is on, trimmed', () => {
    expect(noteFromDraft(draft({ selector, term: ' Ofer Kassif ' }), NOW, 'n1').backstory).toEqual({ term: 'Ofer Kassif' });
    // A name over a line break in the page's text is kept on one line.
    expect(noteFromDraft(draft({ selector, term: 'Ofer\n  Kassif' }), NOW, 'n1').backstory).toEqual({ term: 'Ofer Kassif' });
  });

  it('keeps a name over the stored length out of the note, as an import does, and one just within it whole', () => {
    const long = `Ofer ${'K'.repeat(LIMITS.term)}`;
    const made = noteFromDraft(draft({ selector, term: long }), NOW, 'n1');
    expect(made.backstory).toEqual({});
    expect(made.target.selector).toEqual(selector);
    expect(noteFromDraft(draft({ selector, term: ` ${'K'.repeat(LIMITS.term)} ` }), NOW, 'n1').backstory.term).toHaveLength(LIMITS.term);
    // The same note with that name, imported from a file: taken without the name too.
    const imported = parseImport(notesToJsonLd([{ ...made, backstory: { term: long } }]));
    expect(imported.ok && imported.data.notes.map((n) => n.backstory)).toEqual([made.backstory]);
  });

  it('keeps no name on a note made on an entity, on the page, or given a blank one', () => {
    expect(noteFromDraft(draft({ selector, term: 'Kassif', entityId: 'person:ofer-kassif' }), NOW, 'n1').backstory).toEqual({ entityId: 'person:ofer-kassif' });
    expect(noteFromDraft(draft({ term: 'Kassif' }), NOW, 'n1').backstory).toEqual({});
    expect(noteFromDraft(draft({ selector, term: '  ' }), NOW, 'n1').backstory).toEqual({});
    expect(noteFromDraft(draft({ selector }), NOW, 'n1').backstory).toEqual({});
  });
});

describe('notesOnEntity', () => {
  // Through the byTerm index, whose keys are the terms as written: the names are matched by
  // their keys (case, spacing, accents aside) after the read, which no query by key could do.
  it('finds the notes written on any of the names, as the page wrote them, each once', async () => {
    const db = await openStore(freshName());
    const on = (id: string, term: string | undefined, entityId?: string): Note => noteFromDraft(draft({ selector, term, entityId }), NOW, id);
    for (const n of [
      on('exact', 'Pedro Sánchez'),
      on('case-accent', 'PEDRO SANCHEZ'),
      on('spaces', ' Pedro\n  Sánchez '),
      on('alias', 'Sánchez'),
      on('other', 'Feijóo'),
      on('plain', undefined),
      on('made-on', undefined, 'person:pedro-sanchez'),
    ]) await putNote(db, n);
    const ids = async (entityId: string | null, names: string[]) => (await notesOnEntity(db, entityId, names)).map((n) => n.id).sort();
    expect(await ids('person:pedro-sanchez', ['Pedro Sánchez', 'Sánchez'])).toEqual(['alias', 'case-accent', 'exact', 'made-on', 'spaces']);
    expect(await ids(null, ['Sanchez'])).toEqual(['alias']);
    expect(await ids('person:pedro-sanchez', [])).toEqual(['made-on']);
    db.close();
  });
});
