import { describe, expect, it } from 'vitest';
import { AhoCorasick, type AcMatch } from './aho-corasick';

const spans = (text: string, ms: AcMatch[]): string[] => ms.map((m) => text.slice(m.start, m.end));

describe('AhoCorasick.findLongest', () => {
  it('finds every pattern in one pass, in text order', () => {
    const ac = new AhoCorasick(['Hamas', 'Gaza', 'Israel']);
    const text = 'Israel and Hamas agreed a truce in Gaza.';
    expect(spans(text, ac.findLongest(text))).toEqual(['Israel', 'Hamas', 'Gaza']);
  });

  it('prefers the longest match at the same start: "Gaza Strip" over "Gaza"', () => {
    const ac = new AhoCorasick(['Gaza', 'Gaza Strip', 'Strip']);
    const text = 'fighting in the Gaza Strip resumed';
    expect(spans(text, ac.findLongest(text))).toEqual(['Gaza Strip']);
  });

  it('prefers the leftmost of two overlapping matches', () => {
    const ac = new AhoCorasick(['New York', 'York Times']);
    const text = 'The New York Times said';
    expect(spans(text, ac.findLongest(text))).toEqual(['New York']);
  });

  it('finds patterns that are suffixes of other patterns (dictionary links)', () => {
    const ac = new AhoCorasick(['Benjamin Netanyahu', 'Netanyahu', 'Yahu']);
    const text = 'Mr Netanyahu met aides; Benjamin Netanyahu spoke later.';
    expect(spans(text, ac.findLongest(text))).toEqual(['Netanyahu', 'Benjamin Netanyahu']);
    expect(ac.findAll(text).map((m) => m.pattern)).toEqual([1, 0, 1]);
  });

  it('matches whole words only: not "Israel" inside "Israeli", not "UN" in "UNRWA" or "fUN"', () => {
    const ac = new AhoCorasick(['Israel', 'UN']);
    const text = 'Israeli forces; UNRWA staff; the UN said; fUN; Israel.';
    expect(spans(text, ac.findLongest(text))).toEqual(['UN', 'Israel']);
  });

  it('treats accented letters and other scripts as word characters', () => {
    const ac = new AhoCorasick(['Be', 'Gaza']);
    const text = 'Be’eri and Beé and Gazaé and Gaza,';
    // "Be" before a curly apostrophe is a whole word; before "é" it is not.
    expect(spans(text, ac.findLongest(text))).toEqual(['Be', 'Gaza']);
  });

  it('folds curly apostrophes, so "Be’eri" and "Be\'eri" hit the same pattern', () => {
    const ac = new AhoCorasick(["Be'eri"]);
    expect(ac.findLongest('kibbutz Be’eri was hit').map((m) => m.start)).toEqual([8]);
    expect(ac.findLongest("kibbutz Be'eri was hit").map((m) => m.start)).toEqual([8]);
  });

  it('leaves the possessive outside: "Netanyahu’s government"', () => {
    const ac = new AhoCorasick(['Netanyahu']);
    const text = 'Netanyahu’s government';
    expect(spans(text, ac.findLongest(text))).toEqual(['Netanyahu']);
  });

  it('is case-sensitive: "US" the country, not "us" the pronoun', () => {
    const ac = new AhoCorasick(['US']);
    expect(ac.findLongest('let us talk')).toEqual([]);
    expect(ac.findLongest('the US said')).toHaveLength(1);
  });

  it('handles patterns ending in punctuation: "U.S." before a full stop or a letter-free end', () => {
    const ac = new AhoCorasick(['U.S.']);
    const text = 'flew to the U.S. on Sunday and back from the U.S.';
    expect(ac.findLongest(text).map((m) => m.start)).toEqual([12, 45]);
  });

  it('checks boundaries next to astral characters', () => {
    const ac = new AhoCorasick(['Gaza']);
    expect(ac.findLongest('😀Gaza😀')).toHaveLength(1);
    expect(ac.findLongest('𝐀Gaza')).toHaveLength(0); // a mathematical letter is a letter
  });

  it('returns nothing for no patterns, empty patterns or empty text', () => {
    expect(new AhoCorasick([]).findLongest('Gaza')).toEqual([]);
    expect(new AhoCorasick(['']).findLongest('Gaza')).toEqual([]);
    expect(new AhoCorasick(['Gaza']).findLongest('')).toEqual([]);
  });

  it('recovers after a failed partial match: "Gaza Gaza Strip"', () => {
    const ac = new AhoCorasick(['Gaza Strip']);
    const text = 'Gaza Gaza Strip';
    expect(ac.findLongest(text).map((m) => m.start)).toEqual([5]);
  });

  it('is blind to the accents of Latin letters, both ways, with the page’s own offsets', () => {
    const stored = new AhoCorasick(['Pedro Sánchez', 'Erdoğan', 'São Paulo', 'Zürich']);
    const plain = 'Pedro Sanchez met Erdogan in Sao Paulo, then flew to Zurich.';
    expect(spans(plain, stored.findLongest(plain))).toEqual(['Pedro Sanchez', 'Erdogan', 'Sao Paulo', 'Zurich']);
    const bare = new AhoCorasick(['Pedro Sanchez', 'Erdogan', 'Sao Paulo', 'Zurich']);
    const accented = 'Ü. Pedro Sánchez met Erdoğan’s aide in São Paulo, then flew to Zürich.';
    const found = bare.findLongest(accented);
    expect(spans(accented, found)).toEqual(['Pedro Sánchez', 'Erdoğan', 'São Paulo', 'Zürich']);
    expect(found[0]).toMatchObject({ start: 3, end: 16, pattern: 0 });
  });

  it('folds accents only: other letters, and case, still count', () => {
    const ac = new AhoCorasick(['Sánchez', 'Straße', 'Élysée']);
    const text = 'Sanches, Strase, élysée and ELYSEE';
    expect(ac.findLongest(text)).toEqual([]);
    expect(spans('the Elysee said', ac.findLongest('the Elysee said'))).toEqual(['Elysee']);
  });

  it('matches a stored name typed decomposed ("a" + U+0301) where the page writes it composed', () => {
    const ac = new AhoCorasick(['Sa\u0301nchez']);
    const text = 'Sánchez and Sanchez';
    expect(ac.findLongest(text).map((m) => [m.start, m.end])).toEqual([[0, 7], [12, 19]]);
  });

  it('matches text written decomposed (a letter, then U+0301), over the page’s own marks', () => {
    const ac = new AhoCorasick(['Pedro Sánchez', 'Erdogan', 'Madrid']);
    // NFD, as some CMSs emit: "á" is "a" + U+0301, "ğ" is "g" + U+0306.
    const text = 'Pedro Sa\u0301nchez met Erdog\u0306an in Madrid.';
    const found = ac.findLongest(text);
    expect(spans(text, found)).toEqual(['Pedro Sa\u0301nchez', 'Erdog\u0306an', 'Madrid']);
    expect(found.map((m) => [m.start, m.end])).toEqual([[0, 14], [19, 27], [31, 37]]);
  });

  it('keeps marks after a match’s last letter inside it, and reads several marks on one letter', () => {
    const ac = new AhoCorasick(['Sanchez', 'Nguyễn']);
    const text = 'Sanche\u0301z\u0301, Nguye\u0323\u0302n and Sanchez\u0301';
    expect(spans(text, ac.findLongest(text))).toEqual(['Sanche\u0301z\u0301', 'Nguye\u0323\u0302n', 'Sanchez\u0301']);
  });

  it('drops only marks that follow a Latin letter: other letters and whole words still count', () => {
    const ac = new AhoCorasick(['Sanchez', 'и']);
    expect(ac.findLongest('Sa\u0301nchezo and Sa\u0301nches')).toEqual([]);
    // A Cyrillic "й" written decomposed is not "и".
    expect(ac.findLongest('и\u0306 x')).toEqual([]);
  });

  it('finds in decomposed text what it finds in the same text without the marks', () => {
    const patterns = ['ab', 'abc', 'bc', 'c', 'ca', 'abca'];
    const ac = new AhoCorasick(patterns);
    let seed = 11;
    const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 50; round++) {
      let text = '';
      for (let i = 0; i < 60; i++) text += 'abc  \u0301\u0308'.charAt(Math.floor(rand() * 7));
      const strip = (t: string): string => t.replace(/(?<=[a-c][\u0301\u0308]*)[\u0301\u0308]/g, '');
      const withMarks = ac.findAll(text).map((m) => `${strip(text.slice(0, m.start)).length}:${strip(text.slice(m.start, m.end))}`);
      const plain = strip(text);
      expect(withMarks).toEqual(ac.findAll(plain).map((m) => `${m.start}:${plain.slice(m.start, m.end)}`));
    }
  });

  it('agrees with a naive whole-word search on pseudo-random text', () => {
    const patterns = ['ab', 'abc', 'bc', 'c', 'ca', 'abca'];
    const ac = new AhoCorasick(patterns);
    let seed = 7;
    const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 50; round++) {
      let text = '';
      for (let i = 0; i < 60; i++) text += 'abc  '.charAt(Math.floor(rand() * 5));
      const naive: string[] = [];
      patterns.forEach((p, pi) => {
        for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
          const before = text.charAt(at - 1);
          const after = text.charAt(at + p.length);
          if (!/[a-c]/.test(before) && !/[a-c]/.test(after)) naive.push(`${at}:${pi}`);
        }
      });
      const got = ac.findAll(text).map((m) => `${m.start}:${m.pattern}`);
      expect(got.sort()).toEqual(naive.sort());
    }
  });
});
