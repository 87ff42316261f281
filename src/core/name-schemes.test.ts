import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a scheme named for what it does', () => {
  it('is not marked, as a law is not ("the Bank Term Funding Program")', () => {
    expect(typed('Banks borrowed from the Bank Term Funding Program last week.')).toEqual([]);
    expect(typed('The Fed said the Main Street Lending Program would close.')).toEqual([['Fed', 'org']]);
  });

  it('leaves a field or a building of two words as it was ("the Nursing Program", "the Training Facility")', () => {
    expect(typed('She joined the Nursing Program at Ohio State.')).toEqual([['Nursing Program', 'org'], ['Ohio State', 'org']]);
    expect(typed('The Marketing Program director resigned on Monday.')).toEqual([['Marketing Program', 'org']]);
    expect(typed('The Training Facility opened in Tampa.')).toEqual([['Training Facility', 'org'], ['Tampa', 'place']]);
  });

  it('leaves an agency named "Programme" a body', () => {
    expect(typed('The World Food Programme said it would cut rations.')).toEqual([['World Food Programme', 'org']]);
  });
});
