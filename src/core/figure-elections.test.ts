// Which election a figure is of: a state election's turnout is not a federal election's.
import { describe, expect, it } from 'vitest';
import { measureIn, storedFacts, verdict } from '../../tests/support/stored-figures';
import { electionMarks } from './figure-elections';

const FEDERAL = storedFacts(
  '2025-02-24',
  'BERLIN — Friedrich Merz’s conservatives won Germany’s federal election on Sunday with 28.5% of the vote.',
  'Turnout was 82.5%, the highest since reunification in 1990.',
);

describe('the election a figure is of', () => {
  it('is the one its sentence names, else the one the text before names last', () => {
    expect(electionMarks('The SPD won Hamburg’s state election with 33.5%.', 32, [])).toEqual(['election-of:regional']);
    expect(electionMarks('Turnout was 67.7%.', 12, ['The SPD won Hamburg’s state election on Sunday.'])).toEqual(['election-of:regional']);
    expect(electionMarks('Turnout was 82.5%.', 12, ['Merz won the general election.'])).toEqual(['election-of:national']);
    expect(electionMarks('Turnout was 82.5%.', 12, [])).toEqual([]);
  });
  it('is not one named after a time word, set beside it', () => {
    const lead = 'The SPD won Hamburg’s state election on Sunday, a week after the party’s heavy defeat in the federal election.';
    expect(electionMarks('Turnout was 67.7%.', 12, [lead])).toEqual(['election-of:regional']);
  });
  it('keeps a state election’s figures from the federal election’s', () => {
    const lead = 'HAMBURG — The Social Democrats won Hamburg’s state election on Sunday, a week after the party’s heavy defeat in the federal election.';
    expect(verdict(FEDERAL, 'Turnout was 67.7%.', '67.7%', lead, lead)).toBeNull();
    expect(verdict(FEDERAL, 'The SPD won Hamburg’s state election on Sunday with 33.5% of the vote.', '33.5%')).toBeNull();
    // The federal election's own figures are still compared.
    const federal = 'The final result of the Feb. 23 federal election was released on Friday.';
    expect(verdict(FEDERAL, 'Turnout was 82.5%.', '82.5%', federal, federal)).toEqual(['agrees', 'same figure']);
    expect(verdict(FEDERAL, 'Turnout was 67.7%.', '67.7%', federal, federal)).toEqual(['differs', 'stored figure is 82.5%']);
  });
});

describe('a smaller election against a stored figure of no level', () => {
  // The coalition story names no election's level: its seats are the country's parliament's.
  const COALITION = storedFacts('2025-04-09', 'Together the CDU/CSU and the SPD hold 328 of the 630 seats, 12 more than the 316 needed for a majority.');
  const lead = 'HAMBURG — The Social Democrats won Hamburg’s state election on Sunday.';
  it('is not set against it', () => {
    expect(verdict(COALITION, 'The SPD will hold 45 of the 121 seats in the Hamburg Parliament.', '121 seats', lead, lead)).toBeNull();
  });
  it('leaves the country’s election, said or not, compared with it', () => {
    const federal = 'The final result of the federal election was released on Friday.';
    expect(verdict(COALITION, 'The CDU/CSU and the SPD hold 328 of the 630 seats.', '630 seats', federal, federal)).toEqual(['agrees', 'same figure']);
    expect(verdict(COALITION, 'The CDU/CSU and the SPD hold 328 of the 630 seats.', '630 seats')).toEqual(['agrees', 'same figure']);
  });
});

describe('a pair of a list that leaves out its verb', () => {
  const STORED = 'The CDU/CSU will hold 208 of the 630 seats in the new Bundestag and the AfD 152, the count showed.';
  it('counts what the first figure is part of', () => {
    expect(measureIn(STORED, '152')).toContain('counts:seats');
    // Near case: a bare figure after a name with no list before it.
    expect(measureIn('Of the 630 seats, 152 went to the AfD.', '152')).not.toContain('counts:seats');
  });
  it('so its party\'s seats said as lawmakers agree with it', () => {
    const stored = storedFacts('2025-03-01', STORED);
    expect(verdict(stored, 'The AfD is now the largest opposition party with 152 lawmakers.', '152 lawmakers')).toEqual(['agrees', 'same figure']);
    expect(verdict(stored, 'The Greens are now a smaller party with 85 lawmakers.', '85 lawmakers')).toBeNull();
  });
});
