import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { fireServiceSpeaks } from './name-fire-services';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): string[] => findEntities(text, lexicon).map((m) => `${m.text}:${m.type}`);

describe('a name ending in "Fire" that speaks', () => {
  it('is a fire service, not a person ("Mesa Fire said")', () => {
    expect(typed('Mesa Fire said the flames were under control by noon.')).toEqual(['Mesa Fire:org']);
    expect(fireServiceSpeaks(['Mesa', 'Fire'], ' spokesman Jo Hart')).toBe(true);
  });

  it('must not change: a wildfire that burns, a "Fire" that does not speak', () => {
    expect(typed('The Ridge Fire burned 4,000 acres overnight.')).toEqual(['Ridge Fire:event']);
    expect(fireServiceSpeaks(['Ridge', 'Fire'], ' burned on')).toBe(false);
    expect(fireServiceSpeaks(['Fire'], ' said')).toBe(false);
  });
});
