// Numbers written in words (quantity-word-numbers.ts), through the parser. Moved from
// quantities.test.ts.
import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities';
import { only, spans } from '../../tests/support/quantity-spans';

describe('numbers written in words', () => {
  it('counts number words: "two Hamas officials" (unit after a name), "two leaders"', () => {
    const [a, b] = findQuantities('two Hamas officials confirmed it; a dinner between the two leaders');
    expect(a).toMatchObject({ text: 'two', value: 2, unit: 'officials' });
    expect(b).toMatchObject({ text: 'two leaders', value: 2, unit: 'leaders' });
  });
  it('reads a capitalised number word that opens the story after a dateline ("HOUSTON — Four astronauts")', () => {
    expect(spans('HOUSTON — Four astronauts docked on Saturday.')).toEqual(['Four astronauts']);
    expect(spans('KOUROU, French Guiana — Three satellites flew.')).toEqual(['Three satellites']);
    expect(spans('They met the Big Four — Three of them said no.')).toEqual([]);
  });
  it('skips capitalised number words inside a sentence, which are names: "the Six Nations", "Air Force One"', () => {
    expect(spans('the Six Nations match and Air Force One')).toEqual([]);
    expect(spans('Three Israelis were freed.')).toEqual(['Three Israelis']);
  });
  it('skips pronoun and idiom "one": "one of the officials said", "no one", "one another"', () => {
    expect(spans('“That is it,” one of the officials said. No one knew; they blamed one another.')).toEqual([]);
  });
  it('counts "one" with a noun: "one hostage"', () => {
    expect(only('Hamas freed one hostage on Saturday.', 'one hostage').value).toBe(1);
  });
  it('skips number-word compounds that are idioms: "two-state solution"', () => {
    expect(spans('a two-state solution and a one-sided deal')).toEqual([]);
  });
});

describe('a number word a possessive owns', () => {
  it('is the thing itself when no noun follows ("the women\'s eight")', () => {
    expect(findQuantities("The women's eight finished 11 seconds ahead of Navy.").map((q) => q.text)).toEqual(['11 seconds']);
    expect(findQuantities("Oxford's four won by a length.")).toEqual([]);
  });
  it('still counts the noun after it, and digits stay counts', () => {
    expect(findQuantities("The party's two leaders met.").map((q) => q.text)).toEqual(['two leaders']);
    expect(findQuantities("The AfD's 152 voted against.").map((q) => q.text)).toEqual(['152']);
    expect(findQuantities('Hamas freed three on Saturday.').map((q) => q.text)).toEqual(['three']);
  });
});
