import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a place whose head comes first, as French, Spanish and Italian write it', () => {
  it('is one place ("the Stade de France", "the Place de la Concorde", "the Pont Marie")', () => {
    expect(typed('Fans gathered on the Place de la Concorde and at the Stade de France on Friday.')).toEqual([
      ['Place de la Concorde', 'place'],
      ['Stade de France', 'place'],
    ]);
    expect(typed('Boats passed under the Pont Marie before noon.')).toEqual([['Pont Marie', 'place']]);
  });

  it('keeps "des" inside the name ("Promenade des Anglais"), and a person\'s "des" too', () => {
    expect(typed('The finish moved to the Promenade des Anglais in Nice.')).toEqual([
      ['Promenade des Anglais', 'place'],
      ['Nice', 'place'],
    ]);
    expect(typed('The mayor, Michel des Rosiers, said on Friday he would run.')).toContainEqual(['Michel des Rosiers', 'person']);
  });

  it('reads an island named French or Italian fashion as a place ("the Île de la Cité")', () => {
    expect(typed('Shops on the Île de la Cité said trade had doubled.')).toEqual([['Île de la Cité', 'place']]);
    expect(typed('They met on the Ile Saint-Louis and walked to the Isola Bella.')).toEqual([
      ['Ile Saint-Louis', 'place'],
      ['Isola Bella', 'place'],
    ]);
    // "Isla" is left out: a given name as often ("Isla Fisher said").
    expect(typed('Isla Fisher said on Friday she would return.')).toContainEqual(['Isla Fisher', 'person']);
  });

  it('leaves the word alone, or a longer name with an English head, as before', () => {
    expect(typed('Place kicker Juan Ortiz missed twice.')).toEqual([['Juan Ortiz', 'person']]);
    expect(typed('Guests at the Plaza Hotel said the lifts had failed.')).toEqual([['Plaza Hotel', 'org']]);
  });
});

describe('a name before "bridge" or "footbridge"', () => {
  it('is a place, the lower-case head outside ("the Olvera bridge")', () => {
    expect(typed('Boats left from the Olvera bridge at noon.')).toEqual([['Olvera', 'place']]);
    expect(typed('A tableau on the Olvera footbridge drew complaints.')).toEqual([['Olvera', 'place']]);
  });

  it('is not before a lender\'s "bridge loan"', () => {
    expect(typed('The firm took a Nordea bridge loan.')).toEqual([['Nordea', 'org']]);
  });
});

describe('a tower named', () => {
  it('is a place after "the", where no title or person\'s cue is ("from the Eiffel Tower")', () => {
    expect(typed('Dion sang from the Eiffel Tower on Friday.')).toContainEqual(['Eiffel Tower', 'place']);
  });

  it('stays a person with a title ("Senator John Tower said")', () => {
    expect(typed('Senator John Tower said on Friday he would vote.')).toEqual([['John Tower', 'person']]);
  });
});
