import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe("a language's name", () => {
  it('is no entity ("known in Mandarin as …", "spoke Hindi and Tamil")', () => {
    expect(typed('The tycoon, known in Mandarin as Li Wei, was fined.')).toEqual([['Li Wei', 'person']]);
    expect(typed('She spoke in Cantonese and Putonghua to the crowd.')).toEqual([]);
    expect(typed('Ana Ruiz spoke Hindi and Tamil at the rally.')).toEqual([['Ana Ruiz', 'person']]);
  });

  // Must not change: a longer name that opens with a language's name.
  it('leaves names that open with it ("Mandarin Oriental", "Tamil Nadu")', () => {
    expect(typed('The Mandarin Oriental said rooms were full.')).toEqual([['Mandarin Oriental', 'org']]);
    expect(typed('Floods hit Tamil Nadu on Monday.')).toContainEqual(['Tamil Nadu', 'place']);
  });
});
