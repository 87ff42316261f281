import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { voteContext } from './entity-typing';
import { noVotes, type Votes } from './type-votes';

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

describe('the words around a mention, read on its line', () => {
  const votesOf = (text: string, name: string): Votes => {
    const start = text.indexOf(name);
    const votes = noVotes();
    voteContext({ text, start, end: start + name.length, titled: false, orgSuffix: false, afterThe: false, isPlace: (n) => n === 'Israel' }, votes);
    return votes;
  };

  it('votes from the phrase on the same line ("Tom Reyes, 34,", "Vask said", "Boko Haram have")', () => {
    expect(votesOf('Tom Reyes, 34, was hurt.', 'Tom Reyes').person).toBe(3);
    expect(votesOf('Notes on Vask said nothing.', 'Vask').person).toBe(2);
    expect(votesOf('Boko Haram have claimed it.', 'Boko Haram').org).toBe(2);
    expect(votesOf('They met at Kerem Shalom, about 40 kilometres away.', 'Kerem Shalom').place).toBe(3);
    expect(votesOf('Ascension, which is based in St. Louis.', 'Ascension').firm).toBe(3);
    expect(votesOf('carmakers such as Bello and Tarsus', 'Tarsus').firm).toBe(2);
    expect(votesOf('Tel Aviv, Israel', 'Tel Aviv').place).toBe(2);
  });

  it('takes no vote from a phrase a line break cuts: a heading\'s name over the paragraph\'s words', () => {
    expect(votesOf('Tom Reyes, 34,\nwas hurt.', 'Tom Reyes').person).toBe(0);
    expect(votesOf('Notes on Vask\nsaid nothing.', 'Vask').person).toBe(0);
    expect(votesOf('Boko Haram\nhave claimed it.', 'Boko Haram').org).toBe(0);
    expect(votesOf('They met at Kerem Shalom, about\n40 kilometres away.', 'Kerem Shalom').place).toBe(0);
    expect(votesOf('Ascension, which is\nbased in St. Louis.', 'Ascension').firm).toBe(0);
    expect(votesOf('carmakers such as\nBello and Tarsus', 'Tarsus').firm).toBe(0);
    expect(votesOf('Tel Aviv,\nIsrael', 'Tel Aviv').place).toBe(0);
  });
});
