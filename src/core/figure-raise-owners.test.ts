import { describe, expect, it } from 'vitest';
import { pageOwnerMarks } from './facts';
import { figureIn as figure, verdictAgainst } from './figure-test-kit';

// Every sentence is written for this test; owners are read as a page's are (pageOwnerMarks).
const owners = (sentence: string, text: string): string[] => pageOwnerMarks(figure(sentence, text), sentence, '');
// The stored side as the knowledge build reads it, owners and all.
const verdict = verdictAgainst;

describe('whose a pay raise is', () => {
  it('gives a raise to the employer that gives it, also one the page alone does not type', () => {
    expect(owners('Kestrel Motors followed with an 11% raise for its plant workers.', '11%')).toEqual(['owner:Kestrel Motors']);
    expect(owners('Halvey Foods, which runs plants in Dayton, Ohio, said it would raise pay by 25% by 2028.', '25%')).toEqual(['owner:Halvey Foods']);
  });

  it('leaves alone a raise won from others, an offer raised in talks, and a raise of tax', () => {
    // A union's won raise is no owner of its own here.
    expect(owners('Workers won a 25% raise over the contract.', '25%')).toEqual([]);
    // Raising an offer is a move in talks, not a raise of one's own pay.
    expect(owners('Kestrel Motors had raised its offer to a 23% raise over the contract.', '23%')).not.toContain('owner:Kestrel Motors');
    // A tax raise is no raise of pay.
    expect(owners('Ohio raised the sales tax by 2% in June.', '2%')).toEqual([]);
  });

  it('does not meet another employer’s raise of the same words', () => {
    const stored = 'The Auto Union won raises of 25% at Brannock Motors over the contract.';
    expect(verdict(stored, '25%', 'Kestrel Motors followed with a 25% raise.', '25%')).toBeUndefined();
    expect(verdict(stored, '25%', 'Autoworkers won raises of 25% at Brannock Motors.', '25%')).toBe('agrees');
  });
});
