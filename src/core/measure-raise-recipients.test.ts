import { describe, expect, it } from 'vitest';
import { measureOf } from './facts';
import { raiseRecipients } from './measure-raise-recipients';
import { figureIn as figure, verdictAgainst as verdict } from './figure-test-kit';

// Every sentence is written for this test.
const recipients = (sentence: string, text: string): string[] => raiseRecipients(sentence, figure(sentence, text));

describe('whom a pay raise is for', () => {
  it('reads the receiver given the raise, winning it, or named after it', () => {
    expect(recipients('The airline gave its senior pilots a 9% raise.', '9%')).toEqual(['over:raise-for-pilot']);
    expect(recipients('Teachers in the district won a 6% raise over two years.', '6%')).toEqual(['over:raise-for-teacher']);
    expect(recipients('The council approved a 4% raise for its bus drivers.', '4%')).toEqual(['over:raise-for-driver']);
    // Those who run a firm are one kind, whatever they are called.
    expect(recipients('The bank granted its managers a 9% raise.', '9%')).toEqual(['over:raise-for-executive']);
  });

  it('marks no kind for a whole workforce, nor where no receiver is said', () => {
    expect(recipients('The hospital gave its staff a 6% raise.', '6%')).toEqual([]);
    expect(recipients('Workers won a 6% raise over the contract.', '6%')).toEqual([]);
    expect(recipients('The deal gives a 6% raise in the first year.', '6%')).toEqual([]);
    expect(recipients('The council approved a 4% raise for the year.', '4%')).toEqual([]);
  });

  it('reads no kind from a word that is no receiver, a pronoun, a name or a union', () => {
    expect(recipients('The council gave final approval to a 5% raise.', '5%')).toEqual([]);
    expect(recipients('The union offered to accept a 3% raise.', '3%')).toEqual([]);
    expect(recipients('The company gave in and offered a 4% raise.', '4%')).toEqual([]);
    expect(recipients('The board gave him a 30% raise.', '30%')).toEqual([]);
    expect(recipients('Lawmakers gave themselves a 10% raise.', '10%')).toEqual([]);
    expect(recipients('The board gave Smith a 30% raise.', '30%')).toEqual([]);
    expect(recipients('The Teamsters won a 20% raise over five years.', '20%')).toEqual([]);
    // A kind past a capitalised place or a title still is one.
    expect(recipients('Texas teachers got a 5% raise.', '5%')).toEqual(['over:raise-for-teacher']);
    expect(recipients('The board gave its chief executive a 30% raise.', '30%')).toEqual(['over:raise-for-executive']);
    const stored = 'Teachers in the district won a 5% raise.';
    expect(verdict(stored, '5%', 'The board gave final approval to a 5% raise.', '5%')).toBe('agrees');
  });

  it('keeps a raise for one kind apart from the same share for another', () => {
    const stored = 'Nurses at the clinic won a 12% raise over three years.';
    expect(verdict(stored, '12%', 'The company gave its executives a 12% raise.', '12%')).toBeUndefined();
    expect(verdict(stored, '12%', 'The district gave bus drivers a 12% raise.', '12%')).toBeUndefined();
    // The same kind, the workforce as a whole, or no receiver said still meet it.
    expect(verdict(stored, '12%', 'The clinic gave its nurses a 12% raise.', '12%')).toBe('agrees');
    expect(verdict(stored, '12%', 'The clinic gave its nurses a 10% raise.', '10%')).toBe('differs');
    expect(verdict(stored, '12%', 'The clinic gave its staff a 12% raise.', '12%')).toBe('agrees');
    expect(verdict(stored, '12%', 'The union said the 12% raise was a win.', '12%')).toBe('agrees');
  });

  it('adds nothing to a share that is no raise of pay', () => {
    expect(measureOf('The firm gave its executives a 12% stake.', figure('The firm gave its executives a 12% stake.', '12%')).some((w) => w.startsWith('over:raise-for'))).toBe(false);
  });
});
