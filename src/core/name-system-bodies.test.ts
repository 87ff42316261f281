import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { isServiceSystem } from './name-system-bodies';

// Every sentence is written for this test; the systems are made up.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a system named for watching or warning', () => {
  it('is one body, its demonym kept', () => {
    expect(typed('The European Drought Warning System had flagged the dry spring in March.')).toEqual([
      ['European Drought Warning System', 'org'],
    ]);
    expect(typed('Farmers said alerts from the Nordic Frost Alert System came too late.')).toContainEqual(['Nordic Frost Alert System', 'org']);
  });

  it('leaves other systems to the rest of the typing', () => {
    expect(isServiceSystem(['Heavy', 'Launch', 'System'])).toBe(false);
    expect(isServiceSystem(['System'])).toBe(false);
    expect(isServiceSystem(['Flood', 'Awareness', 'System'])).toBe(true);
  });
});
