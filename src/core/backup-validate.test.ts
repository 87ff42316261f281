import { describe, expect, it } from 'vitest';
import { backupToJson, notesToJsonLd } from './backup-format';
import { noteContentKey, planMerge, type ExistingKeys } from './backup-merge';
import { isSiteHost, LIMITS } from './backup-schemas';
import { parseImport } from './backup-validate';
import { siteHost } from './off-sites';
import { DARK_DEFAULT_COLOURS, DEFAULT_SETTINGS, type Note, type StoredArticle } from './records';
import { textHash } from './text-hash';

const paragraphs = ['Hamas released three hostages on Saturday in exchange for 183 Palestinian prisoners.'];
const ARTICLE: StoredArticle = {
  id: 'a1', title: 'Hostages freed', source: 'Wire', url: 'https://news.example.com/a1', date: '2025-02-08', language: 'en',
  paragraphs, textHash: textHash(paragraphs), added: '2025-02-08T12:00:00.000Z',
};
const NOTE: Note = {
  id: 'urn:uuid:1', type: 'Annotation', created: '2025-02-08T12:00:00.000Z', modified: '2025-02-08T12:00:00.000Z',
  body: { type: 'TextualBody', value: '<script>alert(1)</script> stays text', format: 'text/plain' },
  target: { source: 'https://news.example.com/a1', selector: [{ type: 'TextQuoteSelector', exact: 'three hostages', prefix: 'released ', suffix: ' on' }, { type: 'TextPositionSelector', start: 14, end: 28 }] },
  backstory: { pageTitle: 'Hostages freed' },
};
const backup = (over: Record<string, unknown> = {}) => JSON.stringify({ ...JSON.parse(backupToJson({ articles: [ARTICLE], notes: [NOTE], settings: DEFAULT_SETTINGS }, '2025-02-09T00:00:00.000Z')), ...over });

function errorsOf(text: string): string[] {
  const got = parseImport(text);
  if (got.ok) throw new Error('expected errors');
  return got.errors;
}

