import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const found = (text: string): string[] => findEntities(text, lexicon).map((m) => `${m.text}:${m.type}`);

describe('a sentence\'s opening word that builds or opens a factory', () => {
  it('is a firm\'s name', () => {
    expect(found('Corvane is building a factory east of the city.')).toEqual(['Corvane:org']);
    expect(found('Marlex plans to open a plant in Ohio.')).toEqual(['Marlex:org', 'Ohio:place']);
    expect(found('Vantor closes two warehouses next year.')).toEqual(['Vantor:org']);
  });

  it('must not change: plural or common openers, a bare past tense, "the" works', () => {
    expect(found('Officials opened a new plant.')).toEqual([]);
    expect(found('Investors plan to build two factories.')).toEqual([]);
    expect(found('Smith built a new steel mill.')).toEqual([]);
    expect(found('Demand is closing the stores.')).toEqual([]);
  });
});
