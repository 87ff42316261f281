import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';

// Every sentence is written for this test; the names are made up.
describe('a sum a person, a family or a firm gives', () => {
  const family = storedFacts('2019-04-20', 'The Varenne family pledged €100 million toward the rebuilding.');
  const firm = storedFacts('2019-04-20', 'Ostral, the shipping group, pledged €50 million toward the rebuilding.');

  it('is that giver’s pledge: another giver’s sum is not set against it', () => {
    expect(verdict(family, 'The Delorme family pledged €50 million to the rebuilding.', '€50 million')).toBeNull();
    expect(verdict(firm, 'Marc Delorme pledged €100 million to the rebuilding.', '€100 million')).toBeNull();
  });

  it('is judged against the same giver’s, a family by the surname of its member', () => {
    expect(verdict(family, 'The Varenne family pledged €100 million to the rebuilding.', '€100 million')).toEqual(['agrees', 'same figure']);
    expect(verdict(family, 'Anne Varenne pledged €90 million to the rebuilding.', '€90 million')?.[0]).toBe('differs');
    expect(verdict(firm, 'Ostral has pledged €60 million to the rebuilding.', '€60 million')?.[0]).toBe('differs');
  });

  it('must not change: a sum of no named giver is still judged (charity, aid, budgets)', () => {
    expect(verdict(family, 'Donors pledged €90 million to the rebuilding.', '€90 million')?.[0]).toBe('differs');
    const aid = storedFacts('2024-03-01', 'Germany pledged €100 million in aid to the region.');
    expect(verdict(aid, 'Germany pledged €100 million in aid to the region.', '€100 million')).toEqual(['agrees', 'same figure']);
  });
});
