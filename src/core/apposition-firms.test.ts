import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { firmAppositionVote } from './apposition-firms';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typeOf = (text: string, name: string): string | undefined => findEntities(text, lexicon).find((m) => m.text === name)?.type;

describe('an apposition that calls a town\'s name a business', () => {
  it('makes it a firm\'s ("Merlo, one of the nation\'s largest insurers,")', () => {
    expect(typeOf('Merlo, one of the nation\'s largest insurers, said claims rose.', 'Merlo')).toBe('org');
    expect(typeOf('Shares of Boston, the regional lender based in Ohio, fell.', 'Boston')).toBe('org');
    expect(typeOf('Vale, the iron producer, said output would rise.', 'Vale')).toBe('org');
  });

  it('reads the apposition\'s head noun', () => {
    expect(firmAppositionVote(', one of the largest insurers in Italy, said')).toBe(2);
    expect(firmAppositionVote(', the nation\'s largest automaker hub, said')).toBe(0);
    expect(firmAppositionVote(', a party stronghold, voted')).toBe(0);
  });

  it('must not change: a town called a town, a city, a hub; a person\'s role', () => {
    expect(typeOf('Paris, one of Europe\'s busiest cities, said the count was wrong.', 'Paris')).toBe('place');
    expect(typeOf('Reading, a town west of London, voted on Tuesday.', 'Reading')).toBe('place');
    expect(typeOf('Detroit, the nation\'s automaker hub, lost jobs.', 'Detroit')).toBe('place');
  });
});
