import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a group named with "and"', () => {
  it('is one name when the noun after calls it a group', () => {
    expect(typed('She relied on the Socialists and Democrats group in the vote.')).toEqual([['Socialists and Democrats', 'org']]);
  });

  it('is one name when a short form with "&" spells its sides', () => {
    expect(typed('She relied on the Socialists and Democrats (S&D) in the vote.')[0]).toEqual(['Socialists and Democrats', 'org']);
  });

  it('stays two parties without either ("the Republicans and Democrats agreed")', () => {
    expect(typed('Later the Republicans and Democrats agreed on a budget.')).toEqual([
      ['Republicans', 'org'],
      ['Democrats', 'org'],
    ]);
  });
});

describe('a name the page writes whole once', () => {
  it('joins its other mentions ("the Patriots for Europe group" … "the larger Patriots for Europe")', () => {
    const text = 'René Aust sits apart from the Patriots for Europe group. Talks about joining the larger Patriots for Europe faltered.';
    expect(typed(text)).toEqual([
      ['René Aust', 'person'],
      ['Patriots for Europe', 'org'],
      ['Patriots for Europe', 'org'],
    ]);
  });

  it('joins the other mentions of a group named with "and"', () => {
    const text = 'She relied on the Socialists and Democrats group. Later the Socialists and Democrats voted against it.';
    expect(typed(text).map(([t]) => t)).toEqual(['Socialists and Democrats', 'Socialists and Democrats']);
  });
});

describe('a capitalised plural, "for" and a place', () => {
  it('is one name when nothing else on the page writes the plural ("the larger Patriots for Europe")', () => {
    expect(typed('Talks about joining the larger Patriots for Europe faltered.')).toEqual([['Patriots for Europe', 'org']]);
  });

  it('stays apart before a possessive, a longer name, or where the page writes the plural alone', () => {
    expect(typed('He blamed the Democrats for Europe’s woes.')).toEqual([
      ['Democrats', 'org'],
      ['Europe', 'place'],
    ]);
    expect(typed('The Greens won. She thanked the Greens for Berlin.')).toEqual([
      ['Greens', 'org'],
      ['Greens', 'org'],
      ['Berlin', 'place'],
    ]);
  });
});

describe('a capitalised word after a determiner, "for" and a place', () => {
  it('is one name, a party ("the far-right Alternative for Germany", "whose Alternative for Germany")', () => {
    expect(typed('The far-right Alternative for Germany doubled its support.')).toEqual([['Alternative for Germany', 'org']]);
    expect(typed('Alice Weidel, whose Alternative for Germany is now the largest opposition party, spoke.')).toEqual([
      ['Alice Weidel', 'person'],
      ['Alternative for Germany', 'org'],
    ]);
  });

  it('stays apart with no determiner, after an event\'s head, or where the page writes the word alone', () => {
    expect(typed('Southgate picked Kane for England on Friday.').map(([t]) => t)).toEqual(['Kane', 'England']);
    expect(typed('He thanked Kennedy for Germany on Monday.').map(([t]) => t)).toEqual(['Kennedy', 'Germany']);
    expect(typed('Root won the Cup for England in 2019.').map(([t]) => t)).toEqual(['Cup', 'England']);
    expect(typed('The Alternative won. She thanked the Alternative for Berlin.').map(([t]) => t)).not.toContain('Alternative for Berlin');
  });

  it('stays apart where no place ends it ("Hamas for the first time", "voted for Merz")', () => {
    expect(typed('Hamas for the first time agreed to the terms.').map(([t]) => t)).not.toContain('Hamas for');
    expect(typed('The party’s Alternative for Tuesday’s vote failed.').map(([t]) => t)).not.toContain('Alternative for Tuesday');
    expect(typed('Most delegates voted for Merz on Tuesday.').map(([t]) => t)).toEqual(['Merz']);
  });
});
