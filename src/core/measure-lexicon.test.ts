import { describe, expect, it } from 'vitest';
import { measureIn, storedFacts, verdict } from '../../tests/support/stored-figures';
import { eventLemma, topicLemma } from './measure-lexicon';
import { verdictAgainst } from './figure-test-kit';

describe('claims received', () => {
  const stored = storedFacts('2025-01-16', 'The insurer said it had received 3,500 claims from the two fires.');
  it('are what happened to the claims, so a later count differs', () => {
    expect(eventLemma('received')).toBe('received');
    expect(eventLemma('filed')).toBe('received');
    expect(verdict(stored, 'The insurer said it had received 4,900 claims from the January fires.', '4,900 claims')).toEqual(['differs', 'stored figure is 3,500']);
  });
  it('are not claims said to be something else ("denied 1,200 claims")', () => {
    expect(verdict(stored, 'The insurer has denied 2,200 claims so far.', '2,200 claims')).toBeNull();
  });
});

describe('a takeover', () => {
  const stored = storedFacts('2025-01-03', "President Joe Biden on Friday blocked Nippon Steel's $14.9 billion purchase of U.S. Steel.");
  it('is a deal by its own names', () => {
    for (const w of ['merger', 'takeover', 'acquisition', 'buyout', 'purchase']) expect(topicLemma(w)).toBe('deal');
    expect(verdict(stored, 'Rivals criticised the $14.9 billion takeover of U.S. Steel.', '$14.9 billion')).toEqual(['agrees', 'same figure']);
  });
  it('is what a company "bought" something for, named with the bodies on both sides', () => {
    const price = storedFacts('2023-03-27', "HSBC bought the bank's British arm, Northwind Bank UK, for £1 on March 13.");
    expect(topicLemma('bought')).toBe('deal');
    expect(verdict(price, 'HSBC has bought Northwind Bank UK, the arm of the failed lender, for £1, regulators said.', '£1')).toEqual(['agrees', 'same figure']);
    // A fine the same bodies are named with is no price paid.
    expect(verdict(price, 'Regulators fined HSBC and Northwind Bank UK £1 million for the breach.', '£1 million')).toBeNull();
  });
  it('is not every sale: "sales" stay revenue', () => {
    expect(topicLemma('sales')).toBe('revenue');
    expect(topicLemma('sale')).toBeNull();
  });
});

describe('a run on a bank', () => {
  const stored = storedFacts('2023-03-10', 'Depositors pulled about $42 billion from the bank on Thursday, March 9, the regulator said.');
  it('dates what depositors did, however it is said ("pulled", "withdrew")', () => {
    expect(topicLemma('withdrew')).toBe('withdrawal');
    expect(verdict(stored, 'Customers withdrew about $42 billion on March 9, the former chief said.', 'March 9')).toEqual(['agrees', 'same date']);
  });
  it('is not another day of the bank: a share sale it announced is no withdrawal', () => {
    expect(verdict(stored, 'The bank said on March 8 that it would sell new shares.', 'March 8')).toBeNull();
  });
  it('and a deal\'s price are said of sums only: "pulled 12 survivors", "bought 20,000 tickets" are neither', () => {
    expect(measureIn('Rescuers pulled 12 survivors from the rubble on Monday.', '12 survivors')).not.toContain('withdrawal');
    expect(measureIn('The Celtics pulled within 3 points in the fourth quarter.', '3 points')).not.toContain('withdrawal');
    expect(measureIn('Fans bought 20,000 tickets in the first hour.', '20,000 tickets')).not.toContain('deal');
    expect(measureIn('Advertisers pulled $40 million from the network.', '$40 million')).toContain('withdrawal');
    expect(measureIn('The city bought 40 electric buses for $12 million.', '$12 million')).toContain('deal');
  });
});

describe('what depositors ask a bank for', () => {
  it('is their money back, a withdrawal', () => {
    expect(measureIn('The run was fast: depositors asked for about $42 billion on Thursday alone, after the parent said it had lost $1.8 billion.', 'about $42 billion')).toContain('withdrawal');
    expect(measureIn('Customers requested $100 billion the next morning.', '$100 billion')).toContain('withdrawal');
    const stored = storedFacts('2023-03-10', 'Depositors pulled about $42 billion from the bank on Thursday, March 9.');
    expect(verdict(stored, 'The run was fast: depositors asked for about $42 billion on Thursday alone, after the parent said it had lost $1.8 billion.', 'about $42 billion')?.[0]).toBe('agrees');
  });
  it('while what others ask for is no withdrawal', () => {
    expect(measureIn('The agency asked for $258 million to fight the outbreak.', '$258 million')).not.toContain('withdrawal');
    expect(measureIn('Analysts asked for $2 billion in new capital.', '$2 billion')).not.toContain('withdrawal');
    expect(measureIn('Depositors asked the bank on Friday whether $250,000 was covered.', '$250,000')).not.toContain('withdrawal');
  });
  it('nor what they ask for that is no sum of theirs (a refund, a rate, a return, cards)', () => {
    expect(measureIn('Customers asked for $200 refunds after the concert was cancelled.', '$200')).not.toContain('withdrawal');
    expect(measureIn('Depositors asked for a rate of 5%.', '5%')).not.toContain('withdrawal');
    expect(measureIn('Savers sought returns of 4% a year.', '4%')).not.toContain('withdrawal');
    expect(measureIn("The bank's customers requested 3,000 new cards.", '3,000')).not.toContain('withdrawal');
    // A sum "in" a kind of thing is that thing; "in withdrawals" and "in a day" are the money.
    expect(measureIn('Depositors asked for $2 billion in loans.', '$2 billion')).not.toContain('withdrawal');
    expect(measureIn('Depositors asked for $2 billion in withdrawals.', '$2 billion')).toContain('withdrawal');
    expect(measureIn('Depositors asked for $2 billion in a single day.', '$2 billion')).toContain('withdrawal');
    // Review: a span of time said in words is still the money's.
    expect(measureIn('Depositors asked for $2 billion in recent days.', '$2 billion')).toContain('withdrawal');
    expect(measureIn('Depositors asked for $2 billion in three days.', '$2 billion')).toContain('withdrawal');
  });
});

