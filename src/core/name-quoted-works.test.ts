import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a work\'s title in quotes after the work\'s noun (name-quoted-works)', () => {
  it('is no name, not a person', () => {
    expect(typed('His book about them, "Salt Over Winter", is the only account.')).toEqual([]);
    expect(typed('The film "Blue Harbour Nights" opened on Friday.')).toEqual([]);
    expect(typed('Her memoir titled “Nine Quiet Rooms” won a prize, Ana Ruiz said.')).toEqual([['Ana Ruiz', 'person']]);
  });

  it('after any noun a work is called by, as the apposition reads it (work-nouns.ts): a sitcom, a video game', () => {
    expect(typed('The sitcom "Harbour Street Nights" ran for six years.')).toEqual([]);
    expect(typed('Her video game “Copper Valley Run” sold well, Ana Ruiz said.')).toEqual([['Ana Ruiz', 'person']]);
  });

  it('is that mention only: the person or place it is named for stays a name elsewhere', () => {
    expect(typed('Her film "Ana Ruiz" opened in May. Ana Ruiz, the singer, died in 1990.')).toEqual([['Ana Ruiz', 'person']]);
    expect(typed('The documentary "Lisbon" won a prize, and Lisbon officials praised it.')).toEqual([['Lisbon', 'place']]);
  });

  // Must not change: a name inside a longer quote, and a quote that is no work's title.
  it('leaves a name in a quoted sentence alone', () => {
    expect(typed('He praised the film, "Ana Ruiz is great".')).toEqual([['Ana Ruiz', 'person']]);
    expect(typed('The crowd chanted "Ana Ruiz" as she left.')).toEqual([['Ana Ruiz', 'person']]);
  });
});
