import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);
const names = (text: string): string[] => typed(text).map(([t]) => t);

describe('an institution whose field lists single words with commas', () => {
  it('is one name ("the Bureau of Alcohol, Tobacco, Firearms and Explosives")', () => {
    expect(typed('Investigators from the Bureau of Alcohol, Tobacco, Firearms and Explosives are examining the ridge.')).toEqual([
      ['Bureau of Alcohol, Tobacco, Firearms and Explosives', 'org'],
    ]);
    expect(names('She ran the Ministry of Agriculture, Fisheries, and Food for a year.')).toEqual(['Ministry of Agriculture, Fisheries, and Food']);
    expect(names('The Department of Culture, Media and Sport said so.')).toEqual(['Department of Culture, Media and Sport']);
  });

  it('is one name again where the page repeats it whole', () => {
    const text = 'The Bureau of Alcohol, Tobacco, Firearms and Explosives is helping. Agents of the Bureau of Alcohol, Tobacco, Firearms and Explosives arrived.';
    expect(names(text)).toEqual(['Bureau of Alcohol, Tobacco, Firearms and Explosives', 'Bureau of Alcohol, Tobacco, Firearms and Explosives']);
  });

  it('still lists places and known names after an institution ("the Department of Health, Gaza and Egypt")', () => {
    expect(names('The plan was backed by the Department of Health, Gaza and Egypt on Monday.')).toEqual(['Department of Health', 'Gaza', 'Egypt']);
    expect(names('Officials from the Ministry of Defence, Britain, France and Germany met.')).toEqual([
      'Ministry of Defence', 'Britain', 'France', 'Germany',
    ]);
  });

  it('still lists names the page writes on their own ("… Hamas and Fatah. Hamas said …")', () => {
    const text = 'The deal was backed by the Department of Health, Hamas and Fatah. Hamas said it would comply.';
    expect(names(text).slice(0, 3)).toEqual(['Department of Health', 'Hamas', 'Fatah']);
  });

  it('still lists acronyms, names of several words, and a last item a name goes on after', () => {
    expect(names('The Ministry of Health, WHO and UNICEF met.')).toEqual(['Ministry of Health', 'WHO', 'UNICEF']);
    expect(names('The Ministry of Defence, Mossad and Shin Bet met.')).toEqual(['Ministry of Defence', 'Mossad', 'Shin Bet']);
    expect(names('The Office of Budget, Planning and Human Services replied.')[0]).toBe('Office of Budget');
  });

  it('still splits a list with no institution at its head ("Israel, Egypt, Qatar and the United States")', () => {
    expect(names('The talks involved Israel, Egypt, Qatar and the United States.')).toEqual(['Israel', 'Egypt', 'Qatar', 'United States']);
    expect(names('Mediators from Israel, Egypt, Qatar and Turkey met on Monday.')).toEqual(['Israel', 'Egypt', 'Qatar', 'Turkey']);
    expect(names('Winners included Smith, Jones, Brown and Taylor.')).toEqual(['Smith', 'Jones', 'Brown', 'Taylor']);
  });
});
