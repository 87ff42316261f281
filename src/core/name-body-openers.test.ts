import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a league of a sport opening a sentence (name-body-openers, "League")', () => {
  it('keeps its first word where the page writes that word lower case too', () => {
    expect(typed('Crowds returned to a major venue. Major League Baseball has let teams sell every seat.')).toEqual([
      ['Major League Baseball', 'org'],
    ]);
    expect(typed('In a major step, Major League Soccer expanded to Austin.')).toEqual([
      ['Major League Soccer', 'org'],
      ['Austin', 'place'],
    ]);
  });

  it('leaves a league of two words and a rank before a person as they were', () => {
    expect(typed('Ivy League schools reopened their campuses.')).toEqual([['Ivy League', 'org']]);
    expect(typed('Premier League clubs voted on Monday.')).toEqual([['Premier League', 'org']]);
    expect(typed('Major Tom Reed said the league would meet.')).toEqual([['Major Tom Reed', 'person']]);
  });
});
