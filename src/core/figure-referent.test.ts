import { describe, expect, it } from 'vitest';
import { figureIn, storedFacts, verdict } from '../../tests/support/stored-figures';
import { referredFigure } from './figure-referent';

const FINES = storedFacts(
  '2025-09-05',
  'The Commission fined Google €4.34 billion in 2018 over its mobile operating system.',
  'The Commission fined Google €2.95 billion on Friday.',
);

describe('a changed value of the figure before', () => {
  const before = 'The Commission originally fined Google €4.34 billion, then a record.';
  const cut = 'The General Court cut the penalty to €4.124 billion in September 2022.';
  it('is found through the noun it is said of: "cut the penalty to"', () => {
    expect(referredFigure(cut, figureIn(cut, '€4.124 billion'), before)?.text).toBe('€4.34 billion');
    const plain = 'The General Court set a penalty of €4.124 billion.';
    expect(referredFigure(plain, figureIn(plain, '€4.124 billion'), before)).toBeNull();
  });
  it('differs from the stored figure that one is', () => {
    expect(verdict(FINES, cut, '€4.124 billion', before)).toEqual(['differs', 'stored figure is €4.34 billion']);
  });
});

describe('an earlier value said with "up from"', () => {
  const stored = storedFacts('2025-01-03', "Nippon Steel had offered to invest about $2.7 billion in the company's union plants.");
  const page = 'Nippon Steel will invest about $11 billion in the plants by 2028, up from the $2.7 billion it offered before the deal was blocked.';
  it('makes the figure before it the same measure at any size', () => {
    expect(verdict(stored, page, 'about $11 billion')?.[0]).toBe('differs');
    expect(verdict(stored, page, '$2.7 billion')).toEqual(['agrees', 'same figure']);
  });
  it('while a figure that far from the stored one, said alone, is something else', () => {
    expect(verdict(stored, 'Nippon Steel will invest about $11 billion in the plants by 2028.', 'about $11 billion')).toBeNull();
  });
});
