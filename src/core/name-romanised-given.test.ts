import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { isRomanisedGivenName } from './name-romanised-given';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): string[] => findEntities(text, lexicon).map((m) => `${m.text}:${m.type}`);

describe('a romanised given name of two syllables joined by a hyphen', () => {
  it('keeps its lower-case second syllable ("Chen Shui-bian", "Lam Wai-man")', () => {
    expect(typed('Chen Shui-bian spoke to reporters in Taipei.')).toEqual(['Chen Shui-bian:person', 'Taipei:place']);
    expect(typed('Lam Wai-man met the lawyers on Friday.')).toEqual(['Lam Wai-man:person']);
  });

  it('must not change: a suffix still comes off ("Hamas-run", "Xi-backed")', () => {
    expect(typed('Workers at the Hamas-run ministry were paid.')).toEqual(['Hamas:org']);
    expect(isRomanisedGivenName(['Xi', 'backed'])).toBe(false);
    expect(isRomanisedGivenName(['Pro', 'run'])).toBe(false);
    expect(isRomanisedGivenName(['Trump', 'era'])).toBe(false);
  });
});
