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

  it('must not change: a state or a region called a commodity\'s producer stays a place', () => {
    expect(typeOf('Alaska, one of the largest oil producers in the country, said revenue fell.', 'Alaska')).toBe('place');
    expect(typeOf('Iowa, the largest pork producer, reported a record.', 'Iowa')).toBe('place');
    expect(typeOf('Sichuan, the largest pork producer in China, culled pigs.', 'Sichuan')).toBe('place');
    expect(typeOf('Alberta, the country\'s largest oil producer, said royalties rose.', 'Alberta')).toBe('place');
    expect(firmAppositionVote(', one of the largest dairy producers in Germany, said')).toBe(0);
    expect(firmAppositionVote(', the steel producer, said', 'Ohio')).toBe(0);
    // A business's word still votes whatever the name ("Chester, the regional lender").
    expect(firmAppositionVote(', the nation\'s largest lender, said', 'Ohio')).toBe(2);
  });
});
