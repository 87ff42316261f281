import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities';

const spans = (text: string): [string, string | null][] => findQuantities(text).map((q) => [q.text, q.unit]);

describe('units written as a prefix and a length', () => {
  it('keeps a volume and a distance at sea whole, as an area', () => {
    expect(spans('Dredgers removed about 27,000 cubic metres of sand.')).toEqual([['about 27,000 cubic metres', 'cubic metres']]);
    expect(spans('The tank holds 40 cubic feet of gas.')).toEqual([['40 cubic feet', 'cubic feet']]);
    expect(spans('a detour of about 3,500 nautical miles that adds days')).toEqual([['about 3,500 nautical miles', 'nautical miles']]);
    expect(spans('The fire burned 10 square miles.')).toEqual([['10 square miles', 'square miles']]);
  });

  it('keeps a distance in space spelled open whole, no span of years', () => {
    expect(spans('The nebula lies about 2,400 light years from the Sun.')).toEqual([['about 2,400 light years', 'light years']]);
    expect(spans('They fitted 30 light trucks.')).toEqual([['30', 'trucks']]);
  });

  it('leaves a prefix before anything but a length to modify the counted noun', () => {
    expect(spans('They served 300 square meals a day.')).toEqual([['300', 'meals']]);
    expect(spans('He built 12 cubic frames for the show.')).toEqual([['12', 'frames']]);
    expect(spans('It sold 40 nautical charts.')).toEqual([['40', 'charts']]);
  });
});

describe('units written as a prefix and a length, singular', () => {
  it('keeps one of them whole', () => {
    expect(spans('The park covers 1 square mile.')).toEqual([['1 square mile', 'square mile']]);
    expect(spans('It holds 1 cubic metre of water.')).toEqual([['1 cubic metre', 'cubic metre']]);
    expect(spans('Each crate is 1 cubic foot.')).toEqual([['1 cubic foot', 'cubic foot']]);
    expect(spans('A 0.5 square kilometre plot was sold.')).toEqual([['0.5 square kilometre', 'square kilometre']]);
  });
});
