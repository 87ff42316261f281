import { describe, expect, it } from 'vitest';
import { measureIn, storedFacts, verdict } from '../../tests/support/stored-figures';
import { onlyRoadTolls } from './measure-road-tolls';

// Every sentence is written for this test.
describe('a toll that is a charge for a road', () => {
  it('is no death toll: "toll collectors", "toll booths", "the toll road", "toll-free"', () => {
    for (const s of ['About 300 toll collectors walked off the job.', 'The bridge has 300 toll booths.', 'The toll road carried 40,000 cars a day.', 'The toll-free line took 3,000 calls.']) expect(onlyRoadTolls(s)).toBe(true);
    expect(measureIn('The toll plaza processed 9,000 vehicles.', '9,000 vehicles')).toEqual(['vehicles']);
    expect(measureIn('The bridge has 300 toll booths.', '300')).toEqual(['booths']);
  });
  it('sets no count of collectors against a stored count of dead', () => {
    const dead = storedFacts('2024-03-28', 'The toll rose to 300 on Monday.');
    expect(dead.map((f) => f.measure)).toEqual([['dead']]);
    expect(verdict(dead, 'The bridge has 301 toll booths.', '301')).toBeNull();
  });
  it('must not change: a death toll, said alone or beside a road toll (disasters, war, health)', () => {
    for (const s of ['The death toll rose to 40.', 'The toll from the quake rose to 40.', 'The quake toll climbed to 40, and toll booths on the highway were shut.', 'The toll of the outbreak stood at 12.', 'Toll booths were shut as 40 people died.']) expect(onlyRoadTolls(s)).toBe(false);
    expect(measureIn('The toll rose to 40.', '40')).toEqual(['dead']);
    expect(measureIn('The quake toll climbed to 40, and toll booths on the highway were shut.', '40')).toContain('dead');
  });
  it('must not change: a toll that "increases to" or "passes" a count is the dead, a verb after it', () => {
    expect(measureIn('The toll increases to 40 as rescuers find more bodies.', '40')).toEqual(['dead']);
    expect(measureIn('The toll passes 100 in the flooded north.', '100')).toContain('dead');
    // The noun of the charge still is one.
    expect(onlyRoadTolls('Toll increases on the bridge took effect as 3,000 drivers crossed.')).toBe(true);
  });
});
