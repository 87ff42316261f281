import { describe, expect, it } from 'vitest';
import { figureIn, storedFacts, verdict } from '../../tests/support/stored-figures';
import { addsToAnother } from './figure-additions';

const adds = (sentence: string, text: string): boolean => addsToAnother(sentence, figureIn(sentence, text));

describe('a figure added to another', () => {
  it('is read from "another", "a further", "N more" and "N extra"', () => {
    expect(adds('The agency had released another $6 million to Texas.', '$6 million')).toBe(true);
    expect(adds('The Commission has promised a further €10 million.', '€10 million')).toBe(true);
    expect(adds('It said it would deliver 500,000 more doses.', '500,000')).toBe(true);
    expect(adds('The department has given about 2,000 extra doses since February.', 'about 2,000')).toBe(true);
  });
  it('is not a bound or a plain figure', () => {
    expect(adds('The outbreak has grown to 505 cases.', '505 cases')).toBe(false);
    expect(adds('It had 500 more than a year ago.', '500')).toBe(false);
  });
  it('is compared only with a stored figure added likewise', () => {
    const fed = storedFacts('2025-09-17', 'Policymakers expect two more cuts this year.');
    expect(verdict(fed, 'The median projection shows two more cuts this year.', 'two')?.[0]).toBe('agrees');
    const stored = storedFacts('2025-03-28', 'The CDC released $11 million in emergency funds to state health departments.');
    expect(verdict(stored, 'The CDC released another $6 million to state health departments.', '$6 million')).toBeNull();
    expect(verdict(stored, 'The CDC released $6 million to state health departments.', '$6 million')?.[0]).toBe('differs');
  });
});

describe('a count said as a move', () => {
  it('is how much a count changed by, not a count to set against a stored one', () => {
    const stored = storedFacts('2025-03-29', 'A magnitude 7.7 earthquake struck central Myanmar on Friday, killing at least 1,002 people in Myanmar.');
    expect(verdict(stored, 'The death toll in Myanmar rose to 3,564 on Thursday, up 479 from a week earlier.', '479')).toBeNull();
    expect(verdict(stored, 'The death toll in Myanmar rose to 1,002 on Saturday.', '1,002')).not.toBeNull();
  });
});
