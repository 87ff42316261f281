import { describe, expect, it } from 'vitest';
import { verdictAgainst } from './figure-test-kit';

describe('two rates per another unit of time', () => {
  it('agree only when their sentences share what they are of', () => {
    const port = 'The port handled about 2,400 containers a day last winter.';
    expect(verdictAgainst(port, 'about 2,400 containers', 'The factory ships about 100 containers an hour to its warehouse.', 'about 100 containers')).toBeUndefined();
    const donations = 'The charity raised about $24 million a day during the appeal.';
    expect(verdictAgainst(donations, 'about $24 million', 'The new stadium lost about $1 million an hour while the pitch was flooded.', 'about $1 million')).toBeUndefined();
  });
  it('still agree when a content word or a name is shared', () => {
    const port = 'The port handled about 2,400 containers a day last winter.';
    expect(verdictAgainst(port, 'about 2,400 containers', 'Cranes at the port moved about 100 containers an hour.', 'about 100 containers')).toBe('agrees');
    const donations = 'The Red Cross raised about $24 million a day during the appeal.';
    expect(verdictAgainst(donations, 'about $24 million', 'Donors gave the Red Cross about $1 million an hour.', 'about $1 million')).toBe('agrees');
  });
});
