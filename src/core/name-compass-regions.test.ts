import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { compassRegion } from './name-compass-regions';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a compass point alone after "the"', () => {
  it('is a region, a place ("Ford’s view of the West", "in the South")', () => {
    expect(typed('The films show how his view of the West grew darker.')).toEqual([['West', 'place']]);
    expect(typed('Most of the plants are in the South.')).toEqual([['South', 'place']]);
  });

  it('leaves a surname and a longer name alone ("Kanye West said", "the West Bank")', () => {
    expect(typed('Kanye West said he would run.')).toEqual([['Kanye West', 'person']]);
    expect(typed('Raids went on in the West Bank.')).toEqual([['West Bank', 'place']]);
  });
});

describe('"the" and the compass point on one line (name-compass-regions.ts)', () => {
  const at = (text: string): boolean => compassRegion(text, text.lastIndexOf('West'), ['West']);
  it('is no region where a line ends in "the" and the next opens with the point', () => {
    expect(at('Notes on the\nWest')).toBe(false);
    expect(at('the\n West')).toBe(false);
  });

  it('must not change: "the" before the point on its line, after any run of spaces', () => {
    expect(at('his view of the West')).toBe(true);
    expect(at('view of the\t West')).toBe(true);
    expect(at('Kanye West')).toBe(false);
  });
});
