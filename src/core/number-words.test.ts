import { describe, expect, it } from 'vitest';
import { parseDigitsAt, parseNumberWords, parseNumberWordsAt, scaleWordAt } from './number-words';

describe('parseNumberWords', () => {
  it('reads cardinal words: "two", "forty-two", "thirty three"', () => {
    expect(parseNumberWords('two')).toBe(2);
    expect(parseNumberWords('forty-two')).toBe(42);
    expect(parseNumberWords('thirty three')).toBe(33);
    expect(parseNumberWords('Nineteen')).toBe(19);
  });
  it('reads hundreds and scales: "one hundred and twenty", "two thousand three hundred"', () => {
    expect(parseNumberWords('one hundred and twenty')).toBe(120);
    expect(parseNumberWords('two thousand three hundred')).toBe(2300);
    expect(parseNumberWords('two million')).toBe(2_000_000);
  });
  it('reads digits with grouping and scale words: "47,498", "1.2 million"', () => {
    expect(parseNumberWords('47,498')).toBe(47498);
    expect(parseNumberWords('1.2 million')).toBe(1_200_000);
    expect(parseNumberWords('2 billion')).toBe(2_000_000_000);
  });
  it('rejects vague amounts and ordinals: "hundreds", "thousands", "second", "first"', () => {
    for (const w of ['hundreds', 'thousands', 'dozens', 'second', 'first', 'a million']) expect(parseNumberWords(w)).toBeNull();
  });
  it('does not mistake inherited object keys for number words: "constructor", "toString"', () => {
    expect(parseNumberWords('constructor')).toBeNull();
    expect(parseNumberWords('toString')).toBeNull();
    expect(parseNumberWords('two constructor')).toBeNull();
  });
  it('rejects ungrammatical sequences and leftovers: "two three", "twenty ten", "five people"', () => {
    expect(parseNumberWords('two three')).toBeNull();
    expect(parseNumberWords('twenty ten')).toBeNull();
    expect(parseNumberWords('five people')).toBeNull();
    expect(parseNumberWords('')).toBeNull();
  });
});

describe('parseNumberWordsAt', () => {
  it('stops before a compound: "six-week" ends after "six"', () => {
    expect(parseNumberWordsAt('a six-week truce', 2)).toEqual({ value: 6, end: 5 });
  });
  it('leaves an "and" that is not followed by a number: "two hundred and counting"', () => {
    expect(parseNumberWordsAt('two hundred and counting', 0)).toEqual({ value: 200, end: 11 });
  });
  it('does not join "two and three"', () => {
    expect(parseNumberWordsAt('two and three', 0)).toEqual({ value: 2, end: 3 });
  });
});

describe('parseDigitsAt', () => {
  it('reads grouping and decimals and reports them', () => {
    expect(parseDigitsAt('47,498 deaths', 0)).toMatchObject({ value: 47498, end: 6, grouped: true, intDigits: 5 });
    expect(parseDigitsAt('3.55 per', 0)).toMatchObject({ value: 3.55, decimal: true, intDigits: 1 });
  });
  it('does not read "1,2345" as a grouped number or take a sentence-final dot', () => {
    expect(parseDigitsAt('1,2345', 0)?.end).toBe(1);
    expect(parseDigitsAt('in 2025.', 3)).toMatchObject({ value: 2025, end: 7 });
  });
});

describe('scaleWordAt', () => {
  it('takes singular scale words only', () => {
    expect(scaleWordAt('1.2 million', 3)).toEqual({ factor: 1e6, end: 11 });
    expect(scaleWordAt('2 millions', 1)).toBeNull();
  });
});
