import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities';
import { only } from '../../tests/support/quantity-spans';

describe('scale words and money', () => {
  it('multiplies scale words: "1.2 million people", "two million", "2 billion"', () => {
    expect(only('some 1.2 million people fled', 'some 1.2 million people')).toMatchObject({ value: 1_200_000, unit: 'people' });
    expect(only('two million residents', 'two million residents').value).toBe(2_000_000);
    expect(only('a budget of 2 billion', '2 billion').value).toBe(2_000_000_000);
  });
  it('reads earnings figures: "$4.2bn", "€200m", "$1.5 billion", "£3.1bn"', () => {
    const found = findQuantities('Revenue hit $4.2bn, up from €200m; Alphabet spent $1.5 billion and BP £3.1bn.');
    expect(found.map((q) => [q.text, q.form, q.value, q.unit])).toEqual([
      ['$4.2bn', 'money', 4_200_000_000, 'USD'],
      ['€200m', 'money', 200_000_000, 'EUR'],
      ['$1.5 billion', 'money', 1_500_000_000, 'USD'],
      ['£3.1bn', 'money', 3_100_000_000, 'GBP'],
    ]);
  });
  it('reads shekels written either way: "NIS 200", "200 shekels", "₪50"', () => {
    expect(findQuantities('fines of NIS 200, or 200 shekels, and ₪50').map((q) => q.unit)).toEqual(['ILS', 'ILS', 'ILS']);
  });
  it('reads currency words after the number: "5 million dollars"', () => {
    expect(only('aid worth 5 million dollars', '5 million dollars')).toMatchObject({ form: 'money', value: 5_000_000, unit: 'USD' });
  });
  it('keeps a qualifier on money: "more than $1.5bn"', () => {
    expect(only('more than $1.5bn in aid', 'more than $1.5bn')).toMatchObject({ qualifier: 'more than', value: 1.5e9 });
  });
  it('does not read a glued "m" as millions without a currency: "a 200m sprint" is not 200 million', () => {
    const found = findQuantities('a 200m sprint');
    expect(found.every((q) => q.value !== 200_000_000)).toBe(true);
  });
});

describe('the world\'s currencies', () => {
  it('reads currency words after the number from a table, not one word at a time', () => {
    expect(findQuantities('Prices rose to 1.20 zloty a kilogram, from 0.60 zloty.').map((q) => [q.text, q.unit])).toEqual([
      ['1.20 zloty', 'PLN'],
      ['0.60 zloty', 'PLN'],
    ]);
    expect(only('asked for 500 million zloty in aid', '500 million zloty')).toMatchObject({ form: 'money', value: 5e8, unit: 'PLN' });
    expect(findQuantities('300 rupees, 20 francs, 7 billion yen').map((q) => q.unit)).toEqual(['INR', 'CHF', 'JPY']);
  });
  it('reads signs and codes before the number', () => {
    expect(findQuantities('¥500bn, ₹40, CHF 200 and PLN 3 million').map((q) => [q.text, q.unit])).toEqual([
      ['¥500bn', 'JPY'],
      ['₹40', 'INR'],
      ['CHF 200', 'CHF'],
      ['PLN 3 million', 'PLN'],
    ]);
  });
  it('leaves out currency names that are common words', () => {
    expect(findQuantities('Of the bills, 3 won and 2 failed.').map((q) => q.unit)).toEqual([null, null]);
  });
});

describe('a currency named with its country’s adjective', () => {
  it('is the currency of the country the list knows ("115 million Swiss francs" is CHF)', () => {
    expect(only('The appeal rose to 115 million Swiss francs on Tuesday.', '115 million Swiss francs')).toMatchObject({
      form: 'money',
      value: 115e6,
      unit: 'CHF',
    });
  });

  it('never takes a dollar of another country for the US dollar ("2 billion Hong Kong dollars" is HKD)', () => {
    expect(only('It paid 2 billion Hong Kong dollars.', '2 billion Hong Kong dollars')).toMatchObject({ unit: 'HKD' });
    expect(only('It paid 5 million dollars.', '5 million dollars')).toMatchObject({ unit: 'USD' });
    expect(only('It paid 5 million Australian dollars.', '5 million Australian dollars')).toMatchObject({ unit: 'AUD' });
  });

  it('keeps an adjective the list has no currency for in the span and the unit ("Fijian dollars")', () => {
    expect(only('It paid 40 million Fijian dollars.', '40 million Fijian dollars')).toMatchObject({ form: 'money', unit: 'fijian dollars' });
  });
});

describe('a currency named with its country’s code', () => {
  it('is money in the currency the code names ("10 US dollars" is USD, "HK dollars" HKD, "UK pounds" GBP)', () => {
    expect(only('He paid 10 US dollars a day.', '10 US dollars')).toMatchObject({ form: 'money', value: 10, unit: 'USD' });
    expect(only('It cost 5 billion U.S. dollars.', '5 billion U.S. dollars')).toMatchObject({ form: 'money', unit: 'USD' });
    expect(only('Aid of 2 million HK dollars came.', '2 million HK dollars')).toMatchObject({ form: 'money', unit: 'HKD' });
    expect(only('Fees of 3 million UK pounds rose.', '3 million UK pounds')).toMatchObject({ form: 'money', unit: 'GBP' });
  });

  it('keeps a code with no currency of its own in the unit, and leaves other words after a code', () => {
    expect(only('Fees of 3 million XY pounds rose.', '3 million XY pounds')).toMatchObject({ form: 'money', unit: 'xy pounds' });
    expect(only('She won 10 US Open titles.', '10')).toMatchObject({ form: 'count' });
  });
});
