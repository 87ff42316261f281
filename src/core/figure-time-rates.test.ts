import { describe, expect, it } from 'vitest';
import { verdictAgainst } from './figure-test-kit';
import { hoursPer } from './figure-time-rates';
import { findQuantities } from './quantities';

const per = (sentence: string): number | null => hoursPer(sentence, findQuantities(sentence)[0]!);

describe('a rate per another unit of time', () => {
  it('agrees with the stored rate it converts to', () => {
    const stored = 'An industry journal estimated that the closure held up about $9.6 billion of goods a day.';
    expect(verdictAgainst(stored, 'about $9.6 billion', 'The journal put the cost at about $400 million an hour in delayed goods.', 'about $400 million')).toBe('agrees');
    const oil = 'Before the leak, the pipeline carried 168,000 barrels of crude a week.';
    expect(verdictAgainst(oil, '168,000 barrels', 'Before the leak it moved 24,000 barrels per day.', '24,000 barrels')).toBe('agrees');
    const cars = 'The plant builds about 1,200 cars each day, the union said.';
    expect(verdictAgainst(cars, 'about 1,200 cars', 'The plant turns out about 50 cars an hour.', 'about 50 cars')).toBe('agrees');
  });
  it('tells nothing of rates that do not convert, of other units, or of bounds', () => {
    const stored = 'An industry journal estimated that the closure held up about $9.6 billion of goods a day.';
    expect(verdictAgainst(stored, 'about $9.6 billion', 'The journal put the cost at about $250 million an hour in delayed goods.', 'about $250 million')).toBeUndefined();
    expect(verdictAgainst(stored, 'about $9.6 billion', 'The journal put the cost at about €400 million an hour in delayed goods.', 'about €400 million')).toBeUndefined();
    expect(verdictAgainst(stored, 'about $9.6 billion', 'The journal put the cost at more than $400 million an hour.', 'more than $400 million')).toBeUndefined();
    const oil = 'Before the leak, the pipeline carried 168,000 barrels of crude a week.';
    expect(verdictAgainst(oil, '168,000 barrels', 'Before the leak it held 24,000 tonnes per day.', '24,000 tonnes')).toBeUndefined();
  });
  it('reads a rate after the figure, not a time said of when', () => {
    expect(per('It lost $15 million in revenue for each day it was shut.')).toBe(24);
    expect(per('About 50 ships per week pass the strait.')).toBe(168);
    expect(per('It raised $5 million a day after the vote.')).toBeNull();
    expect(per('It paid $5 million a year ago.')).toBeNull();
    expect(per('It paid $5 million in a day.')).toBeNull();
    expect(per('Shares fell 5% on the day.')).toBeNull();
  });
});
