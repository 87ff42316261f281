import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities';

const spans = (text: string): string[] => findQuantities(text).map((q) => q.text);

describe('a size after a head word that names numbers', () => {
  it('is a figure: "a temporary channel 11 feet deep", "a road 3 miles long"', () => {
    expect(spans('Barges use a temporary channel 11 feet deep along the wreck.')).toEqual(['11 feet']);
    expect(spans('Crews cleared a road 3 miles long to the dam.')).toEqual(['3 miles']);
  });
  it('must not change: the head still names a number without a size (news, sport, finance, weather)', () => {
    expect(spans('Reports on Channel 12 differed.')).toEqual([]);
    expect(spans('He won round 3 easily.')).toEqual([]);
    expect(spans('The fund is in phase 2 of the plan.')).toEqual([]);
    expect(spans('Route 66 was closed by snow.')).toEqual([]);
  });
});
