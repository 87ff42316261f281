import { describe, expect, it } from 'vitest';
import { requiredFloor } from './figure-required-floors';
import { figureIn, storedFacts, verdict } from '../../tests/support/stored-figures';

describe('requiredFloor', () => {
  it('reads a floor a rule requires as a threshold', () => {
    const s = 'The bill needed at least 218 votes, and a recall requires more than 1,237 signatures.';
    expect(requiredFloor(s, figureIn(s, 'at least 218 votes'))).toBe(true);
    expect(requiredFloor(s, figureIn(s, 'more than 1,237 signatures'))).toBe(true);
  });
  it('leaves a floor of what happened, and a plain need, alone', () => {
    const s = 'At least 321 vessels were waiting, and the town needed 218 beds.';
    expect(requiredFloor(s, figureIn(s, 'At least 321 vessels'))).toBe(false);
    expect(requiredFloor(s, figureIn(s, '218 beds'))).toBe(false);
  });
  it('reads the floor\'s words on one line', () => {
    const s = 'The bill needed at least 218 votes.';
    const q = figureIn(s, 'at least 218 votes');
    expect(requiredFloor(s, { ...q, text: 'at\nleast 218 votes' })).toBe(false);
    expect(requiredFloor(s, { ...q, text: 'at least\n218 votes' })).toBe(false);
    expect(requiredFloor(s, { ...q, text: 'at  least 218 votes' })).toBe(true);
  });
});

describe('a required floor against a stored count above it', () => {
  const stored = storedFacts('2024-11-20', 'The bill passed the House with 311 votes on Friday, the clerk said.');
  it('says nothing: the threshold is no count of the votes', () => {
    expect(verdict(stored, 'The bill needed at least 218 votes in the House to pass.', 'at least 218 votes')).toBeNull();
  });
  it('still differs where the floor is a count of what happened', () => {
    expect(verdict(stored, 'The bill passed the House with at least 218 votes on Friday.', 'at least 218 votes')?.[0]).toBe('differs');
  });
});
