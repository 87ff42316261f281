import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';
import { failedParties, failedPartyOf } from './figure-failed-parties';
import { figureIn } from './figure-test-kit';

const STORED = storedFacts(
  '2024-03-20',
  'HARTFORD, Conn. — Mercer Trust agreed to buy most of Harbor Savings Bank from the Federal Deposit Insurance Corporation, a week after state regulators closed the lender.',
  'The FDIC put the cost of the failure to its deposit insurance fund at about $6 billion.',
);
const OTHER_LEAD = 'Regulators seized Lakeshore Bank early on Monday and sold it to Granite Financial, the second failure since Harbor Savings Bank collapsed in March.';
const PAID = 'Granite Financial will pay the Federal Deposit Insurance Corporation $2 billion, the FDIC said.';

describe('costs of two failures', () => {
  it('a failure’s cost in a story of another party’s failure is not the stored one', () => {
    const page = 'The agency estimated the cost to its insurance fund at about $4 billion.';
    expect(verdict(STORED, page, 'about $4 billion', PAID, `${OTHER_LEAD}\n\n${PAID}`)).toBeNull();
    expect(verdict(STORED, 'The FDIC said the collapse of Lakeshore Bank will cost its deposit insurance fund about $4 billion.', 'about $4 billion')).toBeNull();
  });

  it('leaves a cost of the stored story’s failure, or of no failure said, to be judged', () => {
    expect(verdict(STORED, 'The FDIC said the failure of Harbor Savings Bank will cost its deposit insurance fund about $5.2 billion.', 'about $5.2 billion')?.[0]).toBe('differs');
    expect(verdict(STORED, 'The failure of Harbor Savings will cost the deposit insurance fund about $6 billion, the agency said.', 'about $6 billion')?.[0]).toBe('agrees');
    const page = 'The agency estimated the cost to its insurance fund at about $6 billion.';
    expect(verdict(STORED, page, 'about $6 billion', PAID, `Regulators met on Monday.\n\n${PAID}`)?.[0]).toBe('agrees');
  });

  it('reads the nearest failed party before the cost in its sentence, else the first one before it', () => {
    const s = 'The cost of Lakeshore Bank’s failure was put at about $4 billion.';
    expect(failedPartyOf(s, figureIn(s, 'about $4 billion'), OTHER_LEAD)).toBe('Lakeshore Bank');
    const t = 'The agency put the cost at about $4 billion.';
    expect(failedPartyOf(t, figureIn(t, 'about $4 billion'), OTHER_LEAD)).toBe('Lakeshore Bank');
    expect(failedPartyOf(t, figureIn(t, 'about $4 billion'), 'The bank failed.')).toBeNull();
  });

  it('reads the body, not a word that opens the clause, as the failed party', () => {
    expect(verdict(STORED, 'After Harbor Savings Bank failed, the FDIC put the cost to its deposit insurance fund at about $6 billion.', 'about $6 billion')?.[0]).toBe('agrees');
    expect(verdict(STORED, 'When Harbor Savings Bank collapsed, the FDIC put the cost to its deposit insurance fund at about $5 billion.', 'about $5 billion')?.[0]).toBe('differs');
    expect(failedParties('Talks collapsed on Monday, and Regulators seized nothing.').map((p) => p.party)).toEqual([]);
  });

  it('leaves out a failure the story measures its own against', () => {
    const lead = 'The biggest failure since Lakeshore Bank collapsed in 2019 came on Friday, when regulators closed Harbor Savings Bank.';
    const page = 'The FDIC put the cost of the failure to its deposit insurance fund at about $6 billion.';
    expect(verdict(STORED, page, 'about $6 billion', lead, lead)?.[0]).toBe('agrees');
  });
});
