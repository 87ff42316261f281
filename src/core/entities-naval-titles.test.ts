import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('naval ranks before a name', () => {
  it('stay outside the name ("Rear Adm.", "Vice Adm.", "Adm.", "Rear Admiral")', () => {
    expect(typed('Rear Adm. Helen Varga said the search would go on.')).toEqual([['Helen Varga', 'person']]);
    expect(typed('The fleet was led by Vice Adm. Tomas Riedel.')).toEqual([['Tomas Riedel', 'person']]);
    expect(typed('The search, said Rear Adm. Helen Varga, would go on.')).toEqual([['Helen Varga', 'person']]);
    expect(typed('Adm. Lisa Franchetti spoke in Norfolk.')).toEqual([
      ['Lisa Franchetti', 'person'],
      ['Norfolk', 'place'],
    ]);
    expect(typed('Rear Admiral Helen Varga said the search would go on.')).toEqual([['Helen Varga', 'person']]);
  });

  it('leave names that merely open with "Rear" as they were', () => {
    expect(typed('Rear Window was shown at the Tribeca Festival.').map(([t]) => t)).toContain('Rear Window');
    expect(typed('Varga thanked Helen Rear and the crew.')).toEqual([
      ['Helen Rear', 'person'],
    ]);
  });
});
