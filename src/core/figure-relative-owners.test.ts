import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';
import { relativeSubject } from './figure-relative-owners';

const at = (text: string, figure: string) => relativeSubject(text, text.indexOf(figure));

describe('relativeSubject', () => {
  it('reads the subject of a relative clause right after a figure said with "the"', () => {
    expect(at('It will cost about $16.1 billion, less than the $20 billion it estimated in March.', '$20 billion')).toBe('pronoun');
    expect(at('They raised the $3 billion they had pledged.', '$3 billion')).toBe('pronoun');
    expect(at('including the money above the $250,000 that deposit insurance covers', '$250,000')).toBe('thing');
    expect(at('the $5 million the city council approved', '$5 million')).toBe('thing');
  });
  it('reads none after a unit, a preposition, a name, a verb, or a figure without "the"', () => {
    expect(at('It held the $209 billion in assets it reported.', '$209 billion')).toBeNull();
    expect(at('It booked the $1.8 billion loss it reported.', '$1.8 billion')).toBeNull();
    expect(at('rather than the $18.8 billion the White House asked for', '$18.8 billion')).toBeNull();
    expect(at('less than the $20 billion that First Citizens paid', '$20 billion')).toBeNull();
    expect(at('the $20 billion that was spent', '$20 billion')).toBeNull();
    expect(at('It lost $5 billion it had raised.', '$5 billion')).toBeNull();
  });
});

describe('a figure a relative clause says is someone’s', () => {
  // The stored story names its failed bank, as a story of a failure does: a cost meets only
  // the costs of failures its story names (figure-failed-parties.ts).
  const stored = storedFacts(
    '2023-03-27',
    'Regulators closed Silicon Valley Bank on March 10.',
    'The FDIC put the cost of the failure to its deposit insurance fund at about $20 billion.',
    'The FDIC said depositors would be able to reach their insured money, up to $250,000 each, by Monday morning.',
  );
  it('is the body a pronoun stands for, named only as a possessor', () => {
    const page = "The failure of Silicon Valley Bank will cost the Federal Deposit Insurance Corporation's deposit insurance fund about $16.1 billion, the agency said on Thursday, less than the $20 billion it estimated in March.";
    expect(verdict(stored, page, '$20 billion')?.[0]).toBe('agrees');
    expect(verdict(stored, page, 'about $16.1 billion')?.[0]).toBe('differs');
  });
  it('is no body of the other clauses where a thing is its subject', () => {
    const page = 'All depositors of Silicon Valley Bank will be repaid in full, including the money above the $250,000 that deposit insurance covers, officials said.';
    expect(verdict(stored, page, '$250,000')?.[0]).toBe('agrees');
    // Near case: the bank's own sum in the same sentence is still the bank's.
    const own = 'Silicon Valley Bank lost $1.8 billion, and deposit insurance covers $250,000 each.';
    expect(verdict(stored, own, '$1.8 billion')).toBeNull();
  });
});
