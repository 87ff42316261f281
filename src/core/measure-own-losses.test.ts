import { describe, expect, it } from 'vitest';
import { measureIn as measure, storedFacts, verdict } from '../../tests/support/stored-figures';

const STORED = 'The hotel chain, which closed 40 sites during the floods, says the storm cost it $80 million.';

describe("a body's own losses", () => {
  it('are what the event cost it', () => {
    expect(measure('The chain, which puts its own losses at $80 million, is suing the builder.', '$80 million')).toContain('cost');
    expect(measure('The club said its losses reached about $3 million.', 'about $3 million')).toContain('cost');
    const stored = storedFacts('2024-06-01', STORED);
    expect(verdict(stored, 'The hotel chain, which puts its own losses at $80 million, is suing the builder.', '$80 million')).toEqual(['agrees', 'same figure']);
    expect(verdict(stored, 'The hotel chain, which puts its own losses at $95 million, is suing the builder.', '$95 million')?.[0]).toBe('differs');
  });
  it("leave others' losses and sums of other words alone", () => {
    expect(measure('Insured losses of $40 billion were estimated by the modeler.', '$40 billion')).not.toContain('cost');
    expect(measure('Its shares lost $80 million in value.', '$80 million')).not.toContain('cost');
    expect(measure('The fund recovered its losses and $80 million more.', '$80 million')).not.toContain('cost');
  });
});
