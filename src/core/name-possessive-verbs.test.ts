import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { possessiveVerbAfter } from './name-possessive-verbs';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a firm named in the possessive, before its verb', () => {
  it('keeps its "\'s" and is a body, even opening a sentence ("Moody\'s cut its outlook")', () => {
    expect(typed('The bonds fell. Fitch\'s cut its outlook, and Standard & Poor\'s lowered its rating.')).toEqual([
      ['Fitch\'s', 'org'],
      ['Standard & Poor\'s', 'org'],
    ]);
    expect(typed('Sales rose, Wendell\'s said.')).toEqual([['Wendell\'s', 'org']]);
  });

  it('must not change: a possessive that owns a noun', () => {
    expect(typed('Jordan\'s share of the vote fell to 12 percent.')).toEqual([['Jordan', 'place']]);
    expect(typed('Ana Ruiz won. Ruiz\'s campaign raised its target.')).toEqual([['Ana Ruiz', 'person'], ['Ruiz', 'person']]);
    expect(possessiveVerbAfter('\'s lowered expectations paid off')).toBe(false);
    expect(possessiveVerbAfter('\'s team cut its costs')).toBe(false);
    expect(possessiveVerbAfter(' said it would')).toBe(false);
  });

  it('must not change: a person\'s "has" before a participle ("Biden\'s said he will run")', () => {
    expect(typed('Morgan\'s testified that he saw the car.')).toEqual([['Morgan', 'person']]);
    expect(typed('Ana Ruiz won. Ruiz\'s said the deal was done.')).toEqual([['Ana Ruiz', 'person'], ['Ruiz', 'person']]);
    expect(possessiveVerbAfter('\'s said she would run')).toBe(false);
    expect(possessiveVerbAfter('\'s said it would close stores')).toBe(true);
  });

  it('reads a past verb before "its", or a speech verb', () => {
    expect(possessiveVerbAfter('\'s downgraded their bonds')).toBe(true);
    expect(possessiveVerbAfter('’s said on Monday')).toBe(true);
    expect(possessiveVerbAfter('\'s cut its outlook')).toBe(true);
  });
});
