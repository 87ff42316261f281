import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a character or a performer named by one word is a person', () => {
  it('reads the role a singer plays and a name after a performer\'s noun ("the role of Quasimodo", "the dancer Esmeralda")', () => {
    expect(typed('Marco Bellini has sung the role of Rigoletto for ten years.')).toContainEqual(['Rigoletto', 'person']);
    expect(typed('The story follows his love for the dancer Esmeralda.')).toEqual([['Esmeralda', 'person']]);
    expect(typed('A new translation of the poet Rumi sold out.')).toEqual([['Rumi', 'person']]);
  });

  it('leaves a body after a firm\'s noun, a river and a story of a company no person', () => {
    expect(typed('Passengers of the carrier Lufthansa waited.')).toEqual([['Lufthansa', 'org']]);
    expect(typed('The book tells the story of Enron and its fall.')).toEqual([['Enron', 'org']]);
    expect(typed('Barges moved along the river Thames.')).not.toContainEqual(['Thames', 'person']);
  });
});
