import { describe, expect, it } from 'vitest';
import { articleSchema, LIMITS } from './backup-schemas';
import { checkArticleInputs, plainFromMarkdown, splitLongParagraph, suffixedId } from './article-input';
import * as v from 'valibot';

const NOW = '2025-02-05T08:00:00.000Z';

describe('splitLongParagraph', () => {
  it('leaves a paragraph within the limit alone', () => {
    expect(splitLongParagraph('Hamas said. Talks resume.', 100)).toEqual(['Hamas said. Talks resume.']);
  });

  it('cuts at the last sentence end before the limit', () => {
    const parts = splitLongParagraph('One two three. Four five six. Seven eight nine.', 35);
    expect(parts).toEqual(['One two three. Four five six.', 'Seven eight nine.']);
  });

  it('cuts at a space when no sentence ends near the limit, and at the limit when there is none', () => {
    expect(splitLongParagraph('aaaa bbbb cccc dddd', 12)).toEqual(['aaaa bbbb', 'cccc dddd']);
    expect(splitLongParagraph('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('never splits a character made of two UTF-16 units', () => {
    expect(splitLongParagraph('abc😀def', 4)).toEqual(['abc', '😀de', 'f']);
  });
});

describe('checkArticleInputs', () => {
  it('turns a one-line text longer than a paragraph into paragraphs the backup schema accepts', () => {
    const text = 'Hamas said the talks would resume. '.repeat(6000).trim();
    const got = checkArticleInputs([{ title: 'Long', text }], NOW);
    if (!got.ok) throw new Error(got.errors.join('\n'));
    const [article] = got.articles;
    expect(article!.paragraphs.length).toBeGreaterThan(1);
    expect(article!.paragraphs.every((p) => p.length <= LIMITS.paragraph && p.endsWith('resume.'))).toBe(true);
    expect(article!.paragraphs.join(' ')).toBe(text);
    expect(v.safeParse(articleSchema, article).success).toBe(true);
  });

  it('says a text too long for one article in words, with the limit and its size', () => {
    const got = checkArticleInputs([{ title: 'Huge', text: 'a'.repeat(1_000_001) }], NOW);
    expect(got).toEqual({ ok: false, errors: ['articles[0].text: too long for one article (at most 1,000,000 characters; this has 1,000,001)'] });
  });

  it('refuses a text of more paragraphs than an article may have', () => {
    const got = checkArticleInputs([{ title: 'Lines', text: 'Line.\n'.repeat(LIMITS.paragraphs + 1) }], NOW);
    expect(got).toEqual({ ok: false, errors: [`articles[0]: more than 5,000 paragraphs`] });
  });
});

describe('suffixedId', () => {
  it('adds "-n", cutting the id so the result stays within the id limit', () => {
    expect(suffixedId('gaza-1', 2)).toBe('gaza-1-2');
    const long = suffixedId('a'.repeat(LIMITS.id), 12);
    expect(long).toHaveLength(LIMITS.id);
    expect(long.endsWith('a-12')).toBe(true);
  });
});

describe('plainFromMarkdown', () => {
  it('drops heading marks, keeping the heading text', () => {
    expect(plainFromMarkdown('# Truce holds\n\n  ## Talks ##\n#\n###### Six')).toBe('Truce holds\n\nTalks\n\nSix');
  });

  it('keeps a # that is not a heading mark', () => {
    expect(plainFromMarkdown('#hashtag and C# stay\n####### seven')).toBe('#hashtag and C# stay\n####### seven');
  });

  it('keeps the text of emphasis and links, and drops images', () => {
    expect(plainFromMarkdown('**Hamas** said *on Saturday* that __three__ _hostages_ ***walked***.')).toBe('Hamas said on Saturday that three hostages walked.');
    expect(plainFromMarkdown('The [UN](https://un.org "title") said ![map](map.png)so.')).toBe('The UN said so.');
  });

  it('keeps the text of a link whose address holds parentheses, with no stray ")"', () => {
    expect(plainFromMarkdown('Strikes on [Rafah](https://en.wikipedia.org/wiki/Rafah_(city)) went on.')).toBe('Strikes on Rafah went on.');
    expect(plainFromMarkdown('See [it](https://x.example/a_(b) "The (title)") and ![m](m_(1).png)[two](https://y.example/).')).toBe('See it and two.');
  });

  it('reads setext headings as their text: the underline goes', () => {
    expect(plainFromMarkdown('Truce holds\n===========\n\nBody.\n\nTalks\n-----\nMore.')).toBe('Truce holds\n\nBody.\n\nTalks\nMore.');
    expect(plainFromMarkdown('A heading on\ntwo lines\n===')).toBe('A heading on two lines');
  });

  it('drops rules, and takes "---" for an underline only right under paragraph text', () => {
    expect(plainFromMarkdown('---\nTitle\n\nOne.\n\n---\n\nTwo.\n* * *\nThree.\n___')).toBe('\nTitle\n\nOne.\n\n\n\nTwo.\n\nThree.\n');
    expect(plainFromMarkdown('# Heading\n---\n- item\n---\n> quote\n---')).toBe('Heading\n\n- item\n\n> quote\n');
  });

  it('leaves lines in a code fence as they are', () => {
    expect(plainFromMarkdown('Text\n\n```\ncode\n---\n```\nAfter')).toBe('Text\n\n```\ncode\n---\n```\nAfter');
  });

  it('leaves * and _ inside words or between spaces alone', () => {
    expect(plainFromMarkdown('snake_case_name, 5 * 3 * 2, a*b*c, * a list item')).toBe('snake_case_name, 5 * 3 * 2, a*b*c, * a list item');
  });
});
