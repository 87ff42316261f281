import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';
import { foreseenFall } from './figure-foreseen-falls';
import { figureIn } from './figure-test-kit';

const STORED = storedFacts(
  '2025-03-10',
  'Bread reached a record price of €3.40 a loaf in February, the statistics office said. The chain said its own-brand bread would go on sale at a price of about €1.20 a loaf in April.',
);

describe('a level a figure is foreseen to fall under', () => {
  it('neither agrees with a lower stored price nor differs from a higher one', () => {
    expect(verdict(STORED, 'Analysts said the average price of bread could fall below €2.50 a loaf by summer.', '€2.50')).toBeNull();
    expect(verdict(STORED, 'The average price of bread is expected to drop under €2.50 a loaf by summer.', 'under €2.50')).toBeNull();
  });

  it('leaves a price that is below a level now to be judged', () => {
    expect(verdict(STORED, 'The average price of bread fell to €2.50 a loaf in May, the office said.', '€2.50')?.[0]).toBe('differs');
  });

  it('reads a stored forecast as no reading either, and sets two forecasts against each other', () => {
    const forecast = storedFacts('2025-03-10', 'Analysts said the average price of bread could fall below €2.50 a loaf by summer.');
    expect(verdict(forecast, 'The average price of bread fell to €1.90 a loaf in May, the office said.', '€1.90')).toBeNull();
    expect(verdict(forecast, 'The average price of bread was €2.80 a loaf in May, the office said.', '€2.80')).toBeNull();
    expect(verdict(forecast, 'Analysts say the average price of bread could fall below €2.50 a loaf by summer.', '€2.50')?.[0]).toBe('agrees');
  });

  it('reads the falling verb right before the level, with or without its bound in the figure', () => {
    const fall = 'Prices may slip below 3% next year.';
    expect(foreseenFall(fall, figureIn(fall, '3%'))).toBe(true);
    const now = 'Prices fell below 3% in May.';
    expect(foreseenFall(now, figureIn(now, '3%'))).toBe(false);
    const rise = 'Prices could rise above 3% next year.';
    expect(foreseenFall(rise, figureIn(rise, '3%'))).toBe(false);
  });
});
