import { describe, expect, it } from 'vitest';
import { annotatedPage, seedMatcher } from '../../tests/support/seed-knowledge';
import { annotateText } from './annotate';
import { buildMatcherPackage, compileMatcher } from './matcher';
import { demonyms, placeLexicon, placeVariants } from './places';
import type { Entity, PageAnnotation } from './types';

const matcher = seedMatcher();

// A page written for this test, in wire style, about the seeds' topic.
const PAGE = [
  'JENIN, West Bank — Israeli Prime Minister Benjamin Netanyahu said on Tuesday that the army would press on in Jenin, where at least 50 militants have been killed since January 21, 2025.',
  'Netanyahu’s office said Witkoff would travel to Doha on Feb. 4 to meet Qatari mediators and the Egyptian intelligence chief Hassan Rashad.',
  'The ceasefire in the Gaza Strip has held for 15 days. Aid agencies said conditions in the Strip remained dire, and Ahmed Karimi, a doctor in Khan Younis, said 1,200 people were waiting for treatment.',
  'Hamas said it would free three hostages on Saturday. The IDF said the U.S. had been told.',
].join('\n\n');
const { found, at } = annotatedPage(PAGE);

describe('annotateText on a page paragraph', () => {
  it('links stored people with minimal spans: no title, no demonym, no possessive', () => {
    expect(at('Benjamin Netanyahu')).toMatchObject({ kind: 'person', entityId: 'person:benjamin-netanyahu' });
    expect(at('Netanyahu', 2)).toMatchObject({ kind: 'person', canonical: 'Benjamin Netanyahu' });
    expect(found.some((a) => a.text.includes('Israeli') || a.text.includes('Prime'))).toBe(false);
    expect(found.some((a) => a.text.endsWith('’s'))).toBe(false);
  });

  it('links a stored person by surname alone: "Witkoff" → Steve Witkoff', () => {
    expect(at('Witkoff')).toMatchObject({ entityId: 'person:steve-witkoff', canonical: 'Steve Witkoff' });
  });

  it('links stored places, organisations and acronym forms', () => {
    expect(at('Jenin')).toMatchObject({ kind: 'place', entityId: 'place:jenin' });
    expect(at('Gaza Strip')).toMatchObject({ kind: 'place', entityId: 'place:gaza-strip' });
    expect(at('Hamas')).toMatchObject({ kind: 'org', entityId: 'org:hamas' });
    expect(at('IDF')).toMatchObject({ kind: 'org', canonical: 'Israel Defense Forces' });
    expect(at('U.S.')).toMatchObject({ kind: 'place', canonical: 'United States' });
  });

  it('links "the Strip" after "Gaza Strip" to it', () => {
    expect(at('Strip', 2)).toMatchObject({ entityId: 'place:gaza-strip' });
  });

  it('marks names the store does not know as unlinked, typed where evidence allows', () => {
    expect(at('Doha')).toMatchObject({ kind: 'place', entityId: null, canonical: 'Doha' });
    expect(at('Ahmed Karimi')).toMatchObject({ kind: 'person', entityId: null });
    expect(at('Hassan Rashad')).toMatchObject({ kind: 'person', entityId: null });
    expect(at('Khan Younis')).toMatchObject({ kind: 'place', entityId: null });
  });

  it('marks numbers and dates with their parsed quantity', () => {
    expect(at('at least 50 militants')).toMatchObject({ kind: 'number', quantity: { value: 50, unit: 'militants', qualifier: 'at least' } });
    expect(at('January 21, 2025')).toMatchObject({ kind: 'date', quantity: { iso: '2025-01-21' } });
    expect(at('Feb. 4')).toMatchObject({ kind: 'date' });
    expect(at('15 days')).toMatchObject({ kind: 'number', quantity: { value: 15 } });
    expect(at('1,200 people')).toMatchObject({ kind: 'number', quantity: { value: 1200 } });
    expect(at('three hostages')).toMatchObject({ kind: 'number', quantity: { value: 3, unit: 'hostages' } });
  });

  it('leaves weekdays, demonyms and sentence-initial words alone', () => {
    const texts = found.map((a) => a.text);
    for (const not of ['Tuesday', 'Saturday', 'Qatari', 'Egyptian', 'Aid', 'The']) expect(texts).not.toContain(not);
  });

  it('returns sorted, non-overlapping spans whose text is the page text', () => {
    for (let i = 0; i < found.length; i++) {
      const a = found[i] as PageAnnotation;
      expect(PAGE.slice(a.start, a.end)).toBe(a.text);
      if (i > 0) expect(a.start).toBeGreaterThanOrEqual((found[i - 1] as PageAnnotation).end);
    }
  });

  it('shifts offsets by the chunk base, quantities included', () => {
    const shifted = annotateText(matcher, PAGE, 1000);
    expect(shifted.map((a) => a.start - 1000)).toEqual(found.map((a) => a.start));
    const q = shifted.find((a) => a.quantity);
    expect(q && q.quantity ? q.quantity.start : -1).toBe(q?.start);
  });

  it('finds nothing in text without names or numbers', () => {
    expect(annotateText(matcher, 'the talks went on late into the night and nobody left.')).toEqual([]);
    expect(annotateText(matcher, '')).toEqual([]);
  });

  it('prefers the longer discovered name over a linked part of it: "Trump Tower" is not Trump', () => {
    const a = annotateText(matcher, 'Protesters gathered outside Trump Tower in Manhattan.');
    expect(a.find((x) => x.text.startsWith('Trump'))?.text).toBe('Trump Tower');
    expect(a.find((x) => x.text === 'Trump Tower')?.entityId).toBeNull();
  });
});

