import { describe, expect, it } from 'vitest';
import { bareForm, withBareForms } from './library-search-apostrophes';

describe('bareForm', () => {
  it('drops the apostrophes of a name or a transliteration', () => {
    expect(bareForm("ha'aretz")).toBe('haaretz');
    expect(bareForm("o'brien")).toBe('obrien');
    expect(bareForm("qur'an")).toBe('quran');
    expect(bareForm("sana'a")).toBe('sanaa');
    expect(bareForm("rock'n'roll")).toBe('rocknroll');
  });

  it("keeps a name's bare form under its possessive", () => {
    expect(bareForm("o'brien's")).toBe('obrien');
    expect(bareForm("ha'aretz's")).toBe('haaretz');
  });

  it('has none for a contraction or a possessive: without its apostrophe it spells another word', () => {
    for (const w of ["she'll", "it's", "don't", "we're", "i've", "he'd", "i'm", "netanyahu's"]) expect(bareForm(w)).toBeNull();
  });

  it('has none for a word without an apostrophe', () => {
    expect(bareForm('gaza')).toBeNull();
  });
});

describe('withBareForms', () => {
  it('adds the bare forms after the words, and nothing when there are none', () => {
    expect(withBareForms(["o'brien", 'met', "she'll", "ha'aretz"])).toEqual(["o'brien", 'met', "she'll", "ha'aretz", 'obrien', 'haaretz']);
    const plain = ['gaza', 'truce'];
    expect(withBareForms(plain)).toBe(plain);
  });
});
