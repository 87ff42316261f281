import { describe, expect, it } from 'vitest';
import { sameSideBounds } from './figure-same-side-bounds';
import { storedFacts, verdict } from '../../tests/support/stored-figures';

describe('sameSideBounds', () => {
  it('pairs two floors or two ceilings', () => {
    expect(sameSideBounds('above', 'min')).toBe(true);
    expect(sameSideBounds('below', 'max')).toBe(true);
  });
  it('leaves a floor against a ceiling, or an unbounded figure, alone', () => {
    expect(sameSideBounds('above', 'max')).toBe(false);
    expect(sameSideBounds('above', null)).toBe(false);
    expect(sameSideBounds('above', 'approx')).toBe(false);
  });
});

describe('a page floor against a stored floor of the same figure', () => {
  const stored = storedFacts('2023-03-02', 'The storm killed at least 240 people across the two provinces, the civil defence agency said.');
  it('agrees: "more than 240" and "at least 240" are both true of any toll past it', () => {
    expect(verdict(stored, 'The storm, which killed more than 240 people across the two provinces, was the worst in decades.', 'more than 240 people')?.[0]).toBe('agrees');
  });
  it('still differs from a stored floor it cannot meet', () => {
    const lower = storedFacts('2023-03-02', 'The storm killed exactly 240 people across the two provinces, the civil defence agency said.');
    expect(verdict(lower, 'The storm, which killed more than 240 people across the two provinces, was the worst in decades.', 'more than 240 people')?.[0]).toBe('differs');
  });
});
