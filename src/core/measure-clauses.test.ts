import { describe, expect, it } from 'vitest';
import { measureIn, storedFacts, verdict } from '../../tests/support/stored-figures';
import { clauseAround } from './measure-clauses';

describe('clauseAround', () => {
  it('does not break inside a date or a number', () => {
    const s = 'On October 7, 2023, gunmen killed 1,210 people, officials said.';
    const at = s.indexOf('1,210');
    expect(clauseAround(s, at, at + 5).text).toBe(' gunmen killed 1,210 people');
  });
  it('does not break at the colon of a clock time: "at about 6:40 p.m. on May 4"', () => {
    const s = 'The ferry sank at about 6:40 p.m. on May 4 off the island.';
    const at = s.indexOf('May 4');
    expect(clauseAround(s, at, at + 5).text).toBe(s);
    const t = 'Two things were clear: the ferry sank on May 4.';
    expect(clauseAround(t, t.indexOf('May 4'), t.indexOf('May 4') + 5).text).toBe(' the ferry sank on May 4.');
  });
  it('breaks at time prepositions', () => {
    const s = 'Trump hailed the ceasefire deal following 15 months of war.';
    const at = s.indexOf('15 months');
    expect(clauseAround(s, at, at + 9).text).toBe('15 months of war.');
  });
});

describe("a day restated without its year, after a clock time", () => {
  const stored = storedFacts('2024-05-06', 'Rescuers said the ferry capsized at about 6:40 p.m. on May 4, 2024, off the island of Kerrera.');
  it('is the stored day when the words before the time are the page\'s', () => {
    expect(verdict(stored, 'Divers reached the ferry that capsized on May 4 off the island.', 'May 4')?.[0]).toBe('agrees');
  });
});

describe('an acronym in brackets', () => {
  it('is part of the name before it, not a clause break', () => {
    const s = 'It was presented by Söder, whose Christian Social Union (CSU) won 37.2% in Bavaria.';
    const at = s.indexOf('37.2%');
    expect(clauseAround(s, at, at + 5).text).toBe(' whose Christian Social Union (CSU) won 37.2% in Bavaria.');
    const t = 'The toll (which rose again) reached 90.';
    expect(clauseAround(t, t.indexOf('90'), t.indexOf('90') + 2).text).toBe(' reached 90.');
  });
});

describe('a "whose" clause after a noun that names no topic', () => {
  const s = 'The 144-page coalition agreement was presented by Merz, the Bavarian premier Markus Söder, whose Christian Social Union (CSU) won 37.2% in Bavaria, and the SPD leaders.';
  it('takes no topic from the clauses before that noun', () => {
    expect(measureIn(s, '37.2%')).not.toContain('deal');
    expect(measureIn(s, '144-page')).toContain('deal');
  });
  it('keeps a party’s share from a deal’s approval share', () => {
    const stored = storedFacts('2025-04-09', s);
    const page = 'Members of Germany’s Social Democratic Party approved the coalition agreement with the conservatives by 84.6% in a ballot that closed on April 29.';
    expect(verdict(stored, page, '84.6%')).toBeNull();
  });
});

describe('a comma before a count', () => {
  it('opens the next clause of a list, unlike one inside a number or a date', () => {
    const s = 'The government said 3,085 people had been killed, 4,715 injured and 341 were missing.';
    const at = s.indexOf('4,715');
    expect(clauseAround(s, at, at + 5).text).toBe(' 4,715 injured');
    const d = 'On October 7, 2023, gunmen killed 1,210 people.';
    expect(clauseAround(d, d.indexOf('2023'), d.indexOf('2023') + 4).text).toBe('On October 7, 2023');
    expect(measureIn(s, '4,715')).not.toContain('dead');
  });
});
