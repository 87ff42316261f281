import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { isRailwayList } from './name-railway-lists';
import { demonyms, placeLexicon, placeVariants } from './places';

const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): string[] => findEntities(text, lexicon).map((m) => `${m.text}:${m.type}`);

describe('a railway named for the places it joins', () => {
  it('is one body, its commas and "and" inside the name', () => {
    expect(typed('Freight on the Harlow, Brent and Morrow Railroad ran late.')).toEqual(['Harlow, Brent and Morrow Railroad:org']);
    expect(typed('Grain moved on the Denver, Salina and Santa Fe Railway last year.')).toEqual(['Denver, Salina and Santa Fe Railway:org']);
  });

  it('takes a serial comma before its "and", and "The" opening the sentence', () => {
    expect(typed('The Chicago, Burlington, and Quincy Railroad ran west.')).toEqual(['Chicago, Burlington, and Quincy Railroad:org']);
  });

  it('leaves places listed before a railway named apart, and a list with no "the", as names of their own', () => {
    expect(typed('Trains ran to Montreal, Maine and Vermont on the Atlantic Railway.')).toEqual([
      'Montreal:place', 'Maine:place', 'Vermont:place', 'Atlantic Railway:org',
    ]);
    expect(typed('She worked in Toronto, Ottawa and Grand Trunk Railway offices.')).toEqual([
      'Toronto:place', 'Ottawa:place', 'Grand Trunk Railway:org',
    ]);
  });

  it('leaves no two places as one name where a word follows the head ("… Railway Museum")', () => {
    const found = typed('Crowds visited the Dunmore, Kell and Brora Railway Museum on Sunday.');
    expect(found).not.toContainEqual(expect.stringMatching(/^Dunmore, Kell:/));
    expect(found).toContainEqual(expect.stringMatching(/^Brora Railway Museum:/));
  });

  it('needs a railway\'s head last and one "and" before the last place', () => {
    expect(isRailwayList(['Atchison', 'Topeka', 'and', 'Santa', 'Fe', 'Railway'])).toBe(true);
    expect(isRailwayList(['Atchison', 'Topeka', 'and', 'Santa', 'Fe'])).toBe(false);
    expect(isRailwayList(['Atchison', 'Topeka', 'Railway'])).toBe(false);
  });
});
