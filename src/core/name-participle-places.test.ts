import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a participle’s phrase with no comma before the subject', () => {
  it('ends at the known name, and the subject is a name of its own ("Speaking in Paris Macron said")', () => {
    expect(typed('Speaking in Paris Macron said the deal was fair.')).toEqual([
      ['Paris', 'place'],
      ['Macron', 'person'],
    ]);
    expect(typed('The talks stalled. Writing from Nairobi Otieno Kamau warned of delays.')).toEqual([
      ['Nairobi', 'place'],
      ['Otieno Kamau', 'person'],
    ]);
  });

  it('leaves a known longer name and a run with no verb after it whole', () => {
    expect(typed('Speaking in New York City she said the deal was fair.')).toEqual([['New York City', 'place']]);
    expect(typed('Speaking at Paris Orly Airport yesterday, she smiled.')).toEqual([['Paris Orly Airport', 'place']]);
  });
});
