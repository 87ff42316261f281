import { describe, expect, it } from 'vitest';
import { sharesMove } from './name-share-owners';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Sentences written for this test, from several domains.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typeOf = (text: string, name: string) => findEntities(text, lexicon).find((m) => m.text === name)?.type;

describe('sharesMove', () => {
  it('reads the phrase on the name\'s line: a heading\'s name owns no shares of the paragraph', () => {
    expect(sharesMove("'s\nshares fell 17%.")).toBe(false);
    expect(sharesMove(' shares\nfell 17%.')).toBe(false);
    expect(sharesMove(' market\nvalue rose.')).toBe(false);
    expect(sharesMove(' stock jumped\namong donors.')).toBe(true);
    expect(sharesMove(' market value hit 180\nmillion.')).toBe(true);
  });
  it('reads shares that move, or a market value, after the name', () => {
    expect(sharesMove("'s shares fell 17% in Frankfurt")).toBe(true);
    expect(sharesMove(' shares jumped 9% on Monday')).toBe(true);
    expect(sharesMove("’s stock had dropped")).toBe(true);
    expect(sharesMove("'s share price closed at $12")).toBe(true);
    expect(sharesMove("'s market value shrank")).toBe(true);
  });

  it('leaves a holding, the verb "shares" and a country\'s market alone', () => {
    expect(sharesMove("'s shares in Tesla were pledged")).toBe(false);
    expect(sharesMove("'s shares were sold to a trust")).toBe(false);
    expect(sharesMove(' shares the prize with two colleagues')).toBe(false);
    expect(sharesMove("'s stock market rose 2%")).toBe(false);
    expect(sharesMove("'s stocks fell")).toBe(false);
  });
});

describe('a company known by its shares (entity typing)', () => {
  it('types a one-word company that also speaks as an org', () => {
    const text =
      'Norvane said on Tuesday that about 11 million of its cars had the fault. Norvane\'s shares fell 17% in Frankfurt on Monday, and the regulator will meet on Wednesday.';
    expect(typeOf(text, 'Norvane')).toBe('org');
  });

  it('leaves a person who speaks and owns shares in a company', () => {
    const text = "Tom Varga said on Tuesday that he would sell. Varga's shares in the bank were pledged to a lender last year.";
    expect(typeOf(text, 'Tom Varga')).toBe('person');
  });

  it('leaves a person whose name is followed by the verb "shares"', () => {
    const text = 'Lena Brandt said on Friday she was delighted. Brandt shares the prize with two colleagues from Lyon.';
    expect(typeOf(text, 'Lena Brandt')).toBe('person');
  });

  it('must not change: a player\'s market value in millions is a transfer estimate, no listed company', () => {
    expect(sharesMove("'s market value hit 180 million euros, according to a data site")).toBe(false);
    expect(sharesMove("'s market value fell to €90m after the injury")).toBe(false);
    expect(sharesMove("'s market value topped $3 trillion on Friday")).toBe(true);
    expect(sharesMove("'s market capitalisation fell to 400 million pounds")).toBe(true);
    const text = "Lukas Brenner said he would stay. Brenner's market value hit 180 million euros, a data site said.";
    expect(typeOf(text, 'Lukas Brenner')).toBe('person');
  });

  it('must not change: a person\'s stock that rises among or with people is their standing', () => {
    expect(sharesMove("'s stock jumped among donors after the debate")).toBe(false);
    expect(sharesMove("'s stock rose with the base")).toBe(false);
    expect(sharesMove("'s stock rose sharply among party members")).toBe(false);
    expect(sharesMove(" stock jumped 5% on Friday")).toBe(true);
    expect(sharesMove("'s shares fell with the market")).toBe(true);
    expect(sharesMove(" stock fell with the Nasdaq")).toBe(true);
    expect(typeOf('Ana Ruiz won the primary. Ruiz\'s stock jumped among donors.', 'Ana Ruiz')).toBe('person');
  });
});
