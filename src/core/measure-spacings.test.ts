// A length between things of a series is their spacing, which meets only another spacing.
import { describe, expect, it } from 'vitest';
import { measureIn, sentenceFact, verdictOn } from '../../tests/support/stored-figures';
import { SPACING } from './measure-spacings';

describe('a spacing', () => {
  it('marks a length "apart" or "every" so far', () => {
    expect(measureIn('The pumping stations stand about 30 miles apart along the pipeline.', 'about 30 miles')).toContain(SPACING);
    expect(measureIn('The rule calls for a sensor every 15 km of track.', '15 km')).toContain(SPACING);
    expect(measureIn('The pipeline leaked about 30 miles from the coast.', 'about 30 miles')).not.toContain(SPACING);
    expect(measureIn('The two sides met 3 weeks apart.', '3 weeks')).not.toContain(SPACING);
  });
  it('does not take a spacing for a distance of the same length', () => {
    const leak = sentenceFact('A camera showed the pipeline leaking about 30 miles before the pumping station.', 'about 30 miles');
    expect(verdictOn(leak, 'The pipeline’s pumping stations were spaced about 30 miles apart.', 'about 30 miles')).toBeNull();
  });
  it('still sets one spacing against another', () => {
    const stations = sentenceFact('The pipeline’s pumping stations stand 30 miles apart.', '30 miles');
    expect(verdictOn(stations, 'The pipeline’s pumping stations were spaced about 30 miles apart.', 'about 30 miles')).toBe('agrees');
  });
});
