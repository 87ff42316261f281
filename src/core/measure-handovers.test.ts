import { describe, expect, it } from 'vitest';
import { measureIn as measure, storedFacts, verdict } from '../../tests/support/stored-figures';

describe('things handed over', () => {
  it('are delivered', () => {
    expect(measure('The builder said it had handed over about 12,000 flats so far this year.', 'about 12,000 flats')).toContain('delivered');
  });

  it('are not people handed over, nor anything merely handed', () => {
    expect(measure('The militants handed over 12 hostages to the Red Cross.', '12 hostages')).not.toContain('delivered');
    expect(measure('The court handed down 12 sentences.', '12 sentences')).not.toContain('delivered');
  });

  it('set an older count of deliveries against the stored one', () => {
    const facts = storedFacts('2024-02-01', 'The builder Marlow Homes says it delivered about 15,000 flats in 2023.');
    expect(verdict(facts, 'Marlow Homes said it had handed over about 12,000 flats so far this year.', 'about 12,000 flats')?.[0]).toBe('differs');
  });
});
