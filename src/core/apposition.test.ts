import { describe, expect, it } from 'vitest';
import { appositionType } from './apposition';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test; "Velmora" is a name no lexicon knows.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('an apposition that calls a name a body', () => {
  it('makes it an organisation: "World Velmora, the sport\'s governing body, said"', () => {
    expect(appositionType(", the sport's governing body, said a reserve day had been set aside")).toBe('org');
    expect(typed("World Velmora, the sport's governing body, said a reserve day had been set aside.")).toEqual([
      ['World Velmora', 'org'],
    ]);
  });

  it('says nothing of a speaker the next sentence mentions a body after: "The body was found"', () => {
    expect(typed('Anna Velmora said she had seen nothing. The body was found on Monday.')).toEqual([['Anna Velmora', 'person']]);
    expect(appositionType(', the family’s lawyer, said')).toBe('person');
  });
});
