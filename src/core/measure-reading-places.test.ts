import { describe, expect, it } from 'vitest';
import { measureIn, storedFacts, verdict } from '../../tests/support/stored-figures';

describe('the place right after a temperature is the reading\'s', () => {
  const sentence = 'The storm knocked about 40% of the region\'s power plants offline as temperatures fell to minus 2 degrees Fahrenheit in Dallas, and some 4.5 million homes lost power.';
  it('is no place of the sentence\'s other figures', () => {
    expect(measureIn(sentence, 'some 4.5 million homes')).not.toContain('dallas');
    expect(measureIn(sentence, 'about 40%')).not.toContain('dallas');
    expect(measureIn('Highs reached 38C in Seville while 2,000 firefighters battled blazes.', '2,000 firefighters')).not.toContain('seville');
  });
  it('lets a statewide stored count meet the page\'s', () => {
    const stored = storedFacts('2021-02-16', 'Some 4.5 million homes and businesses in Texas were without power on Tuesday, the grid operator said.');
    expect(verdict(stored, 'Temperatures fell to 2 degrees Fahrenheit in Dallas, and some 4.5 million homes and businesses lost power.', 'some 4.5 million homes')?.[0]).toBe('agrees');
  });
  it('stays the reading\'s own, and a place said for the figure itself stays', () => {
    expect(measureIn(sentence, 'minus 2 degrees Fahrenheit')).toContain('dallas');
    expect(measureIn('As temperatures fell to 2 degrees in Dallas, 4,000 homes in Houston lost power.', '4,000 homes')).toContain('houston');
    expect(measureIn('The storm left 4,000 homes in Dallas without power as temperatures fell to 2 degrees.', '4,000 homes')).toContain('dallas');
    expect(measureIn('The deaths of 50 militants and the detention of 100 individuals in the Jenin area.', '50 militants')).toContain('jenin');
  });
  it('stays the figures\' place when a clause of \'where\' follows the reading\'s', () => {
    const where = 'Highs reached 38C in Seville, where 2,000 homes lost power on Monday.';
    expect(measureIn(where, '2,000 homes')).toContain('seville');
    const stored = storedFacts('2022-07-14', 'Some 2,000 homes in Lisbon lost power on Monday, the utility said.');
    expect(verdict(stored, where, '2,000 homes')).toBeNull();
    expect(measureIn('Highs reached 38C in Seville while 2,000 homes lost power.', '2,000 homes')).not.toContain('seville');
  });
});