describe('annotateText on a long page', () => {
  // The time is npm run bench's to measure; here only what chunking must keep.
  it('annotates a page of 7,000 words in 20k-character chunks, the marks at their page offsets', () => {
    const paragraphs = PAGE.split('\n\n');
    const parts: string[] = [];
    let words = 0;
    for (let i = 0; words < 7_000; i++) {
      const p = paragraphs[i % paragraphs.length] ?? '';
      parts.push(p);
      words += p.split(/\s+/).length;
    }
    const text = parts.join('\n\n');
    expect(text.length).toBeGreaterThan(2 * 20_000);
    const marks: PageAnnotation[] = [];
    for (let s = 0; s < text.length; s += 20_000) marks.push(...annotateText(matcher, text.slice(s, s + 20_000), s));
    expect(marks.length).toBeGreaterThan(1000);
    for (const m of marks) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('titles at a sentence start', () => {
  it('leave a stored name its own, linked span', () => {
    const text = 'Former U.S. President Donald Trump said so. PM Netanyahu agreed.';
    const people = annotateText(matcher, text).filter((a) => a.kind === 'person');
    expect(people.map((a) => [a.text, a.entityId !== null])).toEqual([['Donald Trump', true], ['Netanyahu', true]]);
  });
});

describe('a stored name the page writes with other accents', () => {
  const stored = (id: string, name: string, type: Entity['type']): Entity => ({ id, name, type, aliases: [name], description: null, mentions: [], related: [] });
  const accented = compileMatcher(
    buildMatcherPackage(
      { version: 'v1', articles: [], entities: [stored('person:pedro-sanchez', 'Pedro Sánchez', 'person')], facts: [], topic: { weights: {}, threshold: 0.15 } },
      [],
      [],
    ),
  );
  const linked = (text: string): [string, string | null, string | null][] =>
    annotateText(accented, text).map((a) => [text.slice(a.start, a.end), a.entityId, a.canonical]);

  it('links it, over exactly the characters the page wrote, named as stored', () => {
    expect(linked('Pedro Sanchez’s plan, Sanchez said.')).toEqual([
      ['Pedro Sanchez', 'person:pedro-sanchez', 'Pedro Sánchez'],
      ['Sanchez', 'person:pedro-sanchez', 'Pedro Sánchez'],
    ]);
  });

  it('links a name the page writes decomposed ("a" + U+0301), which only discovery finds', () => {
    const text = 'On Monday Pedro Sa\u0301nchez said so.';
    expect(linked(text)).toEqual([['Pedro Sa\u0301nchez', 'person:pedro-sanchez', 'Pedro Sánchez']]);
  });
});

describe('a stored event named by one word before its noun ("the Eaton fire")', () => {
  const stored = (id: string, name: string, type: Entity['type']): Entity => ({ id, name, type, aliases: [name], description: null, mentions: [], related: [] });
  const fires = compileMatcher(
    buildMatcherPackage(
      {
        version: 'v1',
        articles: [],
        entities: [stored('event:eaton', 'Eaton', 'event'), stored('place:pacific-palisades', 'Pacific Palisades', 'place'), stored('event:palisades', 'Palisades', 'event')],
        facts: [],
        topic: { weights: {}, threshold: 0.15 },
      },
      [],
      [],
    ),
  );
  const typed = (text: string): [string, string, string | null][] =>
    annotateText(fires, text).map((a) => [text.slice(a.start, a.end), a.kind, a.entityId]);

  it('is that event before its noun, also one shared with another name ("the Palisades and Eaton fires")', () => {
    expect(typed('The Eaton fire spread. The Palisades and Eaton fires burned.')).toEqual([
      ['Eaton', 'event', 'event:eaton'],
      ['Palisades', 'event', 'event:palisades'],
      ['Eaton', 'event', 'event:eaton'],
    ]);
  });

  it('is what it was named for without its noun: a company that speaks, the place of a longer name', () => {
    expect(typed('Eaton said its orders rose.')).toEqual([['Eaton', 'org', null]]);
    expect(typed('Embers flew into Pacific Palisades. Homes burned in the Palisades alone.')).toEqual([
      ['Pacific Palisades', 'place', 'place:pacific-palisades'],
      ['Palisades', 'place', 'place:pacific-palisades'],
    ]);
  });
});

describe('a stored name the page gives a plural head ("Los Angeles and Ventura counties")', () => {
  const stored = (id: string, name: string): Entity => ({ id, name, type: 'place', aliases: [name], description: null, mentions: [], related: [] });
  const places = compileMatcher(
    buildMatcherPackage(
      {
        version: 'v1',
        articles: [],
        entities: [stored('place:los-angeles', 'Los Angeles'), stored('place:los-angeles-county', 'Los Angeles County')],
        facts: [],
        topic: { weights: {}, threshold: 0.15 },
      },
      [],
      [],
    ),
  );

  it('links the county, not the city written the same; the city alone stays the city', () => {
    const text = 'Winds hit Los Angeles and Ventura counties. Los Angeles was calm.';
    expect(annotateText(places, text).map((a) => [text.slice(a.start, a.end), a.entityId])).toEqual([
      ['Los Angeles', 'place:los-angeles-county'],
      ['Ventura', null],
      ['Los Angeles', 'place:los-angeles'],
    ]);
  });
});

describe('a stored place the page names as its side ("Washington" of the "Washington Capitals")', () => {
  const stored: Entity = { id: 'place:washington-dc', name: 'Washington D.C.', type: 'place', aliases: ['Washington D.C.', 'Washington'], description: null, mentions: [], related: [] };
  const index = { version: 'v1', articles: [], entities: [stored], facts: [], topic: { weights: {}, threshold: 0.15 } };
  const sides = compileMatcher(buildMatcherPackage(index, placeLexicon(), demonyms(), placeVariants()));
  const marks = (text: string): [string, string | null, string | null][] =>
    annotateText(sides, text)
      .filter((a) => a.text === 'Washington')
      .map((a) => [a.kind, a.entityId, a.canonical]);

  it('is the page\'s side, unlinked, where the page reads it as one', () => {
    const text = 'The Chicago Blackhawks beat the Washington Capitals 4-3. Ovechkin scored for Washington, which had won five in a row.';
    expect(marks(text)).toEqual([['org', null, 'Washington Capitals']]);
  });

  it('stays the stored city elsewhere on such a page', () => {
    const text = 'The Chicago Blackhawks beat the Washington Capitals 4-3. The mayor of Washington was at the game.';
    expect(marks(text)).toEqual([['place', 'place:washington-dc', 'Washington D.C.']]);
  });
});
