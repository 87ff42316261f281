import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities';
import { toDays } from './quantity-kinds';
import type { Quantity } from './types';
import { only, spans } from '../../tests/support/quantity-spans';

describe('counts from the seed articles', () => {
  it('keeps the qualifier and the unit noun: "at least 47,498 deaths"', () => {
    const q = only('Strikes have resulted in at least 47,498 deaths in Gaza.', 'at least 47,498 deaths');
    expect(q).toMatchObject({ kind: 'number', form: 'count', value: 47498, unit: 'deaths', qualifier: 'at least' });
  });
  it('records a unit after an adjective but keeps it outside the span: "approximately 1,900 Palestinian prisoners"', () => {
    const q = only('the release of approximately 1,900 Palestinian prisoners.', 'approximately 1,900');
    expect(q).toMatchObject({ value: 1900, unit: 'prisoners', qualifier: 'approximately' });
  });
  it('reads "over 545,000 displaced Gazans" with unit "gazans"', () => {
    const q = only('The UN reports that over 545,000 displaced Gazans have returned.', 'over 545,000');
    expect(q).toMatchObject({ value: 545000, unit: 'gazans', qualifier: 'over' });
  });
  it('reads "33 hostages", "1,210 people" and "91 hostages"', () => {
    expect(spans('Hamas agreed to release 33 hostages. It left 1,210 people dead, with 91 hostages still in Gaza.'))
      .toEqual(['33 hostages', '1,210 people', '91 hostages']);
  });
  it('gives a count in "…, of whom N" the noun the clause hangs on, outside its span', () => {
    const [seized, remain] = findQuantities('Militants also seized 251 hostages, of whom 76 remain in Gaza.');
    expect(seized).toMatchObject({ text: '251 hostages', unit: 'hostages' });
    expect(remain).toMatchObject({ text: '76', value: 76, unit: 'hostages' });
    expect(findQuantities('It holds 40 seats, of which 12 went to allies.')[1]).toMatchObject({ text: '12', unit: 'seats' });
    // Not a plural noun before the clause: the count stays bare.
    expect(findQuantities('The ministry said, of those, 5 were minors.')[0]).toMatchObject({ text: '5', unit: null });
    expect(findQuantities('It grew in 2024, of which 5 went abroad.')[1]).toMatchObject({ text: '5', unit: null });
  });
  it('reads "at least 50 militants" and "over 100 individuals"', () => {
    const [a, b] = findQuantities('the deaths of at least 50 militants and the detention of over 100 individuals');
    expect(a).toMatchObject({ text: 'at least 50 militants', value: 50, unit: 'militants' });
    expect(b).toMatchObject({ text: 'over 100 individuals', value: 100, unit: 'individuals', qualifier: 'over' });
  });
  it('leaves a noun modifier and its noun outside the span: "60,000 mobile homes", "14 flood warnings"', () => {
    expect(only('holding back 60,000 mobile homes', '60,000')).toMatchObject({ unit: 'homes' });
    expect(only('it issued 14 flood warnings', '14')).toMatchObject({ unit: 'warnings' });
  });
  it('does not take a verb after a number as its unit: "76 remain in Gaza", "42,150 saw the game"', () => {
    expect(only('of whom 76 remain in Gaza', '76').unit).toBeNull();
    expect(only('A crowd of 42,150 saw the game', '42,150').unit).toBeNull();
  });
  it('takes capitalised plurals of peoples as the unit: "2 million Arabs", "7 million Jews"', () => {
    expect(findQuantities('7 million Jews and 2 million Arabs').map((q) => q.unit)).toEqual(['jews', 'arabs']);
  });
  it('keeps "the two" used alone as a count without unit', () => {
    expect(only('where the two are slated to discuss', 'two')).toMatchObject({ value: 2, unit: null });
  });
});

