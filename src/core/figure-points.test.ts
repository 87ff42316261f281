// A change in points ("25 basis points", "3 percentage points") is a share of its own kind:
// it keeps its unit in the span and is compared with changes, never with levels in percent.
import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';
import { findQuantities } from './quantities';

describe('basis points', () => {
  it('are one figure with their two-word unit, in hundredths of a point', () => {
    const [bp, level] = findQuantities('The bank cut its rate by 25 basis points to 2% on Thursday.');
    expect(bp).toMatchObject({ text: '25 basis points', form: 'percent', value: 0.25, unit: '%' });
    expect(level).toMatchObject({ text: '2%', value: 2 });
  });
});

describe('a change in points', () => {
  const FED = storedFacts('2025-09-17', 'The Federal Reserve cut its benchmark interest rate to a range of 4.00%-4.25%.', 'The Federal Reserve cut its rate by 25 basis points.');
  it('is not compared with a level of the rate', () => {
    expect(verdict(FED, 'Trump said the Fed’s rates should be 3 percentage points lower.', '3 percentage points')).toBeNull();
  });
  it('is compared with a change', () => {
    expect(verdict(FED, 'The Fed cut its rate by 25 basis points again.', '25 basis points')).toEqual(['agrees', 'same figure']);
    expect(verdict(FED, 'The Fed cut its rate by 50 basis points.', '50 basis points')).toEqual(['differs', 'stored figure is 25 basis points']);
  });
});
