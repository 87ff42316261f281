import { describe, expect, it } from 'vitest';
import { regionVotes } from './name-region-places';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a region named by the words around it is a place', () => {
  it('reads a division\'s noun after the name ("the Loire-Atlantique department", "the Ticino canton")', () => {
    expect(typed('The Loire-Atlantique department will pay €2 million of the cost.')).toEqual([['Loire-Atlantique', 'place']]);
    expect(typed('The Ticino canton voted against the plan.')).toEqual([['Ticino', 'place']]);
  });

  it('reads where a person of a trade comes from ("an organ builder from Alsace", "two winemakers from Tokaj")', () => {
    expect(typed('An organ builder from Alsace, Gérard Fourmont, will make the pipes.')).toContainEqual(['Alsace', 'place']);
    expect(typed('Two winemakers from Tokaj said the harvest was late.')).toEqual([['Tokaj', 'place']]);
  });

  it('leaves a body\'s department, a loan and a spokesman\'s employer as before', () => {
    expect(typed('The Justice department said it would appeal.')).not.toContainEqual(['Justice', 'place']);
    expect(typed('A loan from Barclays paid for the plant.')).toEqual([['Barclays', 'org']]);
    expect(typed('A spokesman from Vortexa said prices rose.')).toEqual([['Vortexa', 'org']]);
    expect(typed('A manager from Novartis said it would hire.')).toEqual([['Novartis', 'org']]);
  });

  it('reads origin only after a craft or a trade of the land, not after whom a body sends', () => {
    expect(typed('A reporter from Reuters asked a question.')).toEqual([['Reuters', 'org']]);
    expect(typed('A negotiator from Hamas arrived in Cairo.')).toContainEqual(['Hamas', 'org']);
    expect(typed('An inspector from Ofsted visited the school.')).toEqual([['Ofsted', 'org']]);
    expect(typed('A visitor from Google spoke.')).toEqual([['Google', 'org']]);
    expect(typed('A cheesemaker from Gruyères won the prize.')).toEqual([['Gruyères', 'place']]);
  });
});

describe('regionVotes on one line', () => {
  it('reads a trade "from" the name on its line only', () => {
    expect(regionVotes('Tokaj', 'Two winemakers from ', ' said')).toBe(1);
    expect(regionVotes('Tokaj', 'Two winemakers from\n', ' said')).toBe(0);
    expect(regionVotes('Tokaj', 'Two\nwinemakers from ', ' said')).toBe(0);
  });
});