describe('durations', () => {
  it('reads the compound "42-day" as a duration of 42 days', () => {
    const q = only('Under the initial 42-day ceasefire deal', '42-day');
    expect(q).toMatchObject({ form: 'duration', value: 42, unit: 'day' });
    expect(toDays(q)).toBe(42);
  });
  it('reads "15 months" and "over two weeks"', () => {
    const [a, b] = findQuantities('following 15 months of war, the ceasefire holding for over two weeks');
    expect(a).toMatchObject({ text: '15 months', form: 'duration', value: 15 });
    expect(b).toMatchObject({ text: 'over two weeks', form: 'duration', value: 2, qualifier: 'over' });
    expect(toDays(a as Quantity)).toBeCloseTo(456.25, 2);
    expect(toDays(b as Quantity)).toBe(14);
  });
  it('reads "78 years old" as an age, not a duration', () => {
    const q = only('Trump, who is 78 years old, said', '78 years old');
    expect(q).toMatchObject({ form: 'count', unit: 'years old' });
    expect(toDays(q)).toBeNull();
  });
  it('reads "15-month-long" as a duration and "six-month-old" as an age', () => {
    expect(only('the 15-month-long war', '15-month-long')).toMatchObject({ form: 'duration', value: 15, unit: 'month' });
    expect(only('a six-month-old baby', 'six-month-old')).toMatchObject({ form: 'count', unit: 'month-old' });
  });
  it('reads "8-year-old" as an age, not a duration', () => {
    const q = only('an 8-year-old boy', '8-year-old');
    expect(q).toMatchObject({ form: 'count', value: 8, unit: 'year-old' });
    expect(toDays(q)).toBeNull();
  });
});

describe('percentages', () => {
  it('reads "3%", "12 percent" and "12 per cent" with unit "%"', () => {
    const found = findQuantities('Inflation was 3%, unemployment 12 percent, or 12 per cent in British style.');
    expect(found.map((q) => [q.text, q.form, q.value, q.unit])).toEqual([
      ['3%', 'percent', 3, '%'],
      ['12 percent', 'percent', 12, '%'],
      ['12 per cent', 'percent', 12, '%'],
    ]);
  });
  it('reads election results: "52%" and "51.3%"', () => {
    expect(spans('She won 52% of the vote; he took 51.3% in the runoff.')).toEqual(['52%', '51.3%']);
  });
  it('keeps qualifiers on percentages: "almost 70 percent"', () => {
    expect(only('almost 70 percent of homes', 'almost 70 percent')).toMatchObject({ qualifier: 'almost', value: 70 });
  });
});

describe('ordinals, temperatures and measures', () => {
  it('reads digit ordinals "30th" but not word ordinals', () => {
    expect(only('the 30th anniversary of the second phase', '30th')).toMatchObject({ form: 'ordinal', value: 30 });
    expect(spans('the first in-person summit and the second phase')).toEqual([]);
  });
  // Decision: temperatures have no form of their own; they are counts with unit "°c"/"°f".
  it('reads weather "12C" and "54°F" as counts in degrees', () => {
    const found = findQuantities('It was 12C in London and 54°F in Boston.');
    expect(found.map((q) => [q.text, q.form, q.value, q.unit])).toEqual([
      ['12C', 'count', 12, '°c'],
      ['54°F', 'count', 54, '°f'],
    ]);
  });
  it('reads hyphenated measures "2,000-pound" as counts of that unit', () => {
    expect(only('a 2,000-pound bomb', '2,000-pound')).toMatchObject({ form: 'count', value: 2000, unit: 'pound' });
  });
  it('keeps a unit abbreviation after a space, as glued: "up to 100 mph", "50 to 60 mph", "800 MW"', () => {
    expect(only('Santa Ana winds gusted up to 100 mph on Tuesday.', 'up to 100 mph')).toMatchObject({ value: 100, unit: 'mph' });
    expect(only('gusts of 50 to 60 mph in the mountains', '50 to 60 mph')).toMatchObject({ form: 'range', value: 50, high: 60, unit: 'mph' });
    expect(only('The 800 MW plant closed.', '800 MW')).toMatchObject({ value: 800, unit: 'mw' });
    expect(only('winds of up to 70mph', 'up to 70mph')).toMatchObject({ unit: 'mph' });
  });
});

