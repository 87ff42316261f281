import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';
import { finedParty } from './figure-fined-parties';
import { figureIn } from './figure-test-kit';

const STORED = storedFacts('2024-05-02', 'The regulator said Acme Motors could face fines of up to $25,000 per truck, or as much as $9 billion.');
const EARLIER = 'DETROIT — The Environmental Protection Agency accused Borland Automotive of hiding software in its engines, a week after Acme Motors settled its own case.';

describe('fines two parties face', () => {
  it('a fine “the company” faces is not the stored fine of another maker', () => {
    const page = 'An agency official said the company could face fines of up to $31,000 per truck.';
    expect(verdict(STORED, page, 'up to $31,000', '', EARLIER)).toBeNull();
    expect(verdict(STORED, 'Borland Automotive could face fines of up to $31,000 per truck, the agency said.', 'up to $31,000')).toBeNull();
  });

  it('leaves the same party’s fine, or a fine of no party said, to be judged', () => {
    expect(verdict(STORED, 'Acme Motors could face fines of up to $31,000 per truck, the agency said.', 'up to $31,000')?.[0]).toBe('differs');
    expect(verdict(STORED, 'The agency said fines could reach up to $31,000 per truck.', 'up to $31,000')?.[0]).toBe('differs');
  });

  it('takes a name and its leading words as one party, and a capitalised common noun as none', () => {
    expect(verdict(STORED, 'Acme Motors Inc could face fines of up to $31,000 per truck, the agency said.', 'up to $31,000')?.[0]).toBe('differs');
    expect(verdict(STORED, 'Acme could face fines of up to $31,000 per truck, the agency said.', 'up to $31,000')?.[0]).toBe('differs');
    const owners = storedFacts('2024-05-02', 'Landlords could face fines of up to £30,000 under the new rules.');
    expect(verdict(owners, 'Agents could face fines of up to £30,000 under the new rules.', 'up to £30,000')?.[0]).toBe('agrees');
  });

  it('reads the party before “face fines of”, and “the company” as the first company named before', () => {
    const s = 'It said the company faces a fine of $5 million.';
    expect(finedParty(s, figureIn(s, '$5 million'), EARLIER)).toBe('Borland Automotive');
    const agency = 'The National Road Safety Administration opened an inquiry into Borland Automotive on Monday.';
    expect(finedParty(s, figureIn(s, '$5 million'), agency)).toBe('Borland Automotive');
    const t = 'Acme Motors will face penalties of $5 million.';
    expect(finedParty(t, figureIn(t, '$5 million'))).toBe('Acme Motors');
  });
});
