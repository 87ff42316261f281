// An outbreak's figures: cases and infections reported, people hospitalized, doses
// delivered, the share vaccinated against the share needed to stop the spread.
import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';

const TEXAS = storedFacts(
  '2025-03-28',
  'LUBBOCK, Texas — The measles outbreak in West Texas has grown to 505 cases since late January.',
  'Of those, 53 people have been hospitalized, most of them children.',
  'Only 82% of kindergartners in Gaines County had received both doses of the measles vaccine, well below the 95% that health officials say is needed to stop the virus from spreading.',
  'About 1.2 million doses of vaccine have been delivered to 11 countries.',
);

describe('outbreak figures', () => {
  it('count cases and infections as one reported count', () => {
    expect(verdict(TEXAS, 'The outbreak in West Texas was declared over after 762 cases.', '762 cases')?.[0]).toBe('differs');
    expect(verdict(TEXAS, 'The outbreak in West Texas had reached 505 infections.', '505 infections')?.[0]).toBe('agrees');
  });
  it('tell people hospitalized from other people', () => {
    expect(verdict(TEXAS, 'The health department said 64 people had been hospitalized.', '64 people')?.[0]).toBe('differs');
    expect(verdict(TEXAS, 'The health department said 64 people had been evacuated.', '64 people')).toBeNull();
  });
  it('keep the share vaccinated apart from the share needed to stop the spread', () => {
    const page = 'Roughly 82% of kindergartners have had both doses, against the 95% needed to stop the spread.';
    expect(verdict(TEXAS, page, 'Roughly 82%')?.[0]).toBe('agrees');
    expect(verdict(TEXAS, page, '95%')?.[0]).toBe('agrees');
    expect(verdict(TEXAS, 'About 95% of kindergartners have had both doses.', 'About 95%')?.[0]).not.toBe('agrees');
  });
  it('compare doses delivered with doses delivered', () => {
    expect(verdict(TEXAS, 'More than 3 million doses have now been delivered to African countries.', 'More than 3 million doses')?.[0]).toBe('differs');
  });
});

describe('a running count grown past three times', () => {
  const AMERICAS = storedFacts(
    '2025-03-28',
    'The Pan American Health Organization said 2,318 measles cases had been reported in the Americas in the first three months of 2025.',
  );
  it('is a later tally of the same place', () => {
    expect(verdict(AMERICAS, 'Measles cases in the Americas have risen to 7,132 so far this year, the Pan American Health Organization said on Friday.', '7,132')?.[1]).toMatch(/^older snapshot: stored 2,318/);
  });
  it('is likely another place’s without one in common', () => {
    const gaines = storedFacts('2025-03-28', 'Gaines County has recorded 315 of the cases.');
    expect(verdict(gaines, 'Canada has reported more than 3,000 cases.', 'more than 3,000 cases')).toBeNull();
  });
});

describe('a toll far past an older one, with no place in common', () => {
  const stored = storedFacts('2025-03-29', 'In Bangkok, a 30-storey tower under construction for Thailand’s State Audit Office collapsed, killing 10 people.');
  it('is a later count of it where both name the same body', () => {
    const page = 'Two weeks after the collapse of a 30-storey tower being built for the State Audit Office killed 89 people, an audit was ordered.';
    expect(verdict(stored, page, '89 people')).toEqual(['differs', 'older snapshot: stored 10 on 29 Mar 2025']);
  });
  it('but likely another count where none is named', () => {
    expect(verdict(stored, 'Two weeks after the collapse of a tower killed 89 people, an audit was ordered.', '89 people')).toBeNull();
  });
});
