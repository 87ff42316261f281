import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { endsInPartyPlural } from './name-party-plurals';

// Every sentence is written for this test; the people are made up.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a name ending in a party plural', () => {
  it('is the party, a body, after a person\u2019s possessive too', () => {
    expect(typed('Greta Holm\u2019s Free Democrats lost four seats in the vote.')).toContainEqual(['Free Democrats', 'org']);
    expect(typed('Jonas Vik\u2019s Young Conservatives held a rally on Sunday.')).toContainEqual(['Young Conservatives', 'org']);
  });
  it('needs another word before the plural', () => {
    expect(endsInPartyPlural(['Democrats'])).toBe(false);
    expect(endsInPartyPlural(['Free', 'Democrats'])).toBe(true);
    expect(endsInPartyPlural(['Greta', 'Holm'])).toBe(false);
  });
});
