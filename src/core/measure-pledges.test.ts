import { describe, expect, it } from 'vitest';
import { measureIn as measure, storedFacts, verdict } from '../../tests/support/stored-figures';

const STORED = "Nippon Steel had offered to invest about $2.7 billion in the company's union plants, including the Mon Valley Works near Pittsburgh.";

describe('a pledge', () => {
  it('is money a body says it will spend', () => {
    expect(measure('The chairman said the company would spend $1.4 billion on the union plants.', '$1.4 billion')).toContain('pledge');
    expect(measure('The company plans to spend about $500 million on new mills.', 'about $500 million')).toContain('pledge');
    // Near case: money spent is a cost, not a pledge.
    expect(measure('The company spent $1.4 billion on the union plants last year.', '$1.4 billion')).not.toContain('pledge');
  });
  it('is the investment it promises: the same sum agrees, another differs', () => {
    const stored = storedFacts('2025-01-03', STORED);
    expect(verdict(stored, 'Nippon Steel has raised its pledge for the union plants to about $2.7 billion.', 'about $2.7 billion')).toEqual(['agrees', 'same figure']);
    expect(verdict(stored, 'The chairman said the company would spend $1.4 billion on the union plants.', '$1.4 billion')?.[0]).toBe('differs');
  });
  it('is no cost or fine', () => {
    const stored = storedFacts('2025-01-03', STORED);
    expect(verdict(stored, 'The closures cost the company $2.1 billion.', '$2.1 billion')).toBeNull();
    expect(verdict(stored, 'Regulators fined the company $2.1 billion.', '$2.1 billion')).toBeNull();
  });
});
