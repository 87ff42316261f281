import { describe, expect, it } from 'vitest';
import { encodingNotice, parseArticleFiles, readPickedFiles } from './article-files';

const NOW = '2026-03-04T10:00:00.000Z';
const article = { title: 'Ceasefire talks', source: 'Wire', url: 'https://wire.example/a', date: '2025-02-03', language: 'en', paragraphs: ['One.', 'Two.'] };

describe('parseArticleFiles', () => {
  it('reads one article object', () => {
    const got = parseArticleFiles([{ name: 'a.json', text: JSON.stringify(article) }], NOW);
    expect(got).toEqual({ ok: true, articles: [article], notices: [] });
  });

  it('reads a list of articles, across several files', () => {
    const got = parseArticleFiles(
      [
        { name: 'list.JSON', text: JSON.stringify([article, { ...article, url: null, title: 'Second' }]) },
        { name: 'note.txt', text: '\uFEFFThe headline\n\nFirst paragraph.\nSecond paragraph.\n' },
      ],
      NOW,
    );
    expect(got.ok).toBe(true);
    if (!got.ok) return;
    expect(got.articles.map((a) => a.title)).toEqual(['Ceasefire talks', 'Second', 'The headline']);
    expect(got.articles[2]).toEqual({ title: 'The headline', text: 'First paragraph.\nSecond paragraph.' });
  });

  it('names the file and the problem, and adds nothing when any file is bad', () => {
    const got = parseArticleFiles(
      [
        { name: 'good.json', text: JSON.stringify(article) },
        { name: 'broken.json', text: '{"title": ' },
        { name: 'untitled.json', text: JSON.stringify({ ...article, title: '' }) },
        { name: 'headline-only.txt', text: 'Just a title\n\n' },
        { name: 'photo.png', text: 'PNG' },
        { name: 'number.json', text: '42' },
        { name: 'baddate.json', text: JSON.stringify({ ...article, date: '3 Feb 2025' }) },
      ],
      NOW,
    );
    expect(got.ok).toBe(false);
    if (got.ok) return;
    const text = got.errors.join('\n');
    // Our sentence, not the parser's (which differs by browser; it goes to the console).
    expect(text).toMatch(/^broken\.json is not JSON, so it could not be read as articles( \(at line \d+, column \d+\))?\.$/m);
    expect(text).not.toMatch(/Unexpected|JSON\.parse|not valid JSON/i);
    expect(text).toMatch(/^untitled\.json: the title is empty\.$/m);
    expect(text).toMatch(/^headline-only\.txt has a title line but no text after it\.$/m);
    expect(text).toMatch(/^photo\.png is not a \.json, \.txt or \.md file\.$/m);
    expect(text).toMatch(/^number\.json is not an articles file: expected an article/m);
    expect(text).toMatch(/^baddate\.json: the date should be a date \(yyyy-mm-dd\)\.$/m);
    expect(text).not.toMatch(/good\.json/);
  });

  it('says plainly that JSON holding no article is not an articles file, and what is expected', () => {
    const got = parseArticleFiles([{ name: 'x.json', text: '{"hello": 1}' }, { name: 'y.json', text: '[1, {"a": 2}]' }], NOW);
    const expected = 'is not an articles file: expected an article (an object with a "title" and its "text" or "paragraphs") or a list of them.';
    expect(got).toEqual({ ok: false, errors: [`x.json ${expected}`, `y.json ${expected}`] });
    // An article with a field wrong is named in words, not by its path ("articles[0].title").
    expect(parseArticleFiles([{ name: 'z.json', text: '{"text": "Body."}' }], NOW)).toEqual({ ok: false, errors: ['z.json: the title is missing.'] });
    // A field of the wrong type is said in words, not as the checker's "Invalid type: Expected Array".
    expect(parseArticleFiles([{ name: 'p.json', text: '{"title": "Harbour", "paragraphs": 5}' }], NOW)).toEqual({ ok: false, errors: ['p.json: the paragraphs should be a list, not 5.'] });
  });

  it('sends a backup or a notes file to Settings → Import', () => {
    const got = parseArticleFiles(
      [
        { name: 'backup.json', text: JSON.stringify({ format: 'backstory-backup', version: 1, articles: [article], notes: [] }) },
        { name: 'notes.json', text: JSON.stringify({ type: 'AnnotationCollection', first: { items: [] } }) },
      ],
      NOW,
    );
    expect(got).toEqual({
      ok: false,
      errors: ['backup.json is a Backstory backup, not an articles file: import it from Settings → Import a backup…', 'notes.json holds notes (W3C annotations), not articles: import it from Settings → Import a backup…'],
    });
  });

  it('refuses an article without text', () => {
    const got = parseArticleFiles([{ name: 'empty.json', text: JSON.stringify({ title: 'Nothing', paragraphs: ['  '] }) }], NOW);
    expect(got).toEqual({ ok: false, errors: ['empty.json: the article has no text.'] });
  });

  it('says a text too long for one article is too long, with the limit and its size', () => {
    const got = parseArticleFiles([{ name: 'huge.txt', text: `Huge\n${'a'.repeat(1_000_001)}` }], NOW);
    expect(got).toEqual({ ok: false, errors: ['huge.txt is too long for one article (at most 1,000,000 characters; this has 1,000,001).'] });
  });

  it('writes the limits in problems with their digits grouped, as the popup writes counts', () => {
    const long = JSON.stringify({ title: 'Tide tables', paragraphs: ['The harbour opened at dawn.', 'w'.repeat(100_001)] });
    const many = JSON.stringify({ title: 'Tide tables', paragraphs: Array.from({ length: 5001 }, (_, i) => `Line ${i}.`) });
    const got = parseArticleFiles([{ name: 'long.json', text: long }, { name: 'many.json', text: many }], NOW);
    expect(got).toEqual({ ok: false, errors: ['long.json: paragraph 2 is longer than 100,000 characters.', 'many.json: the article has more than 5,000 paragraphs.'] });
  });

  it('reads a .md file: the heading its title, Markdown marks gone from the text', () => {
    const md = '\n# Ceasefire *holds* #\n\nThe [UN](https://un.org/a "UN") said **talks** resume, per_snake_case.\n\n## Next\nMore _here_.\n';
    const got = parseArticleFiles([{ name: 'notes.md', text: md }, { name: 'b.Markdown', text: 'Title\n\nBody.' }], NOW);
    expect(got).toEqual({
      ok: true,
      articles: [
        { title: 'Ceasefire holds', text: 'The UN said talks resume, per_snake_case.\n\nNext\nMore here.' },
        { title: 'Title', text: 'Body.' },
      ],
      notices: [],
    });
  });

  it('takes a .md file\'s title, date, source and url from its front matter, which is not text', () => {
    const md = '---\ntitle: "Rafah: the crossing reopens"\ndate: 2025-02-03\nsource: Wire\nurl: https://wire.example/rafah\nlayout: post\n---\n\n# Rafah: the crossing  reopens\n\nTrucks went through [Rafah](https://en.wikipedia.org/wiki/Rafah_(city)) on Monday.\n';
    const plain = '---\ntitle: Notes from the desk\n---\nFirst line is text here.\n\nSecond.';
    const got = parseArticleFiles([{ name: 'rafah.md', text: md }, { name: 'desk.md', text: plain }], NOW);
    expect(got).toEqual({
      ok: true,
      articles: [
        { title: 'Rafah: the crossing reopens', date: '2025-02-03', source: 'Wire', url: 'https://wire.example/rafah', text: 'Trucks went through Rafah on Monday.' },
        { title: 'Notes from the desk', text: 'First line is text here.\n\nSecond.' },
      ],
      notices: [],
    });
  });

  it('names a front matter title with no text under it', () => {
    const got = parseArticleFiles([{ name: 'a.md', text: '---\ndate: March 3\n---\nTitle\n\nText.' }, { name: 'b.md', text: '---\ntitle: Alone\n---\n\n# Alone\n' }], NOW);
    expect(got).toEqual({ ok: false, errors: ['b.md has a title but no text.'] });
  });

  it('adds every file of a batch when one has a site-relative url or an unreadable date, saying what it left out', () => {
    const hugo = '---\ntitle: Truce holds\nurl: /posts/truce/\ndate: 3 Febr 2025\n---\nBody.';
    const words = '---\ntitle: Talks resume\ndate: February 3, 2025\n---\nBody.';
    const got = parseArticleFiles([{ name: 'x.md', text: hugo }, { name: 'y.md', text: words }, { name: 'a.json', text: JSON.stringify(article) }], NOW);
    expect(got).toEqual({
      ok: true,
      articles: [{ title: 'Truce holds', text: 'Body.' }, { title: 'Talks resume', date: '2025-02-03', text: 'Body.' }, article],
      notices: ['x.md: its front-matter url “/posts/truce/” is not a full http(s) address, so it has none.', 'x.md: its front-matter date “3 Febr 2025” was not understood, so it is dated today.'],
    });
  });

  it('takes a setext heading for the title, as it does a # heading; a rule at the top is no heading', () => {
    const got = parseArticleFiles([{ name: 'a.md', text: 'Truce holds\n===========\n\nBody.' }, { name: 'b.md', text: '---\n\nTruce holds\n-----------\nBody.\n\n---\n\nMore.' }], NOW);
    expect(got).toEqual({
      ok: true,
      articles: [
        { title: 'Truce holds', text: 'Body.' },
        { title: 'Truce holds', text: 'Body.\n\n\n\nMore.' },
      ],
      notices: [],
    });
  });
});

