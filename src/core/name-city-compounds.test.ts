import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { isCityCompound } from './name-city-compounds';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const found = (text: string): [string, string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type, m.canonical]);
const names = (text: string): string[] => findEntities(text, lexicon).map((m) => m.text);

describe('a city joined by a hyphen to a word nothing else knows', () => {
  it('is one name ("Cleveland-Cliffs"), not the city and a word', () => {
    expect(names('Investors in Cleveland-Cliffs sold their shares.')).toEqual(['Cleveland-Cliffs']);
    expect(names('Analysts at Bristol-Myers expect more cuts.')).toEqual(['Bristol-Myers']);
  });

  it('gives its sides to the company after it, not before ("Cleveland-Cliffs … Cliffs said")', () => {
    const text = 'A court heard Cleveland-Cliffs, its chief executive and the union. Cliffs said it would bid again.';
    expect(found(text).map(([t, , c]) => [t, c])).toEqual([
      ['Cleveland-Cliffs', 'Cleveland-Cliffs'],
      ['Cliffs', 'Cleveland-Cliffs'],
    ]);
  });

  it('stays two names where both sides are known or one is a country ("Israel-Hamas", "Texas-Mexico")', () => {
    expect(names('The Dallas-Houston rail line was delayed again.')).toEqual(['Dallas', 'Houston']);
    expect(names('Trucks waited at the Texas-Mexico border all week.')).toEqual(['Texas', 'Mexico']);
    expect(names('The Israel-Hezbollah truce held on Sunday.')).toEqual(['Israel', 'Hezbollah']);
  });
});

describe('isCityCompound', () => {
  const input = { isName: (n: string) => ['Cleveland', 'Israel'].includes(n), isNonName: (n: string) => n === 'Iranian', isMinorPlace: (n: string) => n === 'Cleveland' };
  it('needs a city or region and one plain unknown word', () => {
    expect(isCityCompound(['Cleveland', 'Cliffs'], input)).toBe(true);
    expect(isCityCompound(['Israel', 'Hamas'], input)).toBe(false);
    expect(isCityCompound(['Cleveland', 'Iranian'], input)).toBe(false);
    expect(isCityCompound(['Cleveland', 'KLM'], input)).toBe(false);
    expect(isCityCompound(['Cleveland', 'Cliffs', 'Iron'], input)).toBe(false);
    expect(isCityCompound(['Cleveland', 'Cliffs'], { ...input, isMinorPlace: undefined })).toBe(false);
  });
});
