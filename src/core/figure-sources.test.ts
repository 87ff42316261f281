// A body the paragraph before names only as a source ("warnings from the …") is not the owner
// of the next paragraph's figures; one that acted there still is.
import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';

const STORED = storedFacts('2023-03-10', 'Northwind Bank reported a $1.8 billion loss on the sale of bonds.');
const PAGE = 'Becker defended the decision to sell bonds at a loss of $1.8 billion.';

describe('an owner from the paragraph before', () => {
  it('is not a body named there only as a source', () => {
    const before = 'The senator said its managers had ignored warnings from the Federal Reserve Bank of San Francisco.\n\n';
    expect(verdict(STORED, PAGE, '$1.8 billion', before, before)).toEqual(['agrees', 'same figure']);
  });
  it('is still a body that acted there', () => {
    const before = 'The Federal Reserve Bank of San Francisco had warned the managers for a year.\n\n';
    expect(verdict(STORED, PAGE, '$1.8 billion', before, before)).toBeNull();
  });
});
