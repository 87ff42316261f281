import { describe, expect, it } from 'vitest';
import { compareFigure, measureOf } from './facts';
import { PAY_RAISE } from './measure-raises';
import { figureIn as figure, storedFact } from './figure-test-kit';
import type { Fact } from './types';

// Every sentence is written for this test.
const marked = (sentence: string, text: string, before = ''): boolean => measureOf(sentence, figure(sentence, text), before).includes(PAY_RAISE);
const stored = (sentence: string, text: string, before = ''): Fact => storedFact(sentence, text, { before, date: '2023-09-16' });

describe('pay raises', () => {
  it('marks a share said as a raise, offered, asked for or won', () => {
    expect(marked('The nurses asked for a 30% raise over three years.', '30%')).toBe(true);
    expect(marked('The board raised its offer to a 12% raise over the contract, from 9% in June.', '12%')).toBe(true);
    expect(marked('The board raised its offer to a 12% raise over the contract, from 9% in June.', '9%')).toBe(true);
    expect(marked('The deal raises base pay by 18% over its term.', '18%')).toBe(true);
    expect(marked('The teachers won raises of 15% at every school.', '15%')).toBe(true);
    expect(marked('The union cut its demand for a raise to 26% this week.', '26%')).toBe(true);
    expect(marked('The hospital raised its offer to 14% from 10%, and the clinics kept theirs at 11%.', '10%', 'The nurses want a 30% raise.')).toBe(true);
    expect(marked('The hospital raised its offer to 14% from 10%, and the clinics kept theirs at 11%.', '11%', 'The nurses want a 30% raise.')).toBe(true);
    expect(marked('The city has offered 8% over four years, and Riverside County 6%.', '6%', 'The nurses have asked for a 30% raise.')).toBe(true);
  });

  it('leaves other shares alone: a rise of prices, an offer of no pay, a rate raised', () => {
    expect(marked('Inflation could rise to 3% next year.', '3%')).toBe(false);
    expect(marked('Prices saw an increase of 5% in March.', '5%')).toBe(false);
    expect(marked('The shop offered a 10% discount on coats.', '10%')).toBe(false);
    expect(marked('The central bank raised rates by 0.25% on Thursday.', '0.25%')).toBe(false);
    // An offer is a raise only where a raise is spoken of.
    expect(marked('The city has offered 8% over four years.', '8%', 'The bonds mature in 2030.')).toBe(false);
  });

  it('sets a changed demand against the stored one, and keeps a raise apart from other shares', () => {
    const demand = stored('The nurses have asked for a 30% raise over three years.', '30%');
    const lowered = 'The union lowered its demand for a raise to 26% over the contract, from 30% when talks began.';
    expect(compareFigure([demand], figure(lowered, '26%'), lowered)[0]?.verdict).toBe('differs');
    expect(compareFigure([demand], figure(lowered, '30%'), lowered)[0]?.verdict).toBe('agrees');
    const vote = 'The nurses said 30% of members took part in the meeting about the talks.';
    expect(compareFigure([demand], figure(vote, '30%'), vote)).toEqual([]);
  });

  it('leaves a raise of another thing, and an offer of a stake or a discount, alone (review)', () => {
    expect(marked('Voters approved a 1% raise in the sales tax.', '1%')).toBe(false);
    expect(marked('Engineers expect a raise of 2% in the water level.', '2%')).toBe(false);
    const before = 'Staff won a 4% raise last year.';
    expect(marked('The store offered 20% off every coat.', '20%', before)).toBe(false);
    expect(marked('The buyer offered 30% of the shares to the founders.', '30%', before)).toBe(false);
    expect(marked('The fund demanded a 25% stake in the venture.', '25%', before)).toBe(false);
    // What a firm pays out or charges is raised "to" as pay is not.
    expect(marked('The insurer gave a 12% raise to its dividend.', '12%')).toBe(false);
    expect(marked('The landlord announced a 7% raise to the rents.', '7%')).toBe(false);
    expect(marked('The board approved a 5% raise for the quarterly payout.', '5%')).toBe(false);
    // A raise in pay, in a year of the contract, still is one.
    expect(marked('The deal gives a 5% raise in the first year.', '5%')).toBe(true);
    expect(marked('The nurses asked for a 12% raise in base pay.', '12%')).toBe(true);
    expect(marked('The nurses won a 12% raise to their base pay.', '12%')).toBe(true);
    expect(marked('The nurses won a 12% raise to their pay rates.', '12%')).toBe(true);
    expect(marked('The city approved a 4% raise for its bus drivers.', '4%')).toBe(true);
    // Such a word naming the people raised, made pay by the word before, or the end the raise
    // is for, leaves a raise of pay.
    expect(marked('The turnpike approved a 4% raise for toll collectors.', '4%')).toBe(true);
    expect(marked('The city approved a 5% raise for budget analysts.', '5%')).toBe(true);
    expect(marked('Drivers won a 12% raise to their hourly rates.', '12%')).toBe(true);
    expect(marked('Nurses demanded a 15% raise to cover rent.', '15%')).toBe(true);
    expect(marked('The bank gave a 5% raise to its dividend payouts.', '5%')).toBe(false);
    expect(marked('The council approved a 6% raise to the tax rates.', '6%')).toBe(false);
  });
});
