import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities';
import { toDays } from './quantity-kinds';
import { only, spans } from '../../tests/support/quantity-spans';

describe('ranges and scores', () => {
  it('reads "10–15" (en dash) and "10-15" as ranges', () => {
    expect(only('10–15 rockets were fired', '10–15 rockets')).toMatchObject({ form: 'range', value: 10, high: 15, unit: 'rockets' });
    const walk = only('a 10-15 minute walk', '10-15 minute');
    expect(walk).toMatchObject({ form: 'range', value: 10, high: 15, unit: 'minute' });
    expect(toDays(walk)).toBeCloseTo(10 / 1440, 6);
  });
  it('reads "between 10 and 15" as a range', () => {
    expect(only('between 10 and 15 people were hurt', 'between 10 and 15 people')).toMatchObject({ form: 'range', value: 10, high: 15 });
  });
  it('reads "between $22 billion and $23 billion" as one sum from low to high', () => {
    const text = 'The company guided first-quarter revenue to between $22 billion and $23 billion.';
    expect(only(text, 'between $22 billion and $23 billion')).toMatchObject({ form: 'range', value: 22e9, high: 23e9, unit: 'USD' });
    expect(only('between $22 and $23 billion', 'between $22 and $23 billion')).toMatchObject({ value: 22e9, high: 23e9, unit: 'USD' });
    expect(only('between €1.5bn and €2bn', 'between €1.5bn and €2bn')).toMatchObject({ value: 1.5e9, high: 2e9, unit: 'EUR' });
    // Two currencies, or a high side below the low one, are two sums.
    expect(spans('between $5bn and €6bn')).toEqual(['$5bn', '€6bn']);
    expect(spans('between $30 and $20')).toEqual(['$30', '$20']);
  });
  it('reads "2-0" and "3–1" in a match report as scores', () => {
    const found = findQuantities('Liverpool won 2-0 at Anfield, while Chelsea beat Spurs 3–1.');
    expect(found.map((q) => [q.text, q.form, q.value, q.high])).toEqual([
      ['2-0', 'score', 2, 0],
      ['3–1', 'score', 3, 1],
    ]);
  });
  it('reads "1-2" as a score when the sentence is about a game, a range otherwise', () => {
    expect(only('They lost the game 1-2 at home.', '1-2').form).toBe('score');
    expect(only('Expect 1-2 inches of rain.', '1-2 inches').form).toBe('range');
  });
  it('reads a vote tally "5-4" as a score', () => {
    expect(only('the court ruled 5-4', '5-4').form).toBe('score');
  });
});

describe('two-number forms', () => {
  it('reads "10 to 15 years" and "two to three days" as ranges, but not "from 10 to 15" (a change)', () => {
    expect(only('jailed for 10 to 15 years', '10 to 15 years')).toMatchObject({ form: 'range', value: 10, high: 15, unit: 'years' });
    expect(only('two to three days', 'two to three days')).toMatchObject({ value: 2, high: 3 });
    expect(spans('rose from 10 to 15')).toEqual(['10', '15']);
  });
  it('keeps years apart: "2023 to 2025" is two years', () => {
    expect(findQuantities('2023 to 2025').map((q) => q.form)).toEqual(['year', 'year']);
  });
  it('reads "one in five" as a proportion of 20 percent', () => {
    expect(only('About one in five residents left', 'About one in five')).toMatchObject({ form: 'percent', value: 20, qualifier: 'about' });
  });
  it('reads area units as one unit: "365 sq km"', () => {
    expect(only('an area of 365 sq km', '365 sq km').unit).toBe('sq km');
  });
  it('reads a percentage range with both signs: "20% to 25%", "between 20% and 25%"', () => {
    expect(only('Turnout was 20% to 25%.', '20% to 25%')).toMatchObject({ form: 'range', value: 20, high: 25, unit: '%' });
    expect(only('Turnout was 20%-25%.', '20%-25%')).toMatchObject({ form: 'range', value: 20, high: 25, unit: '%' });
    expect(only('between 20 percent and 25 percent', 'between 20 percent and 25 percent')).toMatchObject({ form: 'range', value: 20, high: 25, unit: '%' });
    expect(only('between 20% and 25%', 'between 20% and 25%')).toMatchObject({ form: 'range', value: 20, high: 25, unit: '%' });
    // A change, a fall and a share of something else are not ranges.
    expect(spans('Turnout rose from 20% to 25%.')).toEqual(['20%', '25%']);
    expect(spans('Support fell 25% to 20%.')).toEqual(['25%', '20%']);
    expect(spans('between 20% and 25 people')).toEqual(['20%', '25 people']);
  });
  it('reads money ranges: "$10-15 million"', () => {
    expect(only('a $10-15 million grant', '$10-15 million')).toMatchObject({ form: 'range', value: 1e7, high: 1.5e7, unit: 'USD' });
  });
});
