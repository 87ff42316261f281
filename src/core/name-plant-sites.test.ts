import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { plantSiteAfter } from './name-plant-sites';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a name before a power plant’s phrase', () => {
  it('is the plant’s site, a place', () => {
    expect(typed('Lava cut the pipe from the Hellisheiði power plant on Monday.')).toEqual([['Hellisheiði', 'place']]);
    expect(typed('The utility shut the Krafla geothermal power plant for checks.')).toEqual([['Krafla', 'place']]);
    expect(typed('Staff left the Eggborough power station at noon.')).toEqual([['Eggborough', 'place']]);
  });

  it('leaves a firm’s own plant and a plant of another trade alone', () => {
    expect(plantSiteAfter(' assembly plant in Ohio')).toBe(false);
    expect(plantSiteAfter(' plant in Ohio')).toBe(false);
    expect(plantSiteAfter(' powers the plant')).toBe(false);
    expect(typed('The Vistra Energy power plant closed.')).toEqual([['Vistra Energy', 'org']]);
  });
});
