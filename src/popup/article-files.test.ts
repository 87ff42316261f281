import { describe, expect, it } from 'vitest';
import { parseArticleFiles } from './article-files';

const NOW = '2026-03-04T10:00:00.000Z';
const article = { title: 'Ceasefire talks', source: 'Wire', url: 'https://wire.example/a', date: '2025-02-03', language: 'en', paragraphs: ['One.', 'Two.'] };

describe('parseArticleFiles', () => {
  it('reads one article object', () => {
    const got = parseArticleFiles([{ name: 'a.json', text: JSON.stringify(article) }], NOW);
    expect(got).toEqual({ ok: true, articles: [article] });
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
    expect(text).toMatch(/^broken\.json: not valid JSON/m);
    expect(text).toMatch(/^untitled\.json: .*title.*must not be empty/m);
    expect(text).toMatch(/^headline-only\.txt: has a title line but no text/m);
    expect(text).toMatch(/^photo\.png: is not a \.json, \.txt or \.md file/m);
    expect(text).toMatch(/^number\.json: expected an article object or a list/m);
    expect(text).toMatch(/^baddate\.json: .*date/m);
    expect(text).not.toMatch(/good\.json/);
  });

  it('refuses an article without text', () => {
    const got = parseArticleFiles([{ name: 'empty.json', text: JSON.stringify({ title: 'Nothing', paragraphs: ['  '] }) }], NOW);
    expect(got).toEqual({ ok: false, errors: ['empty.json: articles[0]: has no text'] });
  });

  it('says a text too long for one article is too long, with the limit and its size', () => {
    const got = parseArticleFiles([{ name: 'huge.txt', text: `Huge\n${'a'.repeat(1_000_001)}` }], NOW);
    expect(got).toEqual({ ok: false, errors: ['huge.txt: too long for one article (at most 1,000,000 characters; this has 1,000,001)'] });
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
    });
  });
});
