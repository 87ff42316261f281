import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const found = (text: string): string[] => findEntities(text, lexicon).map((m) => `${m.text}:${m.type}`);

describe('a temperature scale written as a unit', () => {
  it('is no name after a degree word, a count or a degree sign', () => {
    expect(found('It was minus 2 degrees Fahrenheit in the valley overnight.')).toEqual([]);
    expect(found('The lake warmed by 1.5 degrees Celsius since 1990.')).toEqual([]);
    expect(found('The sample was cooled to 4 Kelvin.')).toEqual([]);
    expect(found('Water boils at 100° Celsius.')).toEqual([]);
  });

  it('must not change: the same word as a name that speaks, a title\'s surname, a place of work', () => {
    expect(found('Fahrenheit said the show was sold out.')).toEqual(['Fahrenheit:person']);
    expect(found('Lord Kelvin proposed the scale in 1848.')).toEqual(['Kelvin:person']);
    expect(found('Scientists at Kelvin said the test had worked.')).toEqual(['Kelvin:org']);
  });
});
