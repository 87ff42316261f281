import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const names = (text: string): string[] => findEntities(text, lexicon).map((m) => m.text);

describe('a body’s chapter named for a hyphenated region', () => {
  it('is one name with its "of the" ("United Way of the Columbia-Willamette")', () => {
    expect(names('United Way of the Columbia-Willamette gave the café a $5,000 grant.')).toEqual(['United Way of the Columbia-Willamette']);
    expect(names('The café thanked United Way of the Columbia-Willamette.')).toEqual(['United Way of the Columbia-Willamette']);
  });

  it('leaves a hyphenated modifier before its noun, and known names, outside', () => {
    expect(names('Joe Biden of the Biden-Harris campaign spoke.')).toEqual(['Joe Biden', 'Biden-Harris']);
    expect(names('Hamas Leaders of the Israel-Gaza talks met.')).not.toContain('Hamas Leaders of the Israel-Gaza');
  });
});
