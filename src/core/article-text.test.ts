import { describe, expect, it } from 'vitest';
import {
  ArticleTextError,
  articleId,
  buildArticle,
  isPhotoCredit,
  metaProblems,
  parseArticleText,
  splitParagraphs,
  textHash,
} from './article-text';

const meta = { source: 'Wire', url: null, date: '2025-02-03' };

describe('splitParagraphs', () => {
  it('splits on blank lines and on single newlines alike', () => {
    expect(splitParagraphs('One.\n\nTwo.\nThree.\r\n\r\n  Four.  ')).toEqual(['One.', 'Two.', 'Three.', 'Four.']);
  });
  it('collapses runs of spaces and drops a byte-order mark', () => {
    expect(splitParagraphs('\uFEFFA  \t b')).toEqual(['A b']);
  });
});

describe('isPhotoCredit', () => {
  it.each([
    'Avi Ohayon (GPO) / Handout/Anadolu via Getty Images',
    'Photo: Jane Doe',
    'Photograph by Sam Lee for the Herald',
    'MOHAMMED ABED / AFP',
    'Ahmad Gharabli via Reuters',
    '© 2025 Some Agency',
    'Credit: Ministry of Defence',
    'Courtesy of the family',
  ])('drops the credit "%s"', (line) => {
    expect(isPhotoCredit(line)).toBe(true);
  });

  it.each([
    // Captions are sentences and carry facts.
    'Prime Minister Netanyahu speaks at Ben Gurion Airport on February 02, 2025.',
    // Subheadings are text, not credits.
    'Escalation in the West Bank',
    // An agency as the subject of a sentence.
    'AFP reported that 33 hostages would be freed.',
    'Reuters and AP count the dead',
    // A long paragraph that happens to mention Getty Images.
    'The photograph, distributed by Getty Images to hundreds of newspapers around the world on Monday, shows the crowd at the crossing',
  ])('keeps "%s"', (line) => {
    expect(isPhotoCredit(line)).toBe(false);
  });
});

describe('parseArticleText', () => {
  it('takes line 1 as title in headline mode and keeps the standfirst as a paragraph', () => {
    const parsed = parseArticleText('Big headline\nThe standfirst\n\nJohn Roe / AFP\nBody one.\nBody two.', { headline: true });
    expect(parsed.title).toBe('Big headline');
    expect(parsed.paragraphs).toEqual(['The standfirst', 'Body one.', 'Body two.']);
    expect(parsed.dropped).toEqual(['John Roe / AFP']);
  });
  it('keeps line 1 as body text without headline mode', () => {
    expect(parseArticleText('First.\nSecond.').paragraphs).toEqual(['First.', 'Second.']);
  });
  it('rejects empty, binary and mis-decoded text', () => {
    expect(() => parseArticleText('  \n\n ')).toThrow(ArticleTextError);
    expect(() => parseArticleText('abc\u0000def')).toThrow(/NUL/);
    expect(() => parseArticleText('caf\uFFFD au lait')).toThrow(/UTF-8/);
  });
  it('rejects a headline with no body', () => {
    expect(() => parseArticleText('Only a headline', { headline: true })).toThrow(/no body/);
  });
});

describe('ids', () => {
  it('is 16 hex digits, stable and sensitive to the text', () => {
    expect(textHash('')).toBe('cbf29ce484222325'); // FNV-1a 64 offset basis
    expect(textHash('a')).toBe('af63dc4c8601ec8c'); // published FNV-1a 64 test vector
    expect(articleId(['x', 'y'])).toMatch(/^[0-9a-f]{16}$/);
    expect(articleId(['x', 'y'])).toBe(articleId(['x', 'y']));
    expect(articleId(['x', 'y'])).not.toBe(articleId(['x', 'z']));
  });
  it('ignores metadata and line-break style', () => {
    const a = buildArticle('One.\n\nTwo.', { ...meta, title: 'A' });
    const b = buildArticle('One.\r\nTwo.\n', { ...meta, title: 'B', source: 'Other' });
    expect(a.id).toBe(b.id);
  });
});

describe('buildArticle', () => {
  it('builds the stored shape', () => {
    const article = buildArticle('Headline\nStandfirst\nBody.', { ...meta, url: 'https://example.com/a' }, { headline: true });
    expect(article).toEqual({
      id: articleId(['Standfirst', 'Body.']),
      title: 'Headline',
      source: 'Wire',
      url: 'https://example.com/a',
      date: '2025-02-03',
      language: 'en',
      paragraphs: ['Standfirst', 'Body.'],
    });
  });
  it('lists every problem with the metadata', () => {
    expect(metaProblems({ source: '', url: 'ftp://x', date: '2025-02-30', language: 'English' }, null)).toEqual([
      'title is missing (give --title, or --headline to take line 1)',
      'source is missing',
      'date "2025-02-30" is not a calendar date',
      'url "ftp://x" is not an http(s) address (leave it out when unknown)',
      'language "English" is not a BCP 47 tag such as "en"',
    ]);
    expect(metaProblems({ ...meta, date: '3 Feb 2025' }, 'T')).toEqual(['date "3 Feb 2025" is not yyyy-mm-dd']);
    expect(metaProblems({ ...meta, language: 'pt-BR' }, 'T')).toEqual([]);
  });
  it('refuses a title and headline mode together', () => {
    expect(() => buildArticle('H\nBody.', { ...meta, title: 'T' }, { headline: true })).toThrow(/not both/);
  });
});
