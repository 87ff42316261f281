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

  it('leaves an agency named "Programme" a body', () => {
    expect(typed('The World Food Programme said it would cut rations.')).toEqual([['World Food Programme', 'org']]);
  });
});
