import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';

describe('a span of time from an event said after it', () => {
  const stored = storedFacts('2021-07-07', 'The tanker left the strait on July 7, 106 days after it ran aground, once the insurers and the port signed a deal.');
  it('restates a stored span from the same event', () => {
    expect(verdict(stored, 'Horns sounded over the harbour on Wednesday as the tanker began its voyage north, 106 days after it ran aground on March 23.', '106 days')?.[0]).toBe('agrees');
    const strike = storedFacts('2023-09-10', 'The plant reopened on Friday, 43 days after the walkout began, the union said.');
    expect(verdict(strike, 'Workers returned to the lines, 43 days after the walkout began.', '43 days')?.[0]).toBe('agrees');
  });
  it('says nothing of a span from another event, or of a span with no event after it', () => {
    expect(verdict(stored, 'Horns sounded over the harbour as the tanker began its voyage north, 106 days after the fire was put out.', '106 days')).toBeNull();
    expect(verdict(stored, 'The tanker sat in port for 106 days.', '106 days')).toBeNull();
  });
});
