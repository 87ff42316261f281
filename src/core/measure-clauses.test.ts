import { describe, expect, it } from 'vitest';
import { clauseAround } from './measure-clauses';

describe('clauseAround', () => {
  it('does not break inside a date or a number', () => {
    const s = 'On October 7, 2023, gunmen killed 1,210 people, officials said.';
    const at = s.indexOf('1,210');
    expect(clauseAround(s, at, at + 5).text).toBe(' gunmen killed 1,210 people');
  });
  it('breaks at time prepositions', () => {
    const s = 'Trump hailed the ceasefire deal following 15 months of war.';
    const at = s.indexOf('15 months');
    expect(clauseAround(s, at, at + 9).text).toBe('15 months of war.');
  });
});
