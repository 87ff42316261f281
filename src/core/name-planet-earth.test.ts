import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('the planet Earth', () => {
  it('is a place after a preposition, with "the" and an adjective at most', () => {
    expect(typed('The crew returned to Earth on Friday after six months.')).toEqual([['Earth', 'place']]);
    expect(typed('Its air may resemble that of the early Earth, scientists said.')).toEqual([['Earth', 'place']]);
  });

  it('leaves a body named with it, and a name after it, as they were', () => {
    expect(typed('Volunteers from Friends of the Earth Scotland planted trees.').map(([name]) => name)).not.toContain('Earth');
    expect(typed('Volunteers marked Earth Day in the park.')).not.toContainEqual(['Earth', 'place']);
  });
});
