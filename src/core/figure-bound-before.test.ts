// "below" and "above" before a figure's span bound it, as "under" and "over" in it do.
import { describe, expect, it } from 'vitest';
import { figureIn, storedFacts, verdict } from '../../tests/support/stored-figures';
import { withBoundBefore } from './figure-bound-before';
import { formatFigure } from './figure-verdict';

const GUSTS = storedFacts('2025-01-15', 'The National Weather Service forecast gusts of up to 70 mph in the mountains through Thursday.');

describe('a bound written before the figure', () => {
  it('reads "below" and "above" as the figure’s qualifier, its text as found', () => {
    const sentence = 'The National Weather Service said winds would stay below 30 mph through the weekend.';
    expect(withBoundBefore(sentence, figureIn(sentence, '30 mph'))).toMatchObject({ text: '30 mph', qualifier: 'below' });
    const plain = 'The National Weather Service said winds would reach 30 mph.';
    expect(withBoundBefore(plain, figureIn(plain, '30 mph')).qualifier).toBeNull();
  });
  it('does not take "below 30 mph" for a speed within "up to 70 mph"', () => {
    expect(verdict(GUSTS, 'The National Weather Service said winds would stay below 30 mph through the weekend.', '30 mph')).toBeNull();
  });
  it('still lets a bound the stored one allows agree, and a plain speed under it', () => {
    expect(verdict(GUSTS, 'The National Weather Service forecast gusts above 60 mph in the mountains.', '60 mph')).toEqual([
      'agrees', '70 is more than 60',
    ]);
    expect(verdict(GUSTS, 'The National Weather Service forecast gusts of 50 mph in the mountains.', '50 mph')).toEqual([
      'agrees', '50 is up to stored 70',
    ]);
  });
  it('keeps a sum’s text when its bound is outside it', () => {
    const sentence = 'Insured losses rose above $20 billion, the modeler said.';
    expect(formatFigure(withBoundBefore(sentence, figureIn(sentence, '$20 billion')))).toBe('$20 billion');
  });
});
