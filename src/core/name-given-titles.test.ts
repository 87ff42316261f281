import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a title that is also a given name, before a family name opened by "Al"', () => {
  it('is the given name ("Sultan Al Jaber, the summit\'s president", "Sultan Al-Neyadi")', () => {
    expect(typed("Sultan Al Jaber, the summit's president, asked delegates to stay.")).toEqual([['Sultan Al Jaber', 'person']]);
    expect(typed('The flight was led by Sultan Al-Neyadi, an engineer.')).toEqual([['Sultan Al-Neyadi', 'person']]);
  });

  it('stays a title before a ruler\'s own given name ("Sultan Haitham bin Tariq", "Sultan Ibrahim")', () => {
    expect(typed('Sultan Haitham bin Tariq received the envoy.')).toEqual([['Haitham bin Tariq', 'person']]);
    expect(typed('The visit was hosted by Sultan Ibrahim in the capital.')).toEqual([['Ibrahim', 'person']]);
  });

  it('stays a title after "the" ("met the Sultan Al Said", as it was before the rule)', () => {
    expect(typed('He said the Sultan Al Jaber met delegates on Monday.')).toEqual([['Al Jaber', 'person']]);
    expect(typed('He met the Sultan Al-Said on Monday.')).toEqual([['Al-Said', 'person']]);
  });
});
