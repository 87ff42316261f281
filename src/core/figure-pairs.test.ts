// A bare figure paired by "from … to" with a sum is a sum of the same kind.
import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';
import { withPairedUnit } from './figure-pairs';
import { findQuantities } from './quantities';

function paired(sentence: string, text: string) {
  const found = findQuantities(sentence);
  const q = found.find((f) => f.text === text);
  if (!q) throw new Error(`"${text}" not in "${sentence}"`);
  return withPairedUnit(sentence, q, found);
}

describe('a bare figure paired by "from … to"', () => {
  it('takes the unit of the figure it is paired with', () => {
    expect(paired('The IFRC raised its appeal to 115 million Swiss francs on Tuesday, from 100 million.', '100 million').unit).toBe('CHF');
    expect(paired('The budget rose from 100 million to 115 million euros.', '100 million')).toMatchObject({ form: 'money', unit: 'EUR' });
  });
  it('keeps its own where the pair is of another scale or no pair', () => {
    expect(paired('The appeal rose to 115 million Swiss francs, from 900,000.', '900,000').unit).toBeNull();
    expect(paired('The IFRC appealed for 115 million Swiss francs and 100 million people need help.', '100 million people').form).toBe('count');
  });
  it('agrees with the stored sum of that value', () => {
    const stored = storedFacts('2025-04-03', 'The IFRC launched an emergency appeal for 100 million Swiss francs.');
    expect(verdict(stored, 'The IFRC raised its emergency appeal to 115 million Swiss francs on Tuesday, from 100 million.', '100 million')).toEqual(['agrees', 'same figure']);
  });
});
