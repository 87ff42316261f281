import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities';

const spans = (s: string) => findQuantities(s).map((q) => q.text);

describe('a range compared with an earlier range', () => {
  it('keeps the earlier level a range after ", down from" or ", up from"', () => {
    expect(spans('It expects revenue of $3.89 billion to $3.90 billion this year, down from $3.98 billion to $4.01 billion.'))
      .toEqual(['$3.89 billion to $3.90 billion', '$3.98 billion to $4.01 billion']);
    expect(spans('The agency now sees 1,200 to 1,300 jobs cut, up from 900 to 1,000 jobs.')).toEqual(['1,200 to 1,300 jobs', '900 to 1,000 jobs']);
    expect(spans('It sees growth of 2% to 3%, down from 3% to 4%.')).toEqual(['2% to 3%', '3% to 4%']);
  });
  it('leaves a change a change: a verb\'s "from", or a comparison after no range', () => {
    expect(spans('Prices rose from $3 to $4.')).toEqual(['$3', '$4']);
    expect(spans('Shares were up from $40 to $45 by noon.')).toEqual(['$40', '$45']);
    expect(spans('Fares, up from $35 to $40, drew crowds.')).toEqual(['$35', '$40']);
    expect(spans('It sold 5,000 cars. Fares, up from $35 to $40, drew crowds.')).toEqual(['5,000 cars', '$35', '$40']);
  });
});
