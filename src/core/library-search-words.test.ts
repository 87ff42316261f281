import { describe, expect, it } from 'vitest';
import { foldedWords } from './library-search-words';

describe('foldedWords', () => {
  it('lower-cases, drops accents and splits at anything not a letter or digit', () => {
    expect(foldedWords('Négociations à Doha: Netanyahu’s 1,900')).toEqual(['negociations', 'a', 'doha', "netanyahu's", '1', '900']);
    expect(foldedWords('Cease-fire')).toEqual(['cease', 'fire']);
  });

  it('keeps an apostrophe between letters inside the word, folded to one apostrophe', () => {
    expect(foldedWords("Netanyahu's O’Brien Oʼbrien")).toEqual(["netanyahu's", "o'brien", "o'brien"]);
    expect(foldedWords("netanyahu's o'brien")).toEqual(["netanyahu's", "o'brien"]);
    // Quotes around a word, a plural's possessive and a lone letter are no part of a word.
    expect(foldedWords("the 'truce' the envoys’ talks rock 'n' roll")).toEqual(['the', 'truce', 'the', 'envoys', 'talks', 'rock', 'n', 'roll']);
    expect(foldedWords('‘Gaza’ — Ha’aretz')).toEqual(['gaza', "ha'aretz"]);
  });
});
