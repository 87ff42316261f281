import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';
import { splitPart } from './figure-parts';
import { findQuantities } from './quantities';

const split = 'More than 9,400 structures were destroyed in the Eaton fire, CAL FIRE said, and about 7,000 in the Palisades fire.';

function partOf(sentence: string, text: string): string | null {
  const found = findQuantities(sentence);
  const q = found.find((f) => f.text === text);
  if (!q) throw new Error(`"${text}" not in "${sentence}"`);
  return splitPart(sentence, q, found);
}

describe('splitPart', () => {
  it('names the thing each figure of a split count is placed in', () => {
    expect(partOf(split, 'More than 9,400 structures')).toBe('eaton');
    expect(partOf(split, 'about 7,000')).toBe('palisades');
  });
  it('is null for a figure alone in its place, and for months ("2% in June, up from 1.9% in May")', () => {
    expect(partOf('More than 9,400 structures were destroyed in the Eaton fire.', 'More than 9,400 structures')).toBeNull();
    expect(partOf('Inflation was 2% in June, up from 1.9% in May.', '1.9%')).toBeNull();
  });
});

describe('a part of a split count', () => {
  const both = storedFacts('2025-01-16', 'About 12,300 structures have been destroyed in the two fires, CAL FIRE said.');
  it('is no reading of a stored figure for all the parts', () => {
    expect(verdict(both, split, 'More than 9,400 structures')).toBeNull();
    const near = storedFacts('2025-01-10', 'More than 10,000 structures have been destroyed, most of them homes in Pacific Palisades and Altadena.');
    expect(verdict(near, split, 'about 7,000')).toBeNull();
  });
  it('is set against the stored figure placed in the same thing', () => {
    const stored = storedFacts('2025-01-16', 'CAL FIRE said 9,418 structures were destroyed in the Eaton fire and 6,837 in the Palisades fire.');
    expect(verdict(stored, split, 'More than 9,400 structures')).toEqual(['agrees', '9,418 is more than 9,400']);
  });
  it('leaves a count not split as it was: later structures destroyed differ', () => {
    expect(verdict(both, 'The fires destroyed more than 16,000 structures, CAL FIRE said.', 'more than 16,000 structures')).toEqual(['differs', 'stored figure 12,300 is not more than 16,000']);
  });
});

describe('a part "of them" placed in a named thing', () => {
  const stored = [
    ...storedFacts('2025-01-10', 'At least 10 people have died in the fires.'),
    ...storedFacts('2025-01-16', 'The death toll rose to 25, with 16 people killed in the Eaton fire and nine in the Palisades fire.'),
  ];
  const page = 'The death toll from the fires rose to 27, 10 of them in the Palisades fire.';
  it('is that thing’s part', () => {
    expect(partOf(page, '10')).toBe('palisades');
    expect(partOf(page, '27')).toBeNull();
  });
  it('is set against the stored part of the same thing, not the whole ("at least 10")', () => {
    expect(verdict(stored, page, '10')).toEqual(['differs', 'older snapshot: stored 9 on 16 Jan 2025']);
    expect(verdict(stored, page, '27')?.[0]).toBe('differs');
  });
});
