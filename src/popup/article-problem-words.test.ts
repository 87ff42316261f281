import { describe, expect, it } from 'vitest';
import { parseArticleFiles, tooLargeToAdd, MAX_ADD_BYTES } from './article-files';
import { articleProblemInWords } from './article-problem-words';

const NOW = '2026-03-04T10:00:00.000Z';

describe('articleProblemInWords', () => {
  it('names an article of a list by its number and title, and its field in words', () => {
    const list = [{ title: 'Pier reopens' }, { title: 'Ferry fares rise', url: 42 }];
    expect(articleProblemInWords('f.json', 'articles[1].url: expected an http(s) URL', list, true)).toBe('f.json, article 2 (“Ferry fares rise”): its address (url) should be a web address starting with http:// or https://.');
  });

  it('says "the" field of a file of one article, and a paragraph by its number', () => {
    expect(articleProblemInWords('one.json', 'articles[0].paragraphs[2]: longer than 100,000 characters', [{}], false)).toBe('one.json: paragraph 3 is longer than 100,000 characters.');
    expect(articleProblemInWords('one.json', 'articles[0].source: expected text, found 7', [{}], false)).toBe('one.json: the source should be text, not 7.');
  });

  it('numbers an untitled article of a list, and keeps a problem of the whole list as said', () => {
    expect(articleProblemInWords('l.json', 'articles[4]: has no text', [], true)).toBe('l.json, article 5: it has no text.');
    expect(articleProblemInWords('l.json', 'articles: more than 50,000 articles', [], true)).toBe('l.json: more than 50,000 articles.');
  });
});

describe('files a reader might pick by mistake', () => {
  it('says an empty .json file is empty, not that it is not JSON', () => {
    expect(parseArticleFiles([{ name: 'blank.json', text: '  \n' }], NOW)).toEqual({ ok: false, errors: ['blank.json is empty.'] });
  });

  it('refuses files too large to add before reading them, saying the size and the limit', () => {
    expect(tooLargeToAdd([{ name: 'small.json', size: 1000 }])).toBeNull();
    const huge = MAX_ADD_BYTES + 30 * 1024 * 1024;
    expect(tooLargeToAdd([{ name: 'dump.json', size: huge }])).toBe('dump.json is too large to add (80 MB; Backstory adds at most 50 MB of files at a time). Split its articles into smaller files and add them one by one.');
    expect(tooLargeToAdd([{ name: 'a.json', size: huge / 2 }, { name: 'b.json', size: huge / 2 }])).toMatch(/^These 2 files are too large to add together \(80 MB; .*\)\. Add them a few at a time\.$/);
  });
});
