import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('"open-air" and "hot-air" capitalised before a noun', () => {
  it('are no names ("Hot Air balloons", "the Open Air theatre")', () => {
    expect(typed('Hot Air balloons filled the sky.')).toEqual([]);
    expect(typed('She acted at the Open Air theatre in London.')).toEqual([['London', 'place']]);
  });

  it('leave an airline before a noun and the name before a verb ("Endeavor Air pilots", "Open Air said")', () => {
    expect(typed('Endeavor Air pilots voted.')).toEqual([['Endeavor Air', 'org']]);
    expect(typed('Open Air said it would close.')).toEqual([['Open Air', 'org']]);
    expect(typed('Hot Air reported the story first.')).toEqual([['Hot Air', 'org']]);
    expect(typed('Open Air closed for the season.')).toEqual([['Open Air', 'org']]);
  });
});