describe('parseImport', () => {
  it('reads a backup back as it was exported, HTML-looking text untouched', () => {
    const got = parseImport(backup());
    expect(got).toEqual({ ok: true, data: { kind: 'backup', articles: [ARTICLE], notes: [NOTE], settings: DEFAULT_SETTINGS } });
  });

  it('gives a backup made before dark pages had colours of their own the colours it painted there', () => {
    const { darkColours: _none, ...older } = { ...DEFAULT_SETTINGS, colours: { ...DEFAULT_SETTINGS.colours, person: '#123456' } };
    const got = parseImport(backup({ settings: older }));
    expect(got.ok && got.data.settings?.darkColours).toEqual({ ...DARK_DEFAULT_COLOURS, person: '#123456' });
  });

  it('reads a W3C AnnotationCollection', () => {
    const got = parseImport(notesToJsonLd([NOTE]));
    expect(got.ok && got.data.notes).toEqual([NOTE]);
  });

  it('keeps the name a note was written on, checked like other text; a note from before it had none still reads', () => {
    const onTerm: Note = { ...NOTE, backstory: { ...NOTE.backstory, term: 'Ofer Kassif' } };
    expect(parseImport(backup({ notes: [onTerm] }))).toMatchObject({ ok: true, data: { notes: [onTerm] } });
    expect(parseImport(notesToJsonLd([onTerm]))).toMatchObject({ ok: true, data: { notes: [onTerm] } });
    expect(parseImport(backup({ notes: [NOTE] }))).toMatchObject({ ok: true, data: { notes: [NOTE] } });
    expect(errorsOf(backup({ notes: [{ ...NOTE, backstory: { term: 7 } }] }))).toEqual(['notes[0].backstory.term: expected text']);
    expect(errorsOf(backup({ notes: [{ ...NOTE, backstory: { term: '' } }] }))).toEqual(['notes[0].backstory.term: must not be empty']);
  });

  it('takes a note whose name is too long without the name, and counts it', () => {
    const long = { ...NOTE, id: 'urn:uuid:long', backstory: { pageTitle: 'Hostages freed', term: 'x '.repeat(LIMITS.term) } };
    const atLimit = { ...NOTE, id: 'urn:uuid:at', backstory: { term: ` ${'y'.repeat(LIMITS.term)}\n` } };
    for (const text of [backup({ notes: [NOTE, long, atLimit] }), notesToJsonLd([NOTE, long as Note, atLimit])]) {
      const got = parseImport(text);
      expect(got).toMatchObject({ ok: true, data: { termsDropped: 1 } });
      expect(got.ok && got.data.notes.map((n) => n.backstory)).toEqual([NOTE.backstory, { pageTitle: 'Hostages freed' }, { term: 'y'.repeat(LIMITS.term) }]);
    }
    expect(parseImport(backup())).toEqual({ ok: true, data: expect.not.objectContaining({ termsDropped: expect.anything() }) });
    // A note that is invalid anyway is not counted as taken.
    const broken = { ...long, target: { source: 'javascript:0' } };
    expect(parseImport(backup({ notes: [NOTE, broken] }), { skipInvalid: true })).toEqual({ ok: true, data: expect.not.objectContaining({ termsDropped: expect.anything() }) });
  });

  it('reads a term as the popup keeps one: spaces and line breaks made one space, all spaces empty', () => {
    // A file's "  Ofer\n Kassif " read as it was had shown as on “  Ofer Kassif ” in the list.
    const padded = { ...NOTE, backstory: { term: '  Ofer\n Kassif ' } };
    expect(parseImport(backup({ notes: [padded] }))).toMatchObject({ ok: true, data: { notes: [{ backstory: { term: 'Ofer Kassif' } }] } });
    // All spaces had read as a name and shown as on “   ”.
    expect(errorsOf(backup({ notes: [{ ...NOTE, backstory: { term: ' \t ' } }] }))).toEqual(['notes[0].backstory.term: must not be empty']);
  });

  it('says which note has a non-http URL, and where', () => {
    const bad = { ...NOTE, target: { source: 'javascript:alert(1)' } };
    expect(errorsOf(backup({ notes: [NOTE, NOTE, NOTE, bad].map((n, i) => ({ ...n, id: `n${i}` })) }))).toEqual(['notes[3].target.source: expected an http(s) URL']);
  });

  it('lists every problem, not only the first', () => {
    const errors = errorsOf(backup({ articles: [{ ...ARTICLE, date: '08/02/2025', title: 7 }], notes: [{ ...NOTE, created: 'yesterday' }] }));
    expect(errors).toEqual(
      expect.arrayContaining(['articles[0].title: expected text', 'articles[0].date: expected a date (yyyy-mm-dd)', 'notes[0].created: expected an ISO date-time']),
    );
  });

  it('rejects duplicate ids within the file', () => {
    expect(errorsOf(backup({ notes: [NOTE, { ...NOTE, body: { ...NOTE.body, value: 'other' } }] }))).toEqual(['notes[1].id: duplicate of notes[0] ("urn:uuid:1")']);
  });

  it('rejects over-long strings', () => {
    expect(errorsOf(backup({ notes: [{ ...NOTE, body: { ...NOTE.body, value: 'x'.repeat(100_001) } }] }))).toEqual(['notes[0].body.value: longer than 100,000 characters']);
  });

  it('rejects what is not JSON, not an object, or not ours', () => {
    expect(errorsOf('{"format": ')[0]).toMatch(/^\(file\): not valid JSON/);
    // A binary file sent as text: the message quotes none of its unprintable bytes.
    const png = errorsOf('\uFFFDPNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR')[0] ?? '';
    expect(png).toMatch(/^\(file\): not valid JSON/);
    expect(png).not.toMatch(/[\p{C}\uFFFD]/u);
    expect(errorsOf('[1,2]')).toEqual(['(file): not a Backstory backup or a W3C annotation collection, but a list of 2 items, perhaps another app’s export']);
    expect(errorsOf('"hello"')).toEqual(['(file): not a Backstory backup or a W3C annotation collection, but a single piece of text']);
    expect(errorsOf('{"hello": 1}')).toEqual(['(file): not a Backstory backup or a W3C annotation collection, but other data (its fields: hello), perhaps another app’s export']);
    expect(errorsOf(backup({ version: 2 }))).toEqual(['This backup was made by a newer version of Backstory (backup version 2; this one reads version 1). Update Backstory, then import the file again.']);
    // A version that is no newer one is what the schema says it is.
    for (const version of [0, '1', 1.5]) expect(errorsOf(backup({ version }))).toEqual(['version: unsupported backup version (expected 1)']);
  });

  it('says a Library articles file is not a backup, and where it goes instead', () => {
    const article = { title: 'Truce holds', source: 'Wire', url: null, date: '2025-02-04', paragraphs: ['One.'] };
    const list = 'This looks like a list of articles, not a backup: add it from Library → Add from files.';
    expect(errorsOf(JSON.stringify([article, { title: 'Second', text: 'Two.' }]))).toEqual([list]);
    expect(errorsOf(JSON.stringify({ title: 'Truce holds', text: 'One.' }))).toEqual(['This looks like an article, not a backup: add it from Library → Add from files.']);
    // A backup with a bad version is still a backup, and says so.
    expect(errorsOf(JSON.stringify({ ...article, format: 'backstory-backup', version: 2 }))[0]).toMatch(/^This backup was made by a newer version of Backstory/);
  });

  it('says an empty file is empty, and a missing field is missing', () => {
    expect(errorsOf('')).toEqual(['(file): the file is empty']);
    expect(errorsOf(' \n')).toEqual(['(file): the file is empty']);
    expect(errorsOf(backup({ exported: undefined }))).toEqual(['exported: missing (required)']);
  });

  it('says a record\'s missing field is missing, not that the record is of the wrong kind', () => {
    const { created: _created, body: _body, ...partial } = NOTE;
    expect(errorsOf(backup({ notes: [partial] }))).toEqual(['notes[0].created: missing (required)', 'notes[0].body: missing (required)']);
    // A field of the wrong kind keeps its schema's words.
    expect(errorsOf(backup({ notes: [{ ...NOTE, body: 5 }] }))).toEqual(['notes[0].body: expected a TextualBody']);
  });

  it('caps a flood of errors with a count of the rest', () => {
    const notes = Array.from({ length: 80 }, (_, i) => ({ ...NOTE, id: `n${i}`, modified: 'soon' }));
    const errors = errorsOf(backup({ notes }));
    expect(errors).toHaveLength(51);
    expect(errors[50]).toBe('… and 30 more');
  });

  it('groups the digits of the count of the rest, as the popup writes counts', () => {
    const notes = Array.from({ length: 1_100 }, (_, i) => ({ ...NOTE, id: `n${i}`, modified: 'soon' }));
    expect(errorsOf(backup({ notes })).at(-1)).toBe('… and 1,050 more');
  });
});

