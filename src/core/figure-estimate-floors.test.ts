// An estimate above a stored floor is what the floor allows.
import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';
import { estimateAboveFloor } from './figure-estimate-floors';

const CLAIMS = storedFacts('2024-05-02', 'The insurer says flood claims have topped $2 billion and are still rising.');

describe('an estimate above a stored floor', () => {
  it('agrees with a floor a verb set: "claims have topped $2 billion" against "about $2.6 billion"', () => {
    expect(verdict(CLAIMS, 'The insurer said flood claims had reached about $2.6 billion by the end of the year.', 'about $2.6 billion')).toEqual([
      'agrees', '$2.6 billion is more than stored $2 billion',
    ]);
  });
  it('still differs when the estimate is at or below the floor', () => {
    expect(verdict(CLAIMS, 'The insurer said flood claims had reached about $1.5 billion by the end of the year.', 'about $1.5 billion')?.[0]).toBe('differs');
    expect(estimateAboveFloor('approx', 'above', 2, 2)).toBe(false);
    expect(estimateAboveFloor('approx', 'min', 2, 2)).toBe(true);
  });
  it('takes only estimates against floors, not ceilings or other bounds', () => {
    expect(estimateAboveFloor('approx', 'max', 3, 4)).toBe(false);
    expect(estimateAboveFloor('min', 'above', 3, 2)).toBe(false);
    expect(estimateAboveFloor('nearly', 'above', 3, 2)).toBe(true);
  });
});
