import { describe, expect, it } from 'vitest';
import { figureIn, storedFacts, verdict } from '../../tests/support/stored-figures';
import { roundedSameValue } from './figure-rounded-values';

const STORED = storedFacts('2024-08-01', 'The shipbuilder, whose obligations total about 3.1 billion euros, missed a payment on Monday.');

describe('a figure restated rounded, in the same words', () => {
  it('agrees with the stored figure it rounds, or that rounds it', () => {
    expect(verdict(STORED, 'The shipbuilder said its obligations stood at about 3.07 billion euros in June.', 'about 3.07 billion euros')?.[0]).toBe('agrees');
  });

  it('needs the words in common, as an equal value does', () => {
    expect(verdict(STORED, 'The port authority said its new terminal cost about 3.07 billion euros.', 'about 3.07 billion euros')).toBeNull();
  });

  it('takes no bound, no other unit and no value it does not round', () => {
    const s = 'It owed less than 3.07 billion euros, about 3.07 billion dollars or about 2.9 billion euros.';
    const stored = figureIn('It owed about 3.1 billion euros.', 'about 3.1 billion euros');
    expect(roundedSameValue(figureIn(s, 'less than 3.07 billion euros'), stored)).toBe(false);
    expect(roundedSameValue(figureIn(s, 'about 3.07 billion dollars'), stored)).toBe(false);
    expect(roundedSameValue(figureIn(s, 'about 2.9 billion euros'), stored)).toBe(false);
  });
});
