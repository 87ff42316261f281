import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('an Icelandic place named by its landform noun', () => {
  it('is a place where nothing says body or person', () => {
    expect(typed('Lava broke out at Litlahrútsfjall on Monday.')).toEqual([['Litlahrútsfjall', 'place']]);
    expect(typed('The road to Hólmavík was closed by snow.')).toEqual([['Hólmavík', 'place']]);
    expect(typed('Ash from Mýrdalsjökull grounded flights.')).toEqual([['Mýrdalsjökull', 'place']]);
    expect(typed('Coaches stop at Dettifoss before noon.')).toEqual([['Dettifoss', 'place']]);
  });

  it('leaves English names and short words alone', () => {
    expect(typed('Barnes said the talks had failed.')).toEqual([['Barnes', 'person']]);
    expect(typed('Vatn said the talks had failed.')).toEqual([['Vatn', 'person']]);
  });

  it('is a name opening a sentence alone, though no other evidence is on the page', () => {
    expect(typed('Hólmavík residents were told to stay indoors.')).toEqual([['Hólmavík', 'place']]);
  });
});
