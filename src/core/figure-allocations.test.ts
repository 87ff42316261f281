import { describe, expect, it } from 'vitest';
import { figureIn, storedFacts, verdict } from '../../tests/support/stored-figures';
import { findQuantities } from './quantities';
import { allocatedPart } from './figure-allocations';

const STORED = storedFacts('2025-02-11', 'The province signed an agreement of about $3 billion with the mill owners.');

describe('a sum of a list that shares a whole out, one "for" each', () => {
  it('is no reason to say a stored sum of the whole differs', () => {
    const s = 'The agreement sets aside $4.2 billion for the workers, $1.5 billion for a river clean-up and $2 billion for new rail lines.';
    expect(verdict(STORED, s, '$1.5 billion')).toBeNull();
  });

  it('still agrees at an equal value, and a whole still differs', () => {
    expect(verdict(STORED, 'The agreement sets aside $3 billion for the workers and $1 billion for a river clean-up.', '$3 billion')?.[0]).toBe('agrees');
    expect(verdict(STORED, 'The province said the agreement was worth $3.8 billion.', '$3.8 billion')?.[0]).toBe('differs');
  });

  it('is not a sum for a period', () => {
    const s = 'The mill lost $80 million for the first quarter and $250 million for the year.';
    expect(allocatedPart(s, figureIn(s, '$80 million'), findQuantities(s))).toBe(false);
    const t = 'It pays $5 million for the land and $2 million for the mill.';
    expect(allocatedPart(t, figureIn(t, '$5 million'), findQuantities(t))).toBe(true);
  });
});