describe('deposit insurance', () => {
  it('is read from two words: "deposit insurance", "insured money"', () => {
    expect(measureIn('including the money above the $250,000 that deposit insurance covers', '$250,000')).toContain('deposit-insurance');
    expect(measureIn('They could reach their insured money, up to $250,000 each, by Monday.', 'up to $250,000')).toContain('deposit-insurance');
    // Near cases: insurance of other things.
    expect(measureIn('Insured losses could reach $40 billion, the modeler said.', '$40 billion')).not.toContain('deposit-insurance');
    expect(measureIn('The flood insurance program paid $2 billion.', '$2 billion')).not.toContain('deposit-insurance');
  });
});

// Written for this test: how long a jury took, said as a noun or as a verb.
describe('a jury’s deliberation', () => {
  const stored = storedFacts('2024-05-03', 'The jury reached its verdict after less than six hours of deliberation, ending a trial of a month.');

  it('is one measure, whether the jury deliberated or its deliberation took the time', () => {
    expect(topicLemma('deliberating')).toBe('deliberation');
    expect(verdict(stored, 'The jury convicted her on Friday after deliberating for less than six hours.', 'less than six hours')?.[0]).toBe('agrees');
  });

  it('is not the length of talks or of a meeting', () => {
    expect(verdict(stored, 'The two sides ended their talks after less than six hours on Friday.', 'less than six hours')).toBeNull();
  });
});

// Written for this test: the day a closed place returns to use, and how long it stayed shut.
describe('a reopening', () => {
  const stored = storedFacts('2025-03-10', 'The Harlow Bridge reopened on March 3, two years after a barge struck it.');

  it('dates the same return to use, and its time since the closure, on both sides', () => {
    expect(topicLemma('reopened')).toBe('reopening');
    expect(verdict(stored, 'Traffic is flowing again since the bridge reopened on March 3.', 'March 3')?.[0]).toBe('agrees');
    expect(verdict(stored, 'The bridge reopened two years after the accident.', 'two years')?.[0]).toBe('agrees');
  });

  it('is not the day of another event beside it', () => {
    expect(verdict(stored, 'The council met on March 5 to approve the budget.', 'March 5')).toBeNull();
  });
});

describe('a ban and an absence', () => {
  it('are two counts: "suspended for six matches" is not "missed six matches"', () => {
    expect(verdictAgainst('The striker missed six matches with a knee injury.', 'six matches', 'The striker was suspended for six matches.', 'six matches')).toBeUndefined();
    expect(verdictAgainst('The nurse missed 12 shifts last month.', '12 shifts', 'The nurse was suspended for 12 shifts by the hospital.', '12 shifts')).toBeUndefined();
  });
  it('each still meets itself, and a ban by another word', () => {
    expect(verdictAgainst('The striker missed six matches with a knee injury.', 'six matches', 'The striker missed six matches this season.', 'six matches')).toBe('agrees');
    expect(verdictAgainst('The striker was banned for six matches after the red card.', 'six matches', 'The striker was suspended for six matches.', 'six matches')).toBe('agrees');
  });
});

describe('a settlement', () => {
  it('is a sum paid "to settle" a suit, as "the $350 million settlement" is', () => {
    const stored = storedFacts('2024-05-02', 'The chemical maker agreed to pay $350 million to settle a lawsuit brought by farmers.');
    expect(topicLemma('settle')).toBe('settlement');
    expect(verdict(stored, 'A judge approved the chemical maker’s $350 million settlement with farmers on Tuesday.', '$350 million')).toEqual(['agrees', 'same figure']);
  });
});

describe('time trapped', () => {
  it('is one length whether said trapped or underground', () => {
    const stored = storedFacts('2018-07-11', 'The last of the 12 boys was carried out on Tuesday, ending 18 days underground at the cave.');
    expect(verdict(stored, 'The owners of the cave, where 12 boys were trapped for 18 days this summer, sold it on Monday.', '18 days')?.[0]).toBe('agrees');
    expect(verdict(stored, 'The owners of the cave, where 12 boys were trapped for 17 days this summer, sold it on Monday.', '17 days')?.[0]).toBe('differs');
  });
});
