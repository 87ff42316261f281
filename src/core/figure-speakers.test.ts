// A share of no body that one group gives in its own voice on both sides: the same value is
// likely the same figure, and only agreement tells.
import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';

const PHARMACIES = storedFacts(
  '2024-03-04',
  'About 70% of community pharmacies in the United States have had trouble filling prescriptions, the National Community Pharmacists Association said.',
);
const page = 'The National Community Pharmacists Association said about 70% of its members were still having trouble.';

describe('a share one group gives', () => {
  it('agrees with the same share the same group gave', () => {
    expect(verdict(PHARMACIES, page, 'about 70%')).toEqual(['agrees', 'same figure']);
  });
  it('says nothing of another value, another group’s share or a share of something said', () => {
    expect(verdict(PHARMACIES, page.replace('about 70%', '55%'), '55%')).toBeNull();
    expect(verdict(PHARMACIES, 'The American Hospital Association said about 70% of its members were still having trouble.', 'about 70%')).toBeNull();
    expect(verdict(PHARMACIES, 'The National Community Pharmacists Association said about 70% of its members had raised prices.', 'about 70%')).toBeNull();
  });
});
