import { describe, expect, it } from 'vitest';
import { lexicon as places, nonNames } from '../../tests/support/seed-knowledge';
import { compileLexicon, findEntities } from './entities';
import { buildKnowledge } from './knowledge';
import { demonyms, placeLexicon, placeVariants } from './places';
import { stateOfAbbreviation } from './state-abbreviations';
import type { Article } from './types';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const named = (text: string): [string, string, string][] =>
  findEntities(text, lexicon).map((m) => [m.text, m.type, m.canonical]);

describe('a state abbreviated after a dateline city', () => {
  it('is the state, with dots between capitals too ("Calif.", "N.C.")', () => {
    expect(named('SANTA CLARA, Calif. — Regulators closed the bank.')).toEqual([
      ['SANTA CLARA', 'place', 'Santa Clara'],
      ['Calif.', 'place', 'California'],
    ]);
    expect(named('RALEIGH, N.C. — The bank agreed.')).toEqual([
      ['RALEIGH', 'place', 'Raleigh'],
      ['N.C.', 'place', 'North Carolina'],
    ]);
  });

  it('leaves a country, a capital\'s district and words that are no state as written', () => {
    expect(named('PROVIDENCE, Guyana — Rain fell.').map((m) => m[2])).toEqual(['Providence', 'Guyana']);
    expect(named('WASHINGTON, D.C. — Rain fell.')[1]).toEqual(['D.C.', 'place', 'D.C.']);
    expect(stateOfAbbreviation('Calif')).toBeUndefined();
    expect(stateOfAbbreviation('toString')).toBeUndefined();
  });

  it('is the state, not the country or the capital, where they share its name', () => {
    expect(named('ATLANTA, Ga. — The state appealed.')[1]).toEqual(['Ga.', 'place', 'Georgia (U.S. state)']);
    expect(named('SEATTLE, Wash. — The council voted.')[1]).toEqual(['Wash.', 'place', 'Washington (state)']);
    expect(named('ATLANTA, Ga. — Officials in Georgia, the country, agreed.')[2]).toEqual(['Georgia', 'place', 'Georgia']);
    expect(named('ARLINGTON, Va. — The agency said so.')[1]).toEqual(['Va.', 'place', 'Virginia']);
  });

  it('is stored as the state written out, one entity with it', () => {
    const article: Article = {
      id: 'svb-1',
      title: 'Bank closed',
      source: 'Test Wire',
      url: null,
      date: '2023-03-10',
      language: 'en',
      paragraphs: ['SANTA CLARA, Calif. — California regulators closed the bank on Friday.'],
    };
    const stored = buildKnowledge([article], { lexicon: places, nonNames }).entities.filter((e) => e.type === 'place');
    expect(stored.map((e) => e.name)).toEqual(['Santa Clara', 'California']);
  });

  it('is stored apart from the capital that shares its name', () => {
    const article: Article = {
      id: 'wa-1',
      title: 'Vote',
      source: 'Test Wire',
      url: null,
      date: '2023-03-10',
      language: 'en',
      paragraphs: ['SEATTLE, Wash. — The council voted on Monday.', 'Officials in Washington, D.C., said they would review it.'],
    };
    const stored = buildKnowledge([article], { lexicon: places, nonNames }).entities.filter((e) => e.type === 'place');
    expect(stored.map((e) => e.name)).toContain('Washington (state)');
    expect(stored.filter((e) => e.name.startsWith('Washington'))).toHaveLength(2);
  });
});
