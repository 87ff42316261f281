import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { shipPartOf } from './product-ship-parts';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);
const names = (text: string): string[] => findEntities(text, lexicon).map((m) => m.text);
const at = (text: string, name: string): boolean => shipPartOf(text, text.indexOf(name), text.indexOf(name) + name.length);

describe('a ship named by its wreck or its parts', () => {
  it('is a craft, unmarked at every mention ("the wreck of the X", "the bow of the X")', () => {
    expect(typed('Divers reached the wreck of the Edmund Fitzgerald in Lake Superior. The Edmund Fitzgerald sank in 1975.')).toEqual([
      ['Lake Superior', 'place'],
    ]);
    expect(typed('The debris lay near the bow of the Endurance. The Endurance was found in 2022.')).toEqual([]);
    expect(typed('Archaeologists studied the hull of the Mary Rose in Portsmouth.')).toEqual([['Portsmouth', 'place']]);
  });

  it('reads only a part "of the" right before the name', () => {
    expect(at('the wreck of the Lusitania lies', 'Lusitania')).toBe(true);
    expect(at('the stern of the Vasa was', 'Vasa')).toBe(true);
    expect(at('the Lusitania sank off Ireland', 'Lusitania')).toBe(false);
    expect(at('the wreck near the Lusitania', 'Lusitania')).toBe(false);
  });

  it('leaves a body, a place and a building after other nouns as they were', () => {
    expect(typed('The head of the World Bank said growth would slow.')).toEqual([['World Bank', 'org']]);
    expect(names('Tourists crowded the deck of the Empire State Building.')).toEqual(['Empire State Building']);
    expect(typed('Crews cleared the wreckage in Ohio after the train derailed.')).toEqual([['Ohio', 'place']]);
    expect(names('She took a bow before the crowd of the Royal Albert Hall.')).toEqual(['Royal Albert Hall']);
  });

  it('leaves a name before a noun (an owner, a maker) and a wreckage that is no ship\'s as before', () => {
    expect(typed('Inspectors found cracks in the hull of the Maersk vessel. Maersk said it would repair it.')).toContainEqual(['Maersk', 'org']);
    expect(typed('Divers photographed the stern of the Boeing jet. Boeing said it was cooperating.')).toContainEqual(['Boeing', 'org']);
    expect(typed('Investors fled the wreckage of the Lehman Brothers collapse.')).toEqual([['Lehman Brothers', 'org']]);
    expect(typed('Lawyers studied the wreckage of the Enron empire.')).toEqual([['Enron', 'org']]);
    expect(at('the hull of the Maersk vessel', 'Maersk')).toBe(false);
    expect(at('the wreck of the Titanic last year', 'Titanic')).toBe(true);
  });
});
