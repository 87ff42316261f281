import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities';

const spans = (text: string): string[] => findQuantities(text).map((q) => q.text);

describe('two sums joined by "to"', () => {
  it('reads them as one range in one currency', () => {
    const text = 'The new terminal will cost $2.1 billion to $2.6 billion, the airport authority said.';
    expect(spans(text)).toEqual(['$2.1 billion to $2.6 billion']);
    expect(findQuantities(text)[0]).toMatchObject({ form: 'range', value: 2.1e9, high: 2.6e9, unit: 'USD' });
    expect(findQuantities('analysts expect a price of $40 to $45 a share')[0]).toMatchObject({ form: 'range', value: 40, high: 45 });
    expect(spans('fines of €300m to €500m')).toEqual(['€300m to €500m']);
  });
  it('gives a bare low side the high side\'s scale', () => {
    expect(findQuantities('a budget of $4 to $5 billion')[0]).toMatchObject({ form: 'range', value: 4e9, high: 5e9 });
  });
  it('keeps the qualifier before the range', () => {
    expect(spans('losses of about $1 million to $2 million')).toEqual(['about $1 million to $2 million']);
  });
  it('leaves a change, two currencies and a falling pair as two sums', () => {
    expect(spans('The fare rose from $40 to $45 this year.')).toEqual(['$40', '$45']);
    expect(spans('Congress cut the budget by $2 billion to $5 billion.')).toEqual(['$2 billion', '$5 billion']);
    expect(spans('Shares fell $3 to $45 in early trading.')).toEqual(['$3', '$45']);
    expect(spans('a bid of $5 billion to €6 billion')).toEqual(['$5 billion', '€6 billion']);
    expect(spans('It sold for $9 million to $2 million less than asked.')).toEqual(['$9 million', '$2 million']);
  });
  it('leaves a sum given to someone alone', () => {
    expect(spans('The fund paid $500 to 40 families.')).toEqual(['$500', '40 families']);
  });
});
