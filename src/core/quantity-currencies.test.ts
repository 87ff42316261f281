import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities';

const money = (text: string): [string, string | null][] =>
  findQuantities(text).map((q) => [q.text, q.unit]);

describe('the other dollars written with their own sign', () => {
  it('reads A$, C$, NZ$, HK$, S$ and NT$ as their currencies, sign in the span', () => {
    expect(money('It reported a profit of A$2.08 billion for the year.')).toEqual([['A$2.08 billion', 'AUD']]);
    expect(money('Shares rose to A$6.69 in Sydney.')).toEqual([['A$6.69', 'AUD']]);
    expect(money('The tower cost C$40 million.')).toEqual([['C$40 million', 'CAD']]);
    expect(money('A fine of NZ$1.2 million was set.')).toEqual([['NZ$1.2 million', 'NZD']]);
    expect(money('It raised HK$3.2 billion in Hong Kong.')).toEqual([['HK$3.2 billion', 'HKD']]);
    expect(money('The port paid S$12 million.')).toEqual([['S$12 million', 'SGD']]);
    expect(money('It posted a net profit of NT$6.1 billion.')).toEqual([['NT$6.1 billion', 'TWD']]);
    expect(money('Its shares rose 2.5% to NT$34.85 in Taipei.')).toEqual([['2.5%', '%'], ['NT$34.85', 'TWD']]);
  });

  it('keeps a range in one currency whole', () => {
    expect(money('put the cost at A$1 billion to A$1.5 billion, it said')).toEqual([['A$1 billion to A$1.5 billion', 'AUD']]);
  });

  it('leaves US dollars and a dollar after a longer word as they were', () => {
    expect(money('The US$5 million deal closed.')).toEqual([['US$5 million', 'USD']]);
    expect(money('It cost $5 million.')).toEqual([['$5 million', 'USD']]);
    expect(money('the IRA$5 rebate')).toEqual([['$5', 'USD']]);
    expect(money('The NTSB$ line and $40 in fees.')).toEqual([['$40', 'USD']]);
    expect(money('Taiwan paid $5 million.')).toEqual([['$5 million', 'USD']]);
  });
});

describe('the Nordic crowns', () => {
  it("reads Iceland's króna and krónur, with or without its adjective, as ISK", () => {
    expect(money('The ferry cost about 12 billion krónur (about 80 million euros).')).toEqual([
      ['about 12 billion krónur', 'ISK'],
      ['about 80 million euros', 'EUR'],
    ]);
    expect(money('A ticket is 4,500 króna.')).toEqual([['4,500 króna', 'ISK']]);
    expect(money('The levy raised 3 billion Icelandic kronur last year.')).toEqual([['3 billion Icelandic kronur', 'ISK']]);
    expect(money('It lent 900 million Icelandic krona to the club.')).toEqual([['900 million Icelandic krona', 'ISK']]);
  });

  it("tells Denmark's and Sweden's crowns by their adjective, the bare words as before", () => {
    expect(money('The brewer was fined 40 million Danish kroner.')).toEqual([['40 million Danish kroner', 'DKK']]);
    expect(money('The bank paid 2 billion Swedish kronor.')).toEqual([['2 billion Swedish kronor', 'SEK']]);
    expect(money('The bank paid 2 billion kronor.')).toEqual([['2 billion kronor', 'SEK']]);
    expect(money('The fund sold 7 billion kroner of bonds.')).toEqual([['7 billion kroner', 'NOK']]);
  });
});
