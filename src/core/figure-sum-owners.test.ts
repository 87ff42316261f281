import { describe, expect, it } from 'vitest';
import { compareFigure } from './facts';
import { costSubjects } from './figure-cost-subjects';
import { SUBJECT_MARK } from './figure-subjects';
import { pageOwnerMarks } from './facts';
import { figureIn as figure, storedFact } from './figure-test-kit';
import type { Fact } from './types';

// Every sentence is written for this test; owners are read as a page's are (pageOwnerMarks).
const owners = (sentence: string, text: string): string[] => pageOwnerMarks(figure(sentence, text), sentence, '');
const stored = (sentence: string, text: string, measure: string[]): Fact => storedFact(sentence, text, { measure });

describe('a company’s own sums', () => {
  it('gives a sum to the company that lost or reckons it, or that a gapped list names', () => {
    expect(owners('Halvey Foods, which lost $2.3 billion to the recall, put the cost of its new plant at $900 million.', '$2.3 billion')).toEqual(['owner:Halvey Foods']);
    expect(owners('Halvey Foods, which lost $2.3 billion to the recall, put the cost of its new plant at $900 million.', '$900 million')).toEqual(['owner:Halvey Foods']);
    expect(owners('Brannock Research Group, a consultancy in Dayton, Ohio, put the total cost at $4.4 billion.', '$4.4 billion')).toEqual(['owner:Brannock Research Group']);
    expect(owners('Brannock Analytics raised its estimate of the recall’s cost to $5.1 billion.', '$5.1 billion')).toEqual(['owner:Brannock Analytics']);
    expect(owners('The FDA put the recall’s cost to it at $1.1 billion, and Halvey Foods at $2.3 billion.', '$2.3 billion')).toEqual(['owner:Halvey Foods']);
  });

  it('leaves a sum another owns or an estimate of no owner alone', () => {
    // A pledge raised is not an estimate of its own.
    expect(owners('Crestwood Mills has raised its pledge for the plants to about $2.7 billion.', 'about $2.7 billion')).not.toContain('owner:Crestwood Mills');
    // A modeler's estimate is no owner's, so two modelers' estimates meet (figure-actors.ts).
    expect(owners('The risk modeler Brannock Analytics estimated insured losses at $28 billion.', '$28 billion')).toEqual([]);
    // Where the verb is not the company's: the regulator's fine.
    expect(owners('The FDA fined Halvey Foods $40 million.', '$40 million')).toEqual(['owner:FDA']);
  });

  it('reads no owner for a company that lost a game or is a lawsuit’s object (review)', () => {
    expect(owners('Halvey Rovers lost 2-1 to Arsenal, and the city spent $100 million on the stadium.', '$100 million')).toEqual([]);
    expect(owners('The lawsuit against Halvey Foods put damages at $2 billion.', '$2 billion')).toEqual([]);
    // Its own loss said right before the sum is still its own.
    expect(owners('Halvey Foods lost about $2.3 billion to the recall.', 'about $2.3 billion')).toEqual(['owner:Halvey Foods']);
  });
});

describe('what a cost is of', () => {
  it('reads the thing a cost is of', () => {
    expect(costSubjects('the recall’s total cost at $4.4 billion')).toEqual([`${SUBJECT_MARK}recall`]);
    expect(costSubjects('put the cost of its own contract at $8.8 billion')).toEqual([`${SUBJECT_MARK}contract`]);
    expect(costSubjects('the contract would add $9.3 billion to its costs over its term')).toEqual([`${SUBJECT_MARK}contract`]);
    expect(costSubjects('The attack has cost the company $872 million so far')).toEqual([`${SUBJECT_MARK}attack`]);
    // Of no thing said: how much, to whom.
    expect(costSubjects('put the total cost to the companies, workers and suppliers at $9.3 billion')).toEqual([]);
  });

  it('keeps a contract’s cost apart from a strike’s, and one cost restated together', () => {
    const strike = stored('The strike’s cost to the company came to $1.1 billion.', '$1.1 billion', ['owner:Halvey Foods']);
    const contract = 'Halvey Foods said the contract would add $9.3 billion to its costs over its term.';
    expect(compareFigure([strike], figure(contract, '$9.3 billion'), contract)).toEqual([]);
    const again = 'Halvey Foods put the strike’s cost to it at $1.1 billion.';
    expect(compareFigure([strike], figure(again, '$1.1 billion'), again)[0]?.verdict).toBe('agrees');
  });

  it('reads whose a cost is as no thing it is of (review)', () => {
    expect(costSubjects('the city’s costs rose to $2 million')).toEqual([]);
    expect(costSubjects('the family’s medical costs came to $40,000')).toEqual([]);
    expect(costSubjects('the city’s cost of the cleanup at $2 million')).toEqual([`${SUBJECT_MARK}cleanup`]);
  });
});
