import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a body\'s name, "for" and another body\'s name', () => {
  it('are two organisations ("operated by PSA Airlines for American Airlines")', () => {
    expect(typed('The jet was operated by PSA Airlines for American Airlines on the route.')).toEqual([
      ['PSA Airlines', 'org'],
      ['American Airlines', 'org'],
    ]);
  });

  it('stay one name where either side is a head or a field of work', () => {
    expect(typed('He joined the Centers for Disease Control in 2001.')).toEqual([['Centers for Disease Control', 'org']]);
    expect(typed('The Office for Budget Responsibility said growth would slow.')).toEqual([['Office for Budget Responsibility', 'org']]);
    expect(typed('The Florida Agency for Health Care Administration said it would appeal.')).toEqual([
      ['Florida Agency for Health Care Administration', 'org'],
    ]);
    expect(typed('Officials at the Centers for Medicare & Medicaid Services said so.')).toEqual([
      ['Centers for Medicare & Medicaid Services', 'org'],
    ]);
  });
});

describe('two firms\' names either side of "for"', () => {
  it('are two firms whatever opens either ("SkyWest Airlines for Delta Air Lines")', () => {
    expect(typed('The flight was operated by SkyWest Airlines for Delta Air Lines on the route.')).toEqual([
      ['SkyWest Airlines', 'org'],
      ['Delta Air Lines', 'org'],
    ]);
  });

  it('leave an agency named for its field whole', () => {
    expect(typed('The Florida Agency for Health Care Administration said it would appeal.')).toEqual([
      ['Florida Agency for Health Care Administration', 'org'],
    ]);
    expect(typed('The Texas Department for Family Protective Services said so.')).toEqual([
      ['Texas Department for Family Protective Services', 'org'],
    ]);
  });
});
