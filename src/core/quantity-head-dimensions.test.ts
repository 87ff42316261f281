import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities';

const spans = (text: string): string[] => findQuantities(text).map((q) => q.text);

describe('a size after a head word that names numbers', () => {
  it('is a figure: "a temporary channel 11 feet deep", "a road 3 miles long"', () => {
    expect(spans('Barges use a temporary channel 11 feet deep along the wreck.')).toEqual(['11 feet']);
    expect(spans('Crews cleared a road 3 miles long to the dam.')).toEqual(['3 miles']);
  });
  it('is a figure with the number spelled or the unit abbreviated: "a channel eleven feet deep", "14 ft. deep"', () => {
    expect(spans('Barges use a temporary channel eleven feet deep along the wreck.')).toEqual(['eleven feet']);
    expect(spans('Barges use a temporary channel 14 ft. deep along the wreck.')).toEqual(['14 ft.']);
  });
  it('must not change: the head still names a number without a size (news, sport, finance, weather)', () => {
    expect(spans('Reports on Channel 12 differed.')).toEqual([]);
    expect(spans('He won round 3 easily.')).toEqual([]);
    expect(spans('The fund is in phase 2 of the plan.')).toEqual([]);
    expect(spans('Route 66 was closed by snow.')).toEqual([]);
    expect(spans('The fund is in phase two of the plan.')).toEqual([]);
  });
});
