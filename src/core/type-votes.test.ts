import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { bestVote, defaultType, noVotes } from './type-votes';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a name with no cue at all', () => {
  it('is a person in two to four words ("Aung San Suu Kyi", "Andrés Manuel López Obrador")', () => {
    expect(typed('The army ousted the elected government of Aung San Suu Kyi.')).toEqual([['Aung San Suu Kyi', 'person']]);
    expect(typed('The rally was for Andrés Manuel López Obrador.')).toEqual([['Andrés Manuel López Obrador', 'person']]);
  });

  it('is a building where a tower heads it ("Grenfell Tower"), a person where a cue says so', () => {
    expect(typed('Grenfell Tower burned in 2017.')).toEqual([['Grenfell Tower', 'place']]);
    expect(typed('Senator John Tower said so.')).toEqual([['John Tower', 'person']]);
    expect(typed('Fans met Jerry Hall.')).toEqual([['Jerry Hall', 'person']]);
  });

  it('takes the default only from its words: a connector makes a person, one word or five an org', () => {
    expect(defaultType(['Jan', 'Paul', 'van', 'Hecke'], false)).toBe('person');
    expect(defaultType(['Nvidia'], false)).toBe('org');
    expect(defaultType(['Avi', 'Ohayon'], true)).toBe('org');
    expect(defaultType(['Avi', 'Ohayon'], false)).toBe('person');
  });
});

describe('the best vote', () => {
  it('is null without a vote, and ties go person before org', () => {
    expect(bestVote(noVotes())).toBeNull();
    expect(bestVote({ ...noVotes(), person: 2, org: 2 })).toBe('person');
    expect(bestVote({ ...noVotes(), place: 1, event: 2 })).toBe('event');
  });
});
