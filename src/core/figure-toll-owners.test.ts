import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';
import { countsTheDead } from './figure-toll-owners';
import { findQuantities } from './quantities';

function dead(sentence: string, text: string): boolean {
  const q = findQuantities(sentence).find((f) => f.text === text);
  if (!q) throw new Error(`"${text}" not in "${sentence}"`);
  return countsTheDead(sentence, q);
}

describe('countsTheDead', () => {
  it('reads the dead by the noun or the clause', () => {
    expect(dead('Six road workers were killed.', 'Six')).toBe(true);
    expect(dead('The flood left 12 dead.', '12')).toBe(true);
    expect(dead('At least 40 deaths were reported.', 'At least 40 deaths')).toBe(true);
  });
  it('must not change: counts of the living, of things, of sums', () => {
    expect(dead('About 15,000 people work at the port.', 'About 15,000 people')).toBe(false);
    expect(dead('The bank cut 300 jobs.', '300 jobs')).toBe(false);
    expect(dead('The court fined the firm $4 million.', '$4 million')).toBe(false);
  });
});

describe("a stored toll is no lead institution's figure", () => {
  const stored = storedFacts(
    '2024-10-25',
    'The Justice Department reached a $102 million settlement with the ship’s owner on Thursday.',
    'The ship lost power twice before it struck the bridge.',
    'The owner has asked a court to limit its liability, a request opposed by the families of the six workers who died.',
  );
  it('so a page that credits the toll to another body still meets it', () => {
    expect(verdict(stored, 'The Maryland Transportation Authority said six road workers were killed.', 'six')?.[0]).toBe('agrees');
  });
  it('must not change: a sum of the same story stays the lead body’s (finance)', () => {
    const fines = storedFacts('2025-04-23', 'The European Commission fined Apple €500 million on Wednesday.', 'The penalty of €500 million was the largest this year.');
    expect(verdict(fines, 'The Competition and Markets Authority fined Apple €500 million.', '€500 million')).toBeNull();
  });
  it('must not change: a toll its own sentence credits to a body stays that body’s (weather)', () => {
    const toll = storedFacts('2025-01-10', 'The storm killed 14 people, the Interior Ministry said.');
    expect(verdict(toll, 'The storm killed 14 people, the Red Cross said.', '14 people', '', '')?.[0]).toBe('agrees');
  });
});
