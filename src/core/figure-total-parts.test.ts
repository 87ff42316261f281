import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';

describe('a count said as one of several', () => {
  it('is not restated by a total of the same value', () => {
    const wave = storedFacts('2024-05-02', 'The first wave of layoffs cut 300 jobs at the plant.');
    expect(verdict(wave, 'The company has cut 300 jobs in total at the plant over three rounds.', '300 jobs')).toBeNull();
    const each = storedFacts('2024-05-02', 'Each of the schools received 200 laptops.');
    expect(verdict(each, 'The district handed out 200 laptops in all.', '200 laptops')).toBeNull();
  });
  it('leaves a total that restates a count said as no part', () => {
    const arrests = storedFacts('2024-05-02', 'Police arrested 14 people on Saturday.');
    expect(verdict(arrests, 'Police arrested 14 people in total over the weekend.', '14 people')?.[0]).toBe('agrees');
    const barrels = storedFacts('2024-05-02', 'Of the 48,000 barrels recovered since the spill, only about a third had been treated.');
    expect(verdict(barrels, 'Crews recovered 48,000 barrels in all, the company said.', '48,000 barrels')?.[0]).toBe('agrees');
  });
});

describe('words of a part that say no part', () => {
  const total = (stored: string, page: string, text: string) => verdict(storedFacts('2024-05-02', stored), page, text)?.[0];
  it('"per cent", "the latest tally", "the last year", "for the first time" leave a total restated', () => {
    expect(total('The carmaker cut 300 jobs or 4 per cent of its staff.', 'The carmaker cut 300 jobs in total.', '300 jobs')).toBe('agrees');
    expect(total('The latest tally shows 1,200 people died in the floods.', 'The floods killed 1,200 people in total.', '1,200 people')).toBe('agrees');
    expect(total('The firm has cut 300 jobs over the last year.', 'The firm has cut 300 jobs in total.', '300 jobs')).toBe('agrees');
    expect(total('The storm destroyed 500 homes for the first time in a century.', 'The storm destroyed 500 homes in all.', '500 homes')).toBe('agrees');
  });
  it('keeps a rate, a first round and a first year as parts', () => {
    expect(total('The plant cut 300 jobs per shift.', 'The plant cut 300 jobs in total.', '300 jobs')).toBeUndefined();
    expect(total('The first round of cuts removed 300 jobs.', 'The plant cut 300 jobs in total.', '300 jobs')).toBeUndefined();
    expect(total('The plant cut 300 jobs in the first year.', 'The plant cut 300 jobs in total.', '300 jobs')).toBeUndefined();
    expect(total('The latest wave of layoffs cut 300 jobs.', 'The plant cut 300 jobs in total.', '300 jobs')).toBeUndefined();
  });
});
