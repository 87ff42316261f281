import { describe, expect, it } from 'vitest';
import { measureOf } from './facts';
import { figureIn } from './figure-test-kit';

const measure = (sentence: string, text: string) => measureOf(sentence, figureIn(sentence, text));

describe('a noun after "for a" that is no one thing bought', () => {
  it('is a modifier before another noun: "$90 for a seat upgrade", "$120 for a ticket office pass"', () => {
    expect(measure('The airline charged $90 for a seat upgrade on long flights.', '$90')).not.toContain('per-seat');
    expect(measure('Fans paid $120 for a ticket office pass.', '$120')).not.toContain('per-ticket');
  });
  it('is an office when the seat is on a body: "$3 million for a seat on the council"', () => {
    expect(measure('Candidates spent $3 million for a seat on the council.', '$3 million')).not.toContain('per-seat');
    expect(measure('She raised $2 million for a seat on the city council.', '$2 million')).not.toContain('per-seat');
  });
  it('leaves a seat or a ticket bought its price of one', () => {
    expect(measure('The airline charged $90 for a seat on long flights.', '$90')).toContain('per-seat');
    expect(measure('Investors paid $250,000 for a seat on the flight.', '$250,000')).toContain('per-seat');
    expect(measure('Tickets cost $300 for a seat at the final.', '$300')).toContain('per-seat');
    expect(measure('Fans paid $120 for a ticket to the final.', '$120')).toContain('per-ticket');
  });
});
