import { describe, expect, it } from 'vitest';
import { donorsOf } from './figure-donors';
import { named } from './figure-named';
import { figureIn as figure, verdictAgainst } from './figure-test-kit';

// Every sentence is written for this test.
const donors = (sentence: string, text: string): string[] => {
  const q = figure(sentence, text);
  return donorsOf(named(sentence), q.start, q.end);
};
// The stored side as the knowledge build reads it, owners and all.
const verdict = verdictAgainst;

describe('the country that gives a sum', () => {
  it('reads the giver of a pledge, also in a list that leaves out its verb', () => {
    const list = 'Norway promised up to £40 million, the United States $12.5 million and Japan $8 million.';
    expect(donors(list, 'up to £40 million')).toEqual(['Norway']);
    expect(donors(list, '$12.5 million')).toEqual(['United States']);
    expect(donors(list, '$8 million')).toEqual(['Japan']);
    expect(donors('Canada, the host, pledged $75 million to the fund, and Spain matched it with $75 million.', '$75 million')).toEqual(['Canada']);
    expect(donors('Chile and Peru each promised about $20 million to the fund.', 'about $20 million')).toEqual(['Chile', 'Peru']);
    expect(donors('The United States has paid in $12.5 million to the fund.', '$12.5 million')).toEqual(['United States']);
    // A country's other name is the one country.
    expect(donors('Britain, which promised up to £40 million, said the money would go to Africa.', 'up to £40 million')).toEqual(['United Kingdom']);
    expect(donors('Spain pledged $5 million, adding to the $75 million from Canada.', '$75 million')).toEqual(['Canada']);
    expect(donors('Canada and Spain, with $75 million each, remain the fund’s largest backers.', '$75 million')).toEqual(['Canada', 'Spain']);
  });

  it('reads no giver where a place gives nothing', () => {
    // Trade, a fine, damage: a place beside a sum is no donor.
    expect(donors('Imports worth $5 billion from China arrived in May.', '$5 billion')).toEqual([]);
    expect(donors('Brussels fined the company €2.4 billion in June.', '€2.4 billion')).toEqual([]);
    expect(donors('Texas and California, with $5 billion each in damage, were hit hardest.', '$5 billion')).toEqual([]);
    expect(donors('Florida spent $40 million on the levees.', '$40 million')).toEqual([]);
    // A price paid or offered for something, or a sum owed of a kind, is no pledge.
    expect(donors('Germany paid $2 billion for Russian gas last year.', '$2 billion')).toEqual([]);
    expect(donors('France offered €500 million for the stake in the airline.', '€500 million')).toEqual([]);
    expect(donors('Norway paid $5 billion in interest on its debt.', '$5 billion')).toEqual([]);
    expect(donors('Spain paid $90 million to the fund.', '$90 million')).toEqual(['Spain']);
  });

  it('meets a pledge restated with its country, and not another country’s of the same sum', () => {
    const stored = 'Norway promised up to £40 million, the United States $12.5 million and Japan $8 million.';
    expect(verdict(stored, '$12.5 million', 'The United States has paid in $12.5 million, its officials said.', '$12.5 million')).toBe('agrees');
    expect(verdict(stored, 'up to £40 million', 'Norway has confirmed its pledge of up to £40 million.', 'up to £40 million')).toBe('agrees');
    expect(verdict(stored, '$8 million', 'Italy pledged $8 million to the fund.', '$8 million')).toBeUndefined();
    // What a country paid for gas says nothing of its pledge.
    expect(verdict(stored, '$12.5 million', 'The United States paid $12.5 million for the gas.', '$12.5 million')).toBeUndefined();
    expect(verdict(stored, '$12.5 million', 'The United States paid $20 million for the gas.', '$20 million')).toBeUndefined();
  });
});
