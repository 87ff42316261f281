import { describe, expect, it } from 'vitest';
import { measureIn as measure, storedFacts, verdict } from '../../tests/support/stored-figures';

const STORED = 'The deal needs the approval of regulators and is expected to close in the second or third quarter of 2024.';

describe('the steps of a deal', () => {
  it('are read from the verb before the date', () => {
    expect(measure(STORED, '2024')).toContain('deal-closing');
    expect(measure('The deal, at $55 a share, was signed on Dec. 18, 2023, and the companies had hoped to close it.', 'Dec. 18, 2023')).toContain('deal-signed');
    // Near case: a date of the deal no step verb says.
    expect(measure('The deal of Dec. 18, 2023 was blocked.', 'Dec. 18, 2023')).not.toContain('deal-signed');
  });
  it('keep the signing day apart from the expected close', () => {
    const stored = storedFacts('2023-12-18', STORED);
    expect(verdict(stored, 'The deal, at $55 a share, was signed on Dec. 18, 2023, and the companies had hoped to close it.', 'Dec. 18, 2023')).toBeNull();
  });
  it('let another closing date of the deal differ', () => {
    const stored = storedFacts('2023-12-18', STORED);
    expect(verdict(stored, 'The companies now expect the deal to close in 2025.', '2025')?.[0]).toBe('differs');
  });
});
