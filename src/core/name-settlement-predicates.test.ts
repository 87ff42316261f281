import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { settlementPredicate } from './name-settlement-predicates';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a sentence that says a name is a settlement', () => {
  it('makes it a place, past a founding year ("Lamesa, founded in 1903, has a population of 9,000")', () => {
    expect(typed('Lamesa, founded in 1903, has a population of 9,000.')).toEqual([['Lamesa', 'place']]);
    expect(typed('Lamesa, founded in 1903, is a small town.')).toEqual([['Lamesa', 'place']]);
    expect(settlementPredicate(' is a farming town of 4,000 people.')).toBe(true);
    expect(settlementPredicate(', a county seat, was a village in 1900.')).toBe(true);
  });

  it('must not change: a body founded, a settlement noun that opens a longer phrase, a title', () => {
    expect(typed('Kestrel, founded in 1887, is a small company.')).toEqual([['Kestrel', 'org']]);
    expect(typed('Ismaily, founded in 1924, have struggled this season.')).toEqual([['Ismaily', 'org']]);
    expect(typed('Anna Lee is a town planner.')).toEqual([['Anna Lee', 'person']]);
    expect(settlementPredicate(' is a city council member.')).toBe(false);
    expect(settlementPredicate(' is a small-town bank.')).toBe(false);
    expect(settlementPredicate(' said the town would appeal.')).toBe(false);
  });

  it('must not change: a population that is no count of people ("a population of users", "population data")', () => {
    expect(typed('Last year, Kestrel has a population of users that grows each month.')).toEqual([['Kestrel', 'org']]);
    expect(settlementPredicate(' has population data for every county.')).toBe(false);
    expect(settlementPredicate(' had a population boom.')).toBe(false);
    expect(settlementPredicate(' had a population of just under 10,000 in 2010.')).toBe(true);
    expect(settlementPredicate(' has a population of about 1.2 million.')).toBe(true);
  });

  it('reads the predicate on the name\'s own line: a heading\'s name is no settlement', () => {
    expect(settlementPredicate('\nis a small town in Texas.')).toBe(false);
    expect(settlementPredicate(' has a\npopulation of 9,000.')).toBe(false);
    expect(settlementPredicate(' is a town\nof 4,000 people.')).toBe(false);
    expect(settlementPredicate(' is a  town of 4,000 people.')).toBe(true);
  });
});

describe('an apposition between a name and its settlement predicate', () => {
  it('stays on the name\'s line: no apposition reads across a line break', () => {
    expect(settlementPredicate(', founded in 1903, has a population of 9,000')).toBe(true);
    expect(settlementPredicate(', with its own\nnotes, has a population of 9,000')).toBe(false);
  });
});
