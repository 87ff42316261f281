// Bodies recovered: a later count of what searchers recovered is a newer figure of the same
// thing, not a count of bodies told some other way.
import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';

describe('bodies recovered', () => {
  const STORED = storedFacts('2025-01-30', 'Divers had recovered 28 bodies from the river by Thursday morning.');
  it('differ from a later count of bodies recovered', () => {
    expect(verdict(STORED, 'Divers have recovered 41 bodies from the river, officials said on Friday.', '41 bodies')?.[0]).toBe('differs');
  });
  it('are not bodies counted another way', () => {
    expect(verdict(STORED, 'The morgue was built to hold 41 bodies.', '41 bodies')).toBeNull();
  });
});