describe('parseImport with some records invalid', () => {
  const BAD_NOTE = { ...NOTE, id: 'urn:uuid:bad', target: { source: 'javascript:alert(1)' } };
  const notes = [NOTE, BAD_NOTE, { ...NOTE, id: 'urn:uuid:2', body: { ...NOTE.body, value: 'second' } }];

  it('by default refuses the file, lists the problem and says what skipping it would take', () => {
    expect(parseImport(backup({ notes }))).toEqual({
      ok: false,
      errors: ['notes[1].target.source: expected an http(s) URL'],
      skippable: { valid: { articles: 1, notes: 2, settings: 1 }, invalid: { articles: 0, notes: 1, settings: 0 } },
    });
  });

  it('asked to skip them, gives the valid records and counts the others', () => {
    const got = parseImport(backup({ notes, settings: { ...DEFAULT_SETTINGS, hoverDelayMs: 'soon' } }), { skipInvalid: true });
    expect(got).toEqual({ ok: true, data: { kind: 'backup', articles: [ARTICLE], notes: [notes[0], notes[2]], invalid: { articles: 0, notes: 1, settings: 1 } } });
  });

  it('skips a later record with the id of an earlier one, keeping the first', () => {
    const got = parseImport(backup({ notes: [NOTE, { ...NOTE, body: { ...NOTE.body, value: 'other' } }] }), { skipInvalid: true });
    expect(got.ok && got.data.notes).toEqual([NOTE]);
    expect(got.ok && got.data.invalid).toEqual({ articles: 0, notes: 1, settings: 0 });
  });

  it('takes the valid notes of an AnnotationCollection too', () => {
    const got = parseImport(JSON.stringify({ ...JSON.parse(notesToJsonLd([NOTE])), first: { type: 'AnnotationPage', items: [NOTE, { ...NOTE, id: 'x', created: 'soon' }] } }), { skipInvalid: true });
    expect(got.ok && got.data.notes).toEqual([NOTE]);
  });

  it('still refuses a file with no valid record, a newer version, or a broken frame, even asked to skip', () => {
    const none = backup({ articles: [{ ...ARTICLE, date: 'then' }], notes: [BAD_NOTE], settings: undefined });
    expect(parseImport(none)).toEqual({ ok: false, errors: ['articles[0].date: expected a date (yyyy-mm-dd)', 'notes[0].target.source: expected an http(s) URL'] });
    expect(parseImport(none, { skipInvalid: true }).ok).toBe(false);
    for (const over of [{ version: 2 }, { exported: undefined }, { articles: 'none' }]) {
      const got = parseImport(backup({ ...over, notes }), { skipInvalid: true });
      expect(got.ok, JSON.stringify(over)).toBe(false);
      expect(!got.ok && got.skippable, JSON.stringify(over)).toBeUndefined();
    }
    // A newer backup's records are not looked at: what looks wrong in them may be its form.
    expect(errorsOf(backup({ version: 2, notes }))).toEqual(['This backup was made by a newer version of Backstory (backup version 2; this one reads version 1). Update Backstory, then import the file again.']);
    expect(errorsOf(backup({ version: 7, settings: { types: 'newer' } }))).toEqual(['This backup was made by a newer version of Backstory (backup version 7; this one reads version 1). Update Backstory, then import the file again.']);
  });

  it('counts every invalid record, not only the 50 it lists', () => {
    const many = Array.from({ length: 80 }, (_, i) => ({ ...NOTE, id: `n${i}`, modified: i < 70 ? 'soon' : NOTE.modified }));
    const got = parseImport(backup({ notes: many }));
    expect(!got.ok && got.errors).toHaveLength(51);
    expect(!got.ok && got.skippable?.invalid.notes).toBe(70);
  });
});

