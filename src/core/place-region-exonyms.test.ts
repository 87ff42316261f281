import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Sentences written for this test, from several domains.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typeOf = (text: string, name: string) => findEntities(text, lexicon).find((m) => m.text === name)?.type;

describe('English names of regions and cities the data holds in their own language (place-region-exonyms.ts)', () => {
  it('types a region or a city by its English name with no cue around it', () => {
    expect(typeOf("HANOVER, Germany — Lower Saxony's state parliament approved the budget.", 'Lower Saxony')).toBe('place');
    expect(typeOf('Stephan Weil, the premier of Lower Saxony, which holds 20% of the shares, attended.', 'Lower Saxony')).toBe('place');
    expect(typeOf("Lombardy's hospitals filled within a week.", 'Lombardy')).toBe('place');
    expect(typeOf('Tuscany expects a record harvest of olives this year.', 'Tuscany')).toBe('place');
    expect(typeOf("Cologne's carnival drew a million people.", 'Cologne')).toBe('place');
  });

  it('leaves a name that a clear cue makes a person or a body', () => {
    expect(typeOf('Dr. Anna Hesse said the trial had ended early.', 'Anna Hesse')).toBe('person');
    expect(typeOf('Bavaria Yachtbau said it would cut 200 jobs.', 'Bavaria Yachtbau')).not.toBe('place');
  });
});
