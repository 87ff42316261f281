import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';
import { locatedThings } from './figure-located-things';
import { figureIn } from './figure-test-kit';

const STORED = storedFacts('2024-08-12', 'The Krafla power station and the Myvatn Nature Baths, both about 9 kilometres from the crater, stayed open.');

describe('distances of other things', () => {
  it('a distance set after another thing’s name is not the stored thing’s', () => {
    expect(verdict(STORED, 'Nearby Lake Torvik, about 9 kilometres to the north, froze early.', 'about 9 kilometres')).toBeNull();
  });

  it('leaves a distance of the same thing, or of no thing named, to be judged', () => {
    expect(verdict(STORED, 'The Myvatn Nature Baths, about 9 kilometres from the crater, reopened.', 'about 9 kilometres')?.[0]).toBe('agrees');
    expect(verdict(STORED, 'The baths lie about 9 kilometres from the crater.', 'about 9 kilometres')?.[0]).toBe('agrees');
  });

  it('reads a thing in commas that no name ends as unnamed, whatever the clause named before', () => {
    const plant = storedFacts('2024-08-12', 'The Krafla power station, about 9 kilometres from the crater, stayed open.');
    expect(verdict(plant, 'Police in Husavik said the power station, about 9 kilometres from the crater, was safe.', 'about 9 kilometres')?.[0]).toBe('agrees');
    expect(verdict(plant, 'Minister Anna Berg visited the power station, about 9 kilometres from the crater, on Monday.', 'about 9 kilometres')?.[0]).toBe('agrees');
  });

  it('reads the names a distance is set after in commas', () => {
    const s = 'Lava stopped short of Reykjavik; Lake Torvik, about 9 kilometres away, froze.';
    expect(locatedThings(s, figureIn(s, 'about 9 kilometres'))).toEqual(['Lake Torvik']);
    const t = 'Lake Torvik lies about 9 kilometres away.';
    expect(locatedThings(t, figureIn(t, 'about 9 kilometres'))).toEqual([]);
  });
});
