import { describe, expect, it } from 'vitest';
import { findOccurrence, listTopics, loadPages, loadSeeds, pageProblems, pageText } from './eval-gold';

describe('findOccurrence', () => {
  const text = 'Israel and Israeli troops; Israel again';
  it('finds the n-th match, counting matches inside longer words', () => {
    expect(findOccurrence(text, 'Israel', 1)).toBe(0);
    expect(findOccurrence(text, 'Israel', 2)).toBe(11);
    expect(findOccurrence(text, 'Israel', 3)).toBe(27);
  });
  it('counts overlapping matches', () => {
    expect(findOccurrence('aaa', 'aa', 2)).toBe(1);
  });
  it('returns -1 past the last match or for bad input', () => {
    expect(findOccurrence(text, 'Israel', 4)).toBe(-1);
    expect(findOccurrence(text, 'Gaza', 1)).toBe(-1);
    expect(findOccurrence(text, 'Israel', 0)).toBe(-1);
    expect(findOccurrence(text, '', 1)).toBe(-1);
  });
});

describe('pageProblems', () => {
  const words = Array.from({ length: 160 }, () => 'word').join(' ');
  const good = {
    id: 'sample',
    title: 'Sample',
    topic: 'on',
    expectOnTopic: true,
    paragraphs: [`Netanyahu met Trump on Feb. 4 and said 33 hostages would go home. ${words}`],
    entities: [
      { text: 'Netanyahu', occurrence: 1, types: ['person'], canonical: 'Benjamin Netanyahu', linked: true },
      { text: 'Trump', occurrence: 1, types: ['person'], canonical: 'Donald Trump', linked: true },
    ],
    numbers: [
      { text: 'Feb. 4', occurrence: 1, kind: 'date' },
      { text: '33 hostages', occurrence: 1, kind: 'number' },
    ],
    facts: [{ text: '33 hostages', occurrence: 1, verdict: 'agrees' }],
  };
  it('accepts a well-formed page', () => {
    expect(pageProblems(good, 'sample')).toEqual([]);
  });
  it('rejects a span that is not in the text', () => {
    const bad = { ...good, entities: [{ ...good.entities[0], occurrence: 2 }] };
    expect(pageProblems(bad, 'sample').join()).toMatch(/"Netanyahu" #2 is not in the text/);
  });
  it('rejects unknown types and a wrong id', () => {
    const bad = { ...good, entities: [{ ...good.entities[0], types: ['politician'] }] };
    const problems = pageProblems(bad, 'other').join('\n');
    expect(problems).toMatch(/bad types/);
    expect(problems).toMatch(/differs from file name/);
  });
  it('rejects overlapping numbers and facts that are not gold numbers', () => {
    const bad = {
      ...good,
      numbers: [...good.numbers, { text: '33', occurrence: 1, kind: 'number' }],
      facts: [{ text: 'Feb', occurrence: 1, verdict: 'agrees' }],
    };
    const problems = pageProblems(bad, 'sample').join('\n');
    expect(problems).toMatch(/overlap/);
    expect(problems).toMatch(/not a gold number/);
  });
  it('rejects an off-topic page that expects highlights', () => {
    expect(pageProblems({ ...good, topic: 'off' }, 'sample').join()).toMatch(/off-topic page must expect rejection/);
  });
});

describe.each(listTopics().map((t) => [t.id, t] as const))('the evaluation topic %s', (_id, topic) => {
  const pages = loadPages(topic);

  it('has its own stored seeds and at least 8 pages with on-, near- and off-topic ones', () => {
    expect(loadSeeds(topic).length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeGreaterThanOrEqual(8);
    const count = (t: string) => pages.filter((p) => p.page.topic === t).length;
    expect(count('on')).toBeGreaterThanOrEqual(3);
    expect(count('near')).toBeGreaterThanOrEqual(2);
    expect(count('off')).toBeGreaterThanOrEqual(3);
  });

  it('resolves every gold span to its own text', () => {
    for (const p of pages) {
      for (const s of [...p.entities, ...p.numbers, ...p.facts]) {
        expect(p.text.slice(s.start, s.end)).toBe(s.text);
      }
      expect(p.text).toBe(pageText(p.page));
    }
  });

  it('gives entity spans word boundaries (no half words)', () => {
    const wordChar = /[\p{L}\p{N}]/u;
    for (const p of pages) {
      for (const s of [...p.entities, ...p.numbers]) {
        const before = p.text[s.start - 1] ?? ' ';
        const after = p.text[s.end] ?? ' ';
        expect(wordChar.test(before) || wordChar.test(after), `${p.page.id}: "${s.text}"`).toBe(false);
      }
    }
  });

  it('annotates every page with entities and numbers, and has facts of both verdicts', () => {
    for (const p of pages) {
      expect(p.entities.length, p.page.id).toBeGreaterThan(5);
      expect(p.numbers.length, p.page.id).toBeGreaterThan(3);
    }
    const verdicts = new Set(pages.flatMap((p) => p.facts.map((f) => f.verdict)));
    expect([...verdicts].sort()).toEqual(['agrees', 'differs']);
  });
});

describe('the evaluation set', () => {
  it('has more than one topic, so a rule tuned to one shows up in another', () => {
    expect(listTopics().length).toBeGreaterThanOrEqual(2);
  });
});
