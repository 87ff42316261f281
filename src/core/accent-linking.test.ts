// From a stored article to a page's highlights, accents aside: a store that writes "Pedro
// Sánchez" links a page's "Pedro Sanchez", and the other way round, over the page's own
// characters (knowledge.ts, matcher.ts, aho-corasick.ts and annotate.ts together).
import { describe, expect, it } from 'vitest';
import { annotateText } from './annotate';
import { buildKnowledge } from './knowledge';
import { buildMatcherPackage, compileMatcher } from './matcher';
import { demonyms, placeLexicon } from './places';
import type { Article } from './types';

const lexicon = placeLexicon();
const nonNames = demonyms();
const article = (id: string, paragraphs: string[]): Article => ({ id, title: 'Oil talks', source: 'test wire', url: null, date: '2025-03-03', language: 'en', paragraphs });

const ACCENTED = article('accented', [
  'Spanish Prime Minister Pedro Sánchez met Turkish President Recep Tayyip Erdoğan in São Paulo on Monday, officials said.',
  'Sánchez said the talks with Petróleos Mexicanos, the state oil company, went well. Erdoğan agreed.',
]);
const PLAIN = article('plain', [
  'Pedro Sanchez and Recep Tayyip Erdogan met in Sao Paulo on Monday. Sanchez said Petroleos Mexicanos would help, and Erdogan agreed.',
]);

/** What `page` links to with `stored` in the store: [text, entity id, shown name] per name. */
function linksOn(stored: Article, page: Article): [string, string | null, string | null][] {
  const index = buildKnowledge([stored], { lexicon, nonNames });
  const matcher = compileMatcher(buildMatcherPackage(index, lexicon, nonNames));
  const text = page.paragraphs.join('\n\n');
  return annotateText(matcher, text)
    .filter((a) => a.kind === 'person' || a.kind === 'place' || a.kind === 'org')
    .map((a) => {
      // The span covers exactly what the page wrote.
      expect(text.slice(a.start, a.end)).toBe(a.text);
      return [a.text, a.entityId, a.canonical];
    });
}

describe('names stored with accents, written without them on the page', () => {
  it('link a person, a surname, a place and an organisation, named as stored', () => {
    expect(linksOn(ACCENTED, PLAIN)).toEqual([
      ['Pedro Sanchez', 'person:pedro-sanchez', 'Pedro Sánchez'],
      ['Recep Tayyip Erdogan', 'person:recep-tayyip-erdogan', 'Recep Tayyip Erdoğan'],
      ['Sao Paulo', 'place:sao-paulo', 'São Paulo'],
      ['Sanchez', 'person:pedro-sanchez', 'Pedro Sánchez'],
      ['Petroleos Mexicanos', 'org:petroleos-mexicanos', 'Petróleos Mexicanos'],
      ['Erdogan', 'person:recep-tayyip-erdogan', 'Recep Tayyip Erdoğan'],
    ]);
  });
});

describe('names stored without accents, written with them on the page', () => {
  it('link the same way, over the accented characters', () => {
    expect(linksOn(PLAIN, ACCENTED)).toEqual([
      ['Pedro Sánchez', 'person:pedro-sanchez', 'Pedro Sanchez'],
      ['Recep Tayyip Erdoğan', 'person:recep-tayyip-erdogan', 'Recep Tayyip Erdogan'],
      ['São Paulo', 'place:sao-paulo', 'Sao Paulo'],
      ['Sánchez', 'person:pedro-sanchez', 'Pedro Sanchez'],
      ['Petróleos Mexicanos', 'org:petroleos-mexicanos', 'Petroleos Mexicanos'],
      ['Erdoğan', 'person:recep-tayyip-erdogan', 'Recep Tayyip Erdogan'],
    ]);
  });
});

describe('names on a page written decomposed (a letter, then its combining accent)', () => {
  it('link as the composed names do, each span over the page’s letters and marks', () => {
    const NFD = article('nfd', [ACCENTED.paragraphs.join(' ').normalize('NFD')]);
    expect(NFD.paragraphs[0]).toContain('Sa\u0301nchez');
    expect(linksOn(ACCENTED, NFD)).toEqual([
      ['Pedro Sa\u0301nchez', 'person:pedro-sanchez', 'Pedro Sánchez'],
      ['Recep Tayyip Erdog\u0306an', 'person:recep-tayyip-erdogan', 'Recep Tayyip Erdoğan'],
      ['Sa\u0303o Paulo', 'place:sao-paulo', 'São Paulo'],
      ['Sa\u0301nchez', 'person:pedro-sanchez', 'Pedro Sánchez'],
      ['Petro\u0301leos Mexicanos', 'org:petroleos-mexicanos', 'Petróleos Mexicanos'],
      ['Erdog\u0306an', 'person:recep-tayyip-erdogan', 'Recep Tayyip Erdoğan'],
    ]);
  });
});
