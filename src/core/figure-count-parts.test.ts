import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';
import { partOfToll } from './figure-count-parts';

describe('partOfToll', () => {
  it('reads a part of a toll after the figure', () => {
    const s = 'Divers recovered two of the six road workers who died.';
    expect(partOfToll(s, s.indexOf('two') + 3)).toBe(true);
    const t = 'Rescuers found 3 of 12 miners killed in the blast.';
    expect(partOfToll(t, t.indexOf('3') + 1)).toBe(true);
  });
  it('must not change: a part of seats, of shares, of people who did something else', () => {
    for (const s of ['The bloc won 328 of the 630 seats.', 'The fund sold two of its four banks that failed.', 'Two of the five judges who heard the case dissented.']) {
      const m = /\d+|Two|two/.exec(s) as RegExpExecArray;
      expect(partOfToll(s, m.index + m[0].length)).toBe(false);
    }
  });
});

describe('a part of a toll against the stored toll', () => {
  const stored = storedFacts('2024-10-25', 'The state and the families of the six workers who died opposed the request.');
  it('is no reading of it: "two of the six road workers who died" says nothing of the six', () => {
    expect(verdict(stored, 'Divers recovered the bodies of two of the six road workers who died when the bridge collapsed.', 'two')).toBeNull();
  });
  it('while the whole still is', () => {
    expect(verdict(stored, 'Divers recovered the bodies of two of the six road workers who died when the bridge collapsed.', 'six')?.[0]).toBe('agrees');
  });
  it('must not change: a part of seats set against a stored part (election)', () => {
    const seats = storedFacts('2025-03-01', 'The coalition holds 328 of the 630 seats in the Bundestag.');
    expect(verdict(seats, 'The coalition has 328 of the 630 seats in the Bundestag.', '328')?.[0]).toBe('agrees');
  });
});
