import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { characterVotes } from './name-characters';
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

  it('reads "the role of" as a part played only after a verb of performing or a kind of role', () => {
    expect(typed('Analysts questioned the role of Nvidia in the rally.')).toEqual([['Nvidia', 'org']]);
    expect(typed('The report looked at the role of Hamas in the attack.')).toEqual([['Hamas', 'org']]);
    expect(typed('Critics cast doubt on the role of Amazon in the market.')).toEqual([['Amazon', 'org']]);
    expect(typed('She played the part of Ophelia at the Globe.')).toContainEqual(['Ophelia', 'person']);
    expect(typed('He was cast in the role of Hamlet.')).toEqual([['Hamlet', 'person']]);
    expect(typed('She will sing the title role of Tosca next spring.')).toEqual([['Tosca', 'person']]);
  });

  it("reads a performer's noun after a sentence's capitalised determiner ('The poet Heaney')", () => {
    expect(typed('The poet Heaney read in Dublin.')).toContainEqual(['Heaney', 'person']);
    expect(typed('The tenor Pavarotti sang in Modena.')).toContainEqual(['Pavarotti', 'person']);
    expect(typed('The carrier Lufthansa cut flights.')).toEqual([['Lufthansa', 'org']]);
  });
});

describe('the words that make a character of a name', () => {
  it('share its line: a heading that ends in a role or a performer casts no one on the next', () => {
    expect(characterVotes('She sang the role of ')).toBe(3);
    expect(characterVotes('She sang the role\nof ')).toBe(0);
    expect(characterVotes('He played for years in\nthe part of ')).toBe(0);
    expect(characterVotes('He met the dancer ')).toBe(2);
    expect(characterVotes('He met the dancer\n')).toBe(0);
  });
});
