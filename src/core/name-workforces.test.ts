import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { workforceVote } from './name-workforces';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a workforce around a name', () => {
  it('makes the name its employer, a body ("Nurses at Kaiser Permanente", "Kaiser Permanente nurses")', () => {
    expect(typed('Nurses at Kaiser Permanente walked out on Monday.')).toEqual([['Kaiser Permanente', 'org']]);
    expect(typed('Kaiser Permanente nurses walked out.')).toEqual([['Kaiser Permanente', 'org']]);
    expect(typed('Machinists at Dorvex Textiles voted to strike.')).toEqual([['Dorvex Textiles', 'org']]);
  });

  it('leaves a person whose verb is a trade’s word, or who speaks of a workforce', () => {
    expect(typed('Ann Hale nurses her mother at home.')).toEqual([['Ann Hale', 'person']]);
    expect(typed('Ann Hale, 52, said nurses were tired.')).toEqual([['Ann Hale', 'person']]);
    expect(workforceVote('He met ', ' pilots the plane')).toBe(0);
  });

  it('leaves a candidate’s campaign workers and a politician’s staffers to their person', () => {
    expect(typed('Campaign workers for Kamala Harris knocked on doors.')).toEqual([['Kamala Harris', 'person']]);
    expect(typed('Two Kamala Harris staffers said she would run.')).toEqual([['Kamala Harris', 'person']]);
    expect(typed('Pilots at Dorvex Air voted to strike.')).toEqual([['Dorvex Air', 'org']]);
  });
});

describe('a workforce\'s words and the name on one line (name-workforces.ts)', () => {
  it('gives no vote across a line break: a heading\'s last words are no workforce\'s', () => {
    expect(workforceVote('Strike of nurses\nat ', ' walked out.')).toBe(0);
    expect(workforceVote('Pay for nurses at\n', ' rose.')).toBe(0);
    expect(workforceVote('', '\nnurses walked out.')).toBe(0);
  });

  it('must not change: the same words on one line, with any run of spaces', () => {
    expect(workforceVote('Nurses  at ', ' walked out.')).toBe(2);
    expect(workforceVote('Pay for nurses at the ', ' rose.')).toBe(2);
    expect(workforceVote('', '\tnurses walked out.')).toBe(2);
    expect(workforceVote('', ' nurses her mother.')).toBe(0);
  });
});
