import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';

const STORED = storedFacts('2019-08-02', 'The last of the nine divers was brought up on Thursday, ending 23 days underground in the flooded shaft.');

describe('time underground', () => {
  it('is time trapped when the length is said to be spent underground', () => {
    expect(verdict(STORED, 'The nine divers were trapped for 23 days last summer.', '23 days')?.[0]).toBe('agrees');
    expect(verdict(STORED, 'The nine divers were trapped for 21 days last summer.', '21 days')?.[0]).toBe('differs');
    expect(verdict(STORED, 'The divers, who were underground for 21 days, thanked the rescuers.', '21 days')?.[0]).toBe('differs');
  });

  it('is no other length of a sentence that says underground', () => {
    expect(verdict(STORED, 'The rescue drill bored 600 metres underground in 12 days.', '12 days')).toBeNull();
    expect(verdict(STORED, 'Staff of the underground car park went 30 days without pay.', '30 days')).toBeNull();
  });
});
