import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { personVerbFollows } from './name-titled-verbs';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a title of office before a lone surname that is a place\'s head', () => {
  it('reads the surname as the officer where a person\'s verb follows ("President Park said")', () => {
    expect(typed('President Park said the talks would resume.')).toEqual([['Park', 'person']]);
    expect(typed('Gen. Park ordered the troops to withdraw.')).toEqual([['Park', 'person']]);
    expect(typed('Minister Hill said the budget was sound.')).toEqual([['Hill', 'person']]);
    expect(typed('Coach Lake has said the team was ready.')).toEqual([['Lake', 'person']]);
  });

  it('must not change: without a person\'s verb, a royal\'s title, or a body\'s head', () => {
    expect(typed('President Street was closed for repairs.')).toEqual([['President Street', 'place']]);
    expect(typed('Admiral Park reopened on Sunday.')).toEqual([['Admiral Park', 'place']]);
    expect(typed('The rally moved to President Park.')).toEqual([['President Park', 'place']]);
    expect(typed('King Park said nothing about the fence.')).toEqual([['King Park', 'place']]);
    expect(typed('American President Lines said rates rose.')).toEqual([['American President Lines', 'org']]);
    expect(typed('President Smith said the talks would resume.')).toEqual([['Smith', 'person']]);
  });

  it('finds the verb right after the words, past an adverb or an auxiliary', () => {
    const text = 'Park also ordered it. Park reopened. Park, he said.';
    expect(personVerbFollows(text, 4)).toBe(true);
    expect(personVerbFollows(text, 26)).toBe(false);
    expect(personVerbFollows(text, 41)).toBe(false);
  });

  it('finds the verb on the name\'s own line only', () => {
    expect(personVerbFollows('Park\nsaid the talks would resume.', 4)).toBe(false);
    expect(personVerbFollows('Park also\nordered it.', 4)).toBe(false);
    expect(personVerbFollows('Park  also ordered it.', 4)).toBe(true);
  });
});
