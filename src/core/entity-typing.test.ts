import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a name with no cue at all', () => {
  it('takes no speaker’s vote from the verb after a name governed by a preposition ("Residents of Grenfell Tower had warned")', () => {
    expect(typed('Residents of Grenfell Tower had warned of the risk.')).toEqual([['Grenfell Tower', 'place']]);
    expect(typed('Jerry Hall had warned of the risk.')).toEqual([['Jerry Hall', 'person']]);
  });
});

describe('a known place after a comma', () => {
  it('votes place only when it is the whole name there ("Marlow, Texas"), not the start of a company\'s ("David Burritt, U.S. Steel\'s chief executive")', () => {
    expect(typed('Officials in Marlow, Texas said so.')).toEqual([['Marlow', 'place'], ['Texas', 'place']]);
    expect(typed('David Burritt, U.S. Steel\'s chief executive, said the deal was good.')).toEqual([['David Burritt', 'person'], ['U.S. Steel', 'org']]);
    expect(typed('Mark Halden, U.S. Bank\'s chief executive, said so.')).toEqual([['Mark Halden', 'person'], ['U.S. Bank', 'org']]);
  });
});

describe('a name that opens its sentence, with "Its" opening the next', () => {
  it('is a thing when nothing else could be "its" ("Norvane said the rocket would fly. Its chief …")', () => {
    expect(typed('Norvane said the rocket would fly. Its chief executive said so.')).toEqual([['Norvane', 'org']]);
  });

  it('is not made one where its own sentence names a body by its noun ("Goncalves said the company would … Its shares")', () => {
    expect(typed('Goncalves said the company would restart a furnace. Its shares rose on Monday.')).toEqual([['Goncalves', 'person']]);
  });
});

describe('an apposition naming a kind of event', () => {
  it('types the name an event ("Nippon Connection, the largest festival of Japanese film")', () => {
    expect(typed('Nippon Connection, the largest festival of Japanese film, opened.')).toEqual([['Nippon Connection', 'event']]);
    expect(typed('Berlinale, the biggest festival in Berlin, opened.')).toEqual([['Berlinale', 'event'], ['Berlin', 'place']]);
  });

  it('leaves a role after the event noun to say a person ("Mark Hale, the festival\'s director")', () => {
    expect(typed('Mark Hale, the festival’s director, said so.')).toEqual([['Mark Hale', 'person']]);
  });
});
