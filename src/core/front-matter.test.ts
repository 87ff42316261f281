import { describe, expect, it } from 'vitest';
import { frontMatterMeta, splitFrontMatter } from './front-matter';

describe('splitFrontMatter', () => {
  it('reads flat key: value lines, plain or quoted, and gives the Markdown after the block', () => {
    const md = '\uFEFF---\r\ntitle: "Ceasefire: talks \\"resume\\""\r\nDate: 2025-02-03 10:00:00 +0000\r\nsource: \'Wire\'\'s desk\' # the desk\r\ntags:\r\n  - gaza\r\nurl: https://wire.example/a#x\r\n---\r\n# Heading\r\nBody.';
    const got = splitFrontMatter(md);
    expect(got?.body).toBe('# Heading\nBody.');
    expect(Object.fromEntries(got?.fields ?? [])).toEqual({ title: 'Ceasefire: talks "resume"', date: '2025-02-03 10:00:00 +0000', source: "Wire's desk", url: 'https://wire.example/a#x' });
  });

  it('passes over block and list values, and closes on "..." too', () => {
    const got = splitFrontMatter('---\ntitle: >\n  Folded\nauthors: [a, b]\n...\nText');
    expect(got).toEqual({ fields: new Map(), body: 'Text' });
  });

  it('is none unless the file opens with "---" and the block is closed and YAML-like', () => {
    expect(splitFrontMatter('Title\n---\ntitle: x\n---\n')).toBeNull();
    expect(splitFrontMatter('---\ntitle: never closed\n')).toBeNull();
    expect(splitFrontMatter('---\nA paragraph under a rule\n---\nText')).toBeNull();
  });
});

describe('frontMatterMeta', () => {
  const meta = (o: Record<string, string>) => frontMatterMeta(new Map(Object.entries(o)));

  it('takes title, source, url and the day of the date', () => {
    expect(meta({ title: 'T', source: 'Wire', url: 'https://wire.example/a', date: '2025-02-03T10:00:00Z', author: 'X' })).toEqual({ title: 'T', source: 'Wire', url: 'https://wire.example/a', date: '2025-02-03' });
    expect(meta({})).toEqual({});
  });

  it('says in words what is wrong with a date or an address', () => {
    expect(meta({ date: '3 Feb 2025' })).toBe('front matter date “3 Feb 2025” is not a date written yyyy-mm-dd');
    expect(meta({ date: '2025-02-30' })).toBe('front matter date “2025-02-30” is not a date written yyyy-mm-dd');
    expect(meta({ url: 'wire.example/a' })).toBe('front matter url “wire.example/a” is not an http(s) address');
  });
});