describe('planMerge', () => {
  const empty = (): ExistingKeys => ({ articleIds: new Set(), urls: new Set(), textHashes: new Set(), noteIds: new Set(), noteContent: new Set() });

  it('adds what is new and skips exact duplicates by URL, text and note content', () => {
    const existing = empty();
    existing.urls.add(ARTICLE.url!);
    existing.noteIds.add(NOTE.id);
    existing.noteContent.add(noteContentKey(NOTE));
    const sameContent = { ...NOTE, id: 'urn:uuid:2' };
    const other = { ...NOTE, id: 'urn:uuid:3', body: { ...NOTE.body, value: 'a different thought' } };
    const plan = planMerge(existing, { kind: 'backup', articles: [ARTICLE, { ...ARTICLE, id: 'a2', url: null }], notes: [NOTE, sameContent, other] }, 'now');
    expect(plan.notes.map((n) => n.id)).toEqual(['urn:uuid:3']);
    expect(plan.articles).toEqual([]);
    expect(plan.report).toEqual({ added: { articles: 0, notes: 1 }, renamed: { articles: 0 }, skipped: { articles: 2, notes: 2 }, conflicts: { notes: 0 }, settingsReplaced: false });
  });

  it('takes the same text on another name for another note, not a duplicate', () => {
    const on = (term: string | undefined, id: string): Note => ({ ...NOTE, id, backstory: { ...NOTE.backstory, ...(term && { term }) } });
    const existing = empty();
    existing.noteContent.add(noteContentKey(on('Hamas', 'urn:uuid:1')));
    const plan = planMerge(existing, { kind: 'backup', articles: [], notes: [on('Hamas', 'urn:uuid:2'), on('Qatar', 'urn:uuid:3'), on(undefined, 'urn:uuid:4')] }, 'now');
    expect(plan.notes.map((n) => n.id)).toEqual(['urn:uuid:3', 'urn:uuid:4']);
    expect(plan.report).toMatchObject({ added: { notes: 2 }, skipped: { notes: 1 } });
  });

  it('adds a different article under a known id with a free id, as library/add does', () => {
    const existing = empty();
    existing.articleIds.add(ARTICLE.id);
    existing.articleIds.add(`${ARTICLE.id}-2`);
    const plan = planMerge(existing, { kind: 'backup', articles: [ARTICLE], notes: [] }, 'now');
    expect(plan.articles.map((a) => [a.id, a.title])).toEqual([[`${ARTICLE.id}-3`, ARTICLE.title]]);
    // It is in, but not as the file has it: counted apart from those added under their own id.
    expect(plan.report).toMatchObject({ added: { articles: 0 }, renamed: { articles: 1 } });
  });

  it('keeps the stored note under a known id with other content, and counts it as a conflict', () => {
    const existing = empty();
    existing.noteIds.add(NOTE.id);
    existing.noteContent.add(noteContentKey({ ...NOTE, body: { ...NOTE.body, value: 'as stored' } }));
    const plan = planMerge(existing, { kind: 'backup', articles: [], notes: [NOTE] }, 'now');
    expect(plan.notes).toEqual([]);
    expect(plan.report).toMatchObject({ added: { notes: 0 }, skipped: { notes: 0 }, conflicts: { notes: 1 } });
  });

  it('reports the records the file had that were left out as invalid', () => {
    const invalid = { articles: 1, notes: 2, settings: 0 };
    expect(planMerge(empty(), { kind: 'backup', articles: [], notes: [NOTE], invalid }, 'now').report).toMatchObject({ added: { notes: 1 }, invalid });
    expect(planMerge(empty(), { kind: 'backup', articles: [], notes: [NOTE] }, 'now').report).not.toHaveProperty('invalid');
  });

  it('reports the notes taken without their too-long names', () => {
    expect(planMerge(empty(), { kind: 'backup', articles: [], notes: [NOTE], termsDropped: 1 }, 'now').report).toMatchObject({ termsDropped: 1 });
    expect(planMerge(empty(), { kind: 'backup', articles: [], notes: [NOTE] }, 'now').report).not.toHaveProperty('termsDropped');
  });

  it('recomputes the text hash instead of trusting the file', () => {
    const plan = planMerge(empty(), { kind: 'backup', articles: [{ ...ARTICLE, textHash: '0000000000000000' }], notes: [] }, 'now');
    expect(plan.articles[0]?.textHash).toBe(ARTICLE.textHash);
  });
});

describe('isSiteHost', () => {
  it('agrees with siteHost(): whatever it reads from an http(s) address is a host', () => {
    const urls = ['https://www.example.com/a', 'http://my_blog.example.com/', 'http://[::1]:8080/x', 'http://127.1/', 'https://bücher.example/', 'http://EXAMPLE.org./', 'http://a!b$c.example/'];
    for (const url of urls) expect(isSiteHost(siteHost(url)!), url).toBe(true);
    for (const bad of ['', 'example.com/x', 'example.com:80', 'two words', 'bücher.example', 'a'.repeat(254)]) expect(isSiteHost(bad), bad).toBe(false);
  });
});
