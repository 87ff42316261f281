import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { lexicon as places, nonNames } from '../../tests/support/seed-knowledge';
import { annotateText } from './annotate';
import { buildKnowledge } from './knowledge';
import { buildMatcherPackage, compileMatcher } from './matcher';
import type { Article } from './types';

// Every sentence is written for this test. The stored person makes "Keane" and "Blur" surnames.
const lexicon = compileLexicon([['Roy Keane', 'person'], ['Damon Blur', 'person'], ...placeLexicon()], demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a name after a word for a band', () => {
  it('is the band, a body, at every mention, though a stored person has it as a surname', () => {
    expect(typed('A show on the British rock band Keane opened on Friday. Keane, formed in 1995, sold ten million albums.')).toEqual([
      ['Keane', 'org'],
      ['Keane', 'org'],
    ]);
    expect(typed('Fans queued to see the pop group Blur play on Sunday.')).toEqual([['Blur', 'org']]);
    // The band's word at the head of a sentence.
    expect(typed('The metal band Iron Maiden toured Brazil.')).toContainEqual(['Iron Maiden', 'org']);
    expect(typed('The jazz band Snarky Puppy won on Sunday.')).toEqual([['Snarky Puppy', 'org']]);
  });

  it('leaves the surname a person’s where no band word stands before it, or a title does', () => {
    expect(typed('Keane said on Friday that the rock band would tour again.')).toEqual([['Keane', 'person']]);
    expect(typed('The band’s manager, Mr. Keane, said the tour would go on.')).toEqual([['Keane', 'person']]);
    expect(typed('The band played on. Keane said the crowd was loud.')).toEqual([['Keane', 'person']]);
  });
});

// The stored person's surname on a page about a band (page-namesakes).
describe('a stored person’s surname after a word for a band', () => {
  const article: Article = {
    id: 'a', title: 'A report', source: 'Test Wire', url: null, date: '2025-06-01', language: 'en',
    paragraphs: ['Harlan Keane, the firm’s founder, said on Monday the plant would close. Keane said 200 jobs would go.'],
  };
  const matcher = compileMatcher(buildMatcherPackage(buildKnowledge([article], { lexicon: places, nonNames }), places, nonNames));
  const keane = (text: string): string[] =>
    annotateText(matcher, text)
      .filter((a) => a.text === 'Keane')
      .map((a) => `${a.kind}:${a.entityId === null ? 'unlinked' : 'linked'}`);

  it('is a namesake, the band, at every mention', () => {
    expect(keane('A show on the British rock band Keane opened. Keane, formed in 1995, sold ten million albums.')).toEqual(['org:unlinked', 'org:unlinked']);
  });

  it('stays the stored person where no band word stands right before it', () => {
    expect(keane('Keane said the band would play at the plant’s closing party.')).toEqual(['person:linked']);
    expect(keane('The band thanked Keane for the plant’s hall.')).toEqual(['person:linked']);
  });
});

// Must not change: a trio or quartet named by a list of its people (courts, sport, finance).
describe('a trio or quartet named by a list', () => {
  it('leaves its first member a person', () => {
    expect(typed('Police charged the trio Jones, Smith and Brown on Monday. Jones, 34, told the court he was innocent.').filter(([n]) => n === 'Jones')).toEqual([
      ['Jones', 'person'],
      ['Jones', 'person'],
    ]);
    expect(typed('Investors include the trio Ackman, Loeb and Icahn. Ackman said on Tuesday he would sell.').filter(([n]) => n === 'Ackman')).toEqual([
      ['Ackman', 'person'],
      ['Ackman', 'person'],
    ]);
  });

  it('still makes a trio or band named once a body', () => {
    expect(typed('The jazz trio played. Fans cheered the piano trio Fennimore on Sunday.')).toEqual([['Fennimore', 'org']]);
    expect(typed('Fans saw the rock band Rush, from Toronto, on Friday.')).toContainEqual(['Rush', 'org']);
  });
});
