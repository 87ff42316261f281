import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a demonym of two words', () => {
  it('is no name, before a title, a common noun or alone ("South Korean President Lee", "the Sri Lankan economy")', () => {
    expect(typed('South Korean President Min-ho Lee said the talks would resume.')).toEqual([['Min-ho Lee', 'person']]);
    expect(typed('He met North Korean leader Kim Jong Un.')).toEqual([['Kim Jong Un', 'person']]);
    expect(typed('The Sri Lankan economy grew by 5% last year.')).toEqual([]);
    expect(typed('The Saudi Arabian delegation left on Tuesday.')).toEqual([]);
  });

  it('must not change: names it opens, the country itself and the one-word form', () => {
    expect(typed('South African Airways said flights resumed.')).toEqual([['South African Airways', 'org']]);
    expect(typed('The Central African Republic voted on Sunday.')).toEqual([['Central African Republic', 'place']]);
    expect(typed('Talks in South Korea and Sri Lanka resumed.')).toEqual([['South Korea', 'place'], ['Sri Lanka', 'place']]);
    expect(typed('Korean Air said flights resumed.')).toEqual([['Korean Air', 'org']]);
  });
});
