import { describe, expect, it } from 'vitest';
import { buildLibrarySearch, RANK, searchLibrary, type SearchableArticle, type SearchableEntity } from './library-search';
import { foldedWords, indexedWords } from './library-search-words';
import { buildWordIndex } from './word-index';

// Newest first, as the library lists them.
const ARTICLES: SearchableArticle[] = [
  { id: 'a', title: 'Truce holds in Gaza', source: 'Wire' },
  { id: 'b', title: 'Envoy lands in Doha', source: 'Jewish Insider' },
  { id: 'c', title: 'Markets close higher', source: 'Wire' },
  { id: 'd', title: 'Talks resume', source: 'Ha’aretz' },
  { id: 'e', title: 'Cabinet meets', source: 'Wire' },
  { id: 'f', title: 'Knesset sits', source: 'Wire' },
];
const TEXTS: Record<string, string> = {
  a: 'Steve Witkoff met mediators. Troops left the Philadelphi corridor.',
  b: 'The envoy met Qatari officials. Nothing about the corridor.',
  c: 'Shares rose on Tuesday.',
  d: 'Négociations à Doha: Witkoff et les médiateurs.',
  e: 'Netanyahu’s cabinet met Tom O\'Brien.',
  f: "Netanyahu spoke to staff. She'll return. It's late, we don't know.",
};
const ENTITIES: SearchableEntity[] = [
  { id: 'person:steve-witkoff', name: 'Steve Witkoff', aliases: ['Witkoff', 'Steve Witkoff'], mentions: ['a', 'd', 'a'].map((articleId) => ({ articleId })) },
  { id: 'org:united-nations', name: 'United Nations', aliases: ['UN'], mentions: [{ articleId: 'c' }] },
  { id: 'person:dana-damato', name: 'Dana D’Amato', aliases: ['D’Amato'], mentions: [{ articleId: 'b' }] },
];
const index = buildLibrarySearch(ARTICLES, ENTITIES, [{ ids: ARTICLES.map((a) => a.id), index: buildWordIndex(ARTICLES.length, (d) => indexedWords(TEXTS[ARTICLES[d]?.id ?? ''] ?? '')) }]);
const found = (q: string): string[] => searchLibrary(index, q).hits.map((h) => `${index.ids[h.doc]}:${h.rank}`);

describe('searchLibrary', () => {
  it('matches every word as a word prefix, case and accent blind, in title, source, names or text', () => {
    expect(found('witk')).toEqual(['a:1', 'd:1']);
    expect(found('philadelphi corridor')).toEqual(['a:2']);
    expect(found('CORRIDOR')).toEqual(['a:2', 'b:2']);
    expect(found('mediateurs')).toEqual(['d:2']);
    // An apostrophe is part of its word, straight or curly: "Ha’aretz" is "ha'aretz".
    expect(found("ha'aretz")).toEqual(['d:0']);
    expect(found('Ha’aretz')).toEqual(['d:0']);
    expect(found('ha aretz')).toEqual([]);
    // Inside a word is no match: "itkoff" is not the start of one.
    expect(found('itkoff')).toEqual([]);
    // Every word must match somewhere.
    expect(found('witkoff shares')).toEqual([]);
  });

  it('reads a possessive or an apostrophe name as one word, in the query and the text alike', () => {
    // Not "netanyahu" + any word starting with "s" ("spoke", "staff" in f).
    expect(found("Netanyahu's")).toEqual(['e:2']);
    expect(found('Netanyahu’s cabinet')).toEqual(['e:2']);
    // The bare name is still a prefix of the possessive.
    expect(found('netanyahu')).toEqual(['e:2', 'f:2']);
    expect(found("o'brien")).toEqual(['e:2']);
    expect(found('O’Brien')).toEqual(['e:2']);
    expect(found('o')).toContain('e:2');
    // A contraction is no other word with its letters.
    expect(found('shell')).toEqual([]);
    expect(found('she’ll')).toEqual(['f:2']);
    // "s" is no longer a word of every possessive: "s" still finds words starting with it.
    // (f holds "It's": "s" is not one of its words.)
    expect(searchLibrary(index, 'Netanyahu s').hits.map((h) => index.ids[h.doc])).toEqual(['f']);
  });

  it('finds a word written with an apostrophe by a query without it, but no contraction', () => {
    // In a source, the text and a name.
    expect(found('haaretz')).toEqual(['d:0']);
    expect(found('haa')).toEqual(['d:0']);
    expect(found('obrien')).toEqual(['e:2']);
    expect(found('OBri')).toEqual(['e:2']);
    expect(found('damato')).toEqual(['b:1']);
    // Without its apostrophe a contraction spells another word: not found by that word.
    expect(found('shell')).toEqual([]);
    expect(found('its')).toEqual([]);
    expect(found('dont')).toEqual([]);
    expect(found("it's")).toEqual(['f:2']);
    expect(found("don't")).toEqual(['f:2']);
    // Nor a possessive by its letters run together.
    expect(found('netanyahus')).toEqual([]);
  });

  it('indexes the bare forms, and queries only as typed', () => {
    expect(indexedWords("O’Brien met Ha'aretz. She'll go.")).toEqual(["o'brien", 'met', "ha'aretz", "she'll", 'go', 'obrien', 'haaretz']);
    expect(foldedWords("O’Brien")).toEqual(["o'brien"]);
  });

  it('ranks title and source first, then names, then text; newest first within a rank', () => {
    expect(found('envoy')).toEqual(['b:0']);
    // "doha" is in b's title and d's text.
    expect(found('doha')).toEqual(['b:0', 'd:2']);
    // A name the text never spells (an alias's expansion) still finds the article.
    expect(found('united nations')).toEqual(['c:1']);
    // The worst word decides: "gaza" in a's title, "witkoff" through a name.
    expect(found('gaza witkoff')).toEqual(['a:1']);
    expect(RANK.title < RANK.name && RANK.name < RANK.text).toBe(true);
  });

  it('says through which names an article matched, leaving out words its title holds', () => {
    const q = searchLibrary(index, 'witkoff');
    expect(q.hits.map((h) => q.namesFor(h.doc))).toEqual([['Steve Witkoff'], ['Steve Witkoff']]);
    const both = searchLibrary(index, 'un markets');
    expect(both.hits.map((h) => both.namesFor(h.doc))).toEqual([['United Nations']]);
    const title = searchLibrary(index, 'truce');
    expect(title.namesFor(title.hits[0]?.doc ?? -1)).toEqual([]);
  });

  it('an empty query finds nothing (the caller lists the library)', () => {
    expect(searchLibrary(index, '  — ').hits).toEqual([]);
  });
});
