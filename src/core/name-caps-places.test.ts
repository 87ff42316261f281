import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a known place written in capitals outside a dateline', () => {
  it('is the place where an apposition or a preposition puts one ("ROME, the capital,", "flew to ROME")', () => {
    expect(typed('Later that week ROME, the capital, was hot and still.')).toEqual([['ROME', 'place']]);
    expect(typed('He flew to ROME on Tuesday.')).toEqual([['ROME', 'place']]);
  });

  it('must not change: a body\'s acronym that spells a town, and capitals no cue puts anywhere', () => {
    expect(typed('NICE said the drug was too costly for the health service.')).toEqual([['NICE', 'org']]);
    expect(typed('He flew to NASA headquarters in Houston.')).toEqual([
      ['NASA', 'org'],
      ['Houston', 'place'],
    ]);
  });
});
