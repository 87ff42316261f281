import { describe, expect, it } from 'vitest';
import { measureIn as measure, storedFacts, verdict } from '../../tests/support/stored-figures';

describe('a sum a claimant says it is owed', () => {
  it('is the sum it claims', () => {
    expect(measure('The supplier sued the carmaker over $12 million it says it is owed.', '$12 million')).toContain('sum-demanded');
    expect(measure('The builders filed a claim in March for £4.5 million they claimed they were still owed.', '£4.5 million')).toContain('sum-demanded');
  });

  it('is not a sum owed to someone, nor one paid', () => {
    expect(measure('The chain has $12 million owed to suppliers.', '$12 million')).not.toContain('sum-demanded');
    expect(measure('The carmaker paid $12 million it said it had set aside.', '$12 million')).not.toContain('sum-demanded');
  });

  it('agrees with the stored claim in other words', () => {
    const facts = storedFacts('2024-03-01', 'A parts maker, Norwell Components, filed the suit in May, seeking $12 million from the carmaker.');
    expect(verdict(facts, 'The judge said Norwell Components had sued in May for $12 million it said it was owed.', '$12 million')?.[0]).toBe('agrees');
  });
});
