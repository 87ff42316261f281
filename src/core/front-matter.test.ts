import { describe, expect, it } from 'vitest';
import { frontMatterMeta, readDay, splitFrontMatter } from './front-matter';

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
    expect(meta({ title: 'T', source: 'Wire', url: 'https://wire.example/a', date: '2025-02-03T10:00:00Z', author: 'X' })).toEqual({ meta: { title: 'T', source: 'Wire', url: 'https://wire.example/a', date: '2025-02-03' }, ignored: [] });
    expect(meta({})).toEqual({ meta: {}, ignored: [] });
  });

  it('leaves out a site-relative url or a date it cannot read, and says so, keeping the rest', () => {
    expect(meta({ title: 'T', url: '/posts/x/', date: '3 Febr 2025' })).toEqual({
      meta: { title: 'T' },
      ignored: ['its front-matter url “/posts/x/” is not a full http(s) address, so it has none', 'its front-matter date “3 Febr 2025” was not understood, so it is dated today'],
    });
    expect(meta({ date: '2025-02-30' }).ignored).toEqual(['its front-matter date “2025-02-30” was not understood, so it is dated today']);
    expect(meta({ url: 'wire.example/a' }).meta).toEqual({});
  });
});

describe('readDay', () => {
  it('reads ISO days, with or without a time or leading zeros', () => {
    expect(readDay('2025-02-03')).toBe('2025-02-03');
    expect(readDay('2025-02-03 10:00:00 +0000')).toBe('2025-02-03');
    expect(readDay('2025-2-3T10:00')).toBe('2025-02-03');
  });

  it('reads days with the month in English words', () => {
    for (const d of ['3 Feb 2025', '3 February 2025', '3rd Feb. 2025', 'February 3, 2025', 'Feb 3 2025', 'Feb. 3rd, 2025', 'Mon, 3 Feb 2025 10:00:00 +0000', 'Monday, February 3, 2025']) expect(readDay(d), d).toBe('2025-02-03');
    expect(readDay('Sept 9, 2025')).toBe('2025-09-09');
  });

  it('reads no all-number day other than ISO, no misspelt month and no day that does not exist', () => {
    for (const d of ['03/02/2025', '3.2.2025', '3 Febr 2025', 'March 3', 'February 30, 2025', '2025-02-30', 'yesterday', '']) expect(readDay(d), d).toBeNull();
  });
});
