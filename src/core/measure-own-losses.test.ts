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
  it("leave a period's result alone: a loss narrowed, or one for a quarter or a year", () => {
    expect(measure('The airline narrowed its losses to $2 million in the third quarter.', '$2 million')).not.toContain('cost');
    expect(measure('The carrier halved its losses to $120 million.', '$120 million')).not.toContain('cost');
    expect(measure('Uber reported its losses of $1.2 billion for the quarter.', '$1.2 billion')).not.toContain('cost');
    expect(measure('The club put its losses at $4 million for the financial year.', '$4 million')).not.toContain('cost');
    const stored = storedFacts('2024-06-01', 'The airline said the strike cost it $30 million.');
    expect(verdict(stored, 'The airline cut its losses to $10 million in the second quarter.', '$10 million')).toBeNull();
    // The event's cost, however near a period is named, stays one.
    expect(measure('The farmers put their losses at $3 million after the spring frost.', '$3 million')).toContain('cost');
  });
  it('may name the event between the losses and the sum', () => {
    expect(measure('The city puts its losses from the storm at $20 million.', '$20 million')).toContain('cost');
    const stored = storedFacts('2024-06-01', STORED);
    expect(verdict(stored, 'The hotel chain puts its losses from the floods at $80 million.', '$80 million')).toEqual(['agrees', 'same figure']);
  });
});
