import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const names = (text: string): string[] => findEntities(text, lexicon).map((m) => `${m.text}:${m.type}`);

describe('a firm "of" a town its state follows', () => {
  it('is the firm and the town, two names', () => {
    expect(names('The drone, owned by Kestrel Survey Services of Akron, Ohio, was launched at dawn.')).toEqual([
      'Kestrel Survey Services:org',
      'Akron:place',
      'Ohio:place',
    ]);
    expect(names('The crane belongs to Harbor Lift Systems of Tacoma, Wash., a family firm.')).toEqual([
      'Harbor Lift Systems:org',
      'Tacoma:place',
      'Wash.:place',
    ]);
  });

  it('leaves a bank named for its town, a country after "of" and a firm with no state after it whole', () => {
    expect(names('Loans at First National Bank of Omaha, Neb., rose.').slice(0, 1)).toEqual(['First National Bank of Omaha:org']);
    expect(names('The Transportation Safety Board of Canada, Ottawa, said it would help.').slice(0, 1)).toEqual([
      'Transportation Safety Board of Canada:org',
    ]);
    expect(names('The drone, owned by Kestrel Survey Services of Akron, was launched at dawn.')).toEqual(['Kestrel Survey Services of Akron:org']);
  });
});