describe('dates, years and times', () => {
  it('reads "October 7, 2023" as one date span with the year', () => {
    expect(only('The October 7, 2023 attack by Hamas', 'October 7, 2023')).toMatchObject({ kind: 'date', form: 'date', iso: '2023-10-07', value: null });
  });
  it('reads "January 21", "Feb. 4" and "Oct 7" without a year', () => {
    expect(findQuantities('launched on January 21, resumed Feb. 4 after the Oct 7 attack').map((q) => q.iso))
      .toEqual(['--01-21', '--02-04', '--10-07']);
  });
  it('reads "February 02, 2025" and "7 October"', () => {
    expect(only('in Tel Aviv, Israel on February 02, 2025.', 'February 02, 2025').iso).toBe('2025-02-02');
    expect(only('since 7 October the war', '7 October').iso).toBe('--10-07');
  });
  it('reads years alone as form "year" of kind "date"', () => {
    expect(only('In 2025, talks resumed.', '2025')).toMatchObject({ kind: 'date', form: 'year', iso: '2025' });
  });
  it('reads a four-digit number before a noun as a count: "2025 people", "2,025 people"', () => {
    expect(spans('2025 people and 2,025 people').map((s) => s)).toEqual(['2025 people', '2,025 people']);
    expect(findQuantities('2025 people').map((q) => q.form)).toEqual(['count']);
  });
  it('reads clock times "9 a.m.", "10:30" and "14:00 GMT"', () => {
    const found = findQuantities('Talks start at 9 a.m., break at 10:30 and end at 14:00 GMT.');
    expect(found.map((q) => [q.text, q.form, q.iso])).toEqual([
      ['9 a.m.', 'time', '09:00'],
      ['10:30', 'time', '10:30'],
      ['14:00 GMT', 'time', '14:00'],
    ]);
  });
  it('does not read month names alone, weekdays or relative times as dates', () => {
    expect(spans('last month, on Monday, early Tuesday, in March the envoy may visit')).toEqual([]);
  });
});

describe('not quantities', () => {
  it('skips vague amounts: "hundreds", "dozens", "thousands of"', () => {
    expect(spans('hundreds of people, dozens killed and thousands of homes')).toEqual([]);
  });
  it('skips a model number before its counted noun: "seven Ariane 6 missions", "Falcon 9 launches"', () => {
    expect(spans('The company would fly seven Ariane 6 missions next year.')).toEqual(['seven']);
    expect(spans('Most of them were Falcon 9 launches from Florida.')).toEqual([]);
    expect(spans('Airlines grounded 171 Boeing 737 jets, and Windows 11 users updated.')).toEqual(['171']);
  });

  it('skips model numbers listed before a craft noun ("its 737 and 777 jets"), not counts or ranges of craft', () => {
    expect(spans('Boeing builds its 737 and 777 jets in Renton and Everett.')).toEqual([]);
    expect(spans('The airline flies 320, 321 or 330 planes on the route.')).toEqual([]);
    expect(spans('Airlines grounded 171 jets, and between 100 and 200 jets sat idle.')).toEqual(['171 jets', 'between 100 and 200 jets']);
    expect(spans('It lost 120 jets and 300 pilots.')).toEqual(['120 jets', '300 pilots']);
  });

  it('skips names of things: Resolution 2334, Article 51, F-35, COVID-19, G7, Boeing 737, No. 10', () => {
    expect(spans('Resolution 2334, Article 51, the F-35 jet, COVID-19, the G7 summit, a Boeing 737, No. 10 said')).toEqual([]);
  });
  it('skips "phase two" and "Phase Two" but counts "two phases"', () => {
    expect(spans('phase two of the deal; Phase Two begins')).toEqual([]);
    expect(spans('the deal has two phases')).toEqual(['two phases']);
  });
  it('skips "9/11" and "24/7" and glued codes like "5G"', () => {
    expect(spans('after 9/11, 24/7 coverage on 5G networks')).toEqual([]);
  });
});

describe('text handling', () => {
  it('treats non-breaking spaces as spaces: "12\u00a0percent", "at\u00a0least 50\u00a0militants"', () => {
    expect(only('up 12\u00a0percent', '12\u00a0percent').form).toBe('percent');
    expect(only('at\u00a0least 50\u00a0militants', 'at\u00a0least 50\u00a0militants').qualifier).toBe('at least');
  });
  it('is not thrown by curly quotes and apostrophes around numbers', () => {
    expect(spans('Netanyahu’s “33 hostages” and ‘two leaders’')).toEqual(['33 hostages', 'two leaders']);
  });
  it('returns spans sorted by start and not overlapping', () => {
    const found = findQuantities('At least 50 militants died on January 21, 2025 at 9 a.m.; 10–15 more, 3% and $1bn.');
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
    expect(found.length).toBe(6);
  });
});

describe('a record after "the season"', () => {
  it('reads "finished the season 10-3" as a tally, and "season 3" still as a name', () => {
    expect(spans('Lubbock Cooper finished the season 10-3. Its quarterback threw for 2,850 yards.')).toEqual(['10-3', '2,850 yards']);
    expect(spans('The show returns for season 3 next year.')).toEqual([]);
  });
});