/** Bytes as the popup gets them: a File from the file input. */
const fileOf = (name: string, bytes: readonly number[]): File => new File([new Uint8Array(bytes)], name);
const utf16 = (s: string, bigEndian: boolean): number[] => [...s].flatMap((c) => {
  const u = c.charCodeAt(0);
  return bigEndian ? [u >> 8, u & 0xff] : [u & 0xff, u >> 8];
});
const utf8 = (s: string): number[] => [...new TextEncoder().encode(s)];
const BODY = 'Café\nThe résumé — “quoted”.';

describe('readPickedFiles', () => {
  async function articlesOf(...files: File[]): Promise<unknown> {
    const got = parseArticleFiles(await readPickedFiles(files), NOW);
    return got.ok ? got.articles : got.errors;
  }
  const expected = { title: 'Café', text: 'The résumé — “quoted”.' };

  it('reads UTF-8, with or without its byte-order mark', async () => {
    expect(await articlesOf(fileOf('a.txt', utf8(BODY)), fileOf('b.txt', [0xef, 0xbb, 0xbf, ...utf8(BODY)]))).toEqual([expected, expected]);
  });

  it('reads UTF-16 by its byte-order mark, little- and big-endian', async () => {
    expect(await articlesOf(fileOf('le.txt', [0xff, 0xfe, ...utf16(BODY, false)]), fileOf('be.txt', [0xfe, 0xff, ...utf16(BODY, true)]))).toEqual([expected, expected]);
  });

  it('reads bytes that are not UTF-8 as Windows-1252', async () => {
    // "Café … résumé" as Windows Notepad's "ANSI" writes it: é is E9, … is 85.
    const cp1252 = [...'Caf'].map((c) => c.charCodeAt(0)).concat([0xe9, 0x0a, 0x85, 0x20, 0x72, 0xe9, 0x73, 0x75, 0x6d, 0xe9, 0x20, 0x93, 0x71, 0x94]);
    expect(await articlesOf(fileOf('ansi.txt', cp1252))).toEqual([{ title: 'Café', text: '… résumé “q”' }]);
  });

  it('says which files it read as Windows-1252, and none for UTF-8 or UTF-16', async () => {
    const ansi = [0x43, 0x61, 0x66, 0xe9, 0x0a, 0x42, 0x6f, 0x64, 0x79];
    const picked = await readPickedFiles([fileOf('utf8.txt', utf8(BODY)), fileOf('le.txt', [0xff, 0xfe, ...utf16(BODY, false)]), fileOf('x.txt', ansi)]);
    expect(encodingNotice(picked, true)).toBe('x.txt was read as Windows-1252 (Western European). If its letters look wrong, delete the article, save the file as UTF-8 and add it again.');
    expect(encodingNotice(picked, false)).toBe('x.txt was read as Windows-1252 (Western European). If its letters look wrong, save the file as UTF-8 before adding it again.');
    expect(encodingNotice(picked.slice(0, 2), true)).toBeUndefined();
    const many = await readPickedFiles(['a.txt', 'b.md', 'c.txt', 'd.txt', 'e.json'].map((n) => fileOf(n, ansi)));
    expect(encodingNotice(many, true)).toBe('a.txt, b.md, c.txt and 2 more files were read as Windows-1252 (Western European). If their letters look wrong, delete those articles, save the files as UTF-8 and add them again.');
    expect(encodingNotice(many, false)).toBe('a.txt, b.md, c.txt and 2 more files were read as Windows-1252 (Western European). If their letters look wrong, save the files as UTF-8 before adding them again.');
    expect(encodingNotice(many.slice(0, 2), true)).toMatch(/^a\.txt and b\.md were read as/);
  });

  it('refuses a file that is not text, and never keeps a NUL', async () => {
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0];
    const controls = utf8('Title\n').concat(Array.from({ length: 40 }, (_, i) => (i % 2 ? 0x41 : 0x01 + (i % 8))));
    const got = parseArticleFiles(await readPickedFiles([fileOf('x.txt', png), fileOf('y.json', controls), fileOf('utf16-no-mark.txt', utf16(BODY, false))]), NOW);
    expect(got).toEqual({ ok: false, errors: ['x.txt is not a text file.', 'y.json is not a text file.', 'utf16-no-mark.txt is not a text file.'] });
  });
});
