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
  it('share no thing by a month, a source or a word of size alone', () => {
    const charity = 'The charity raised about $24 million a day in January.';
    expect(verdictAgainst(charity, 'about $24 million', 'The stadium lost about $1 million an hour in January.', 'about $1 million')).toBeUndefined();
    const refinery = 'The refinery produced 240,000 barrels a day, the ministry said.';
    expect(verdictAgainst(refinery, '240,000 barrels', 'The pipeline moved 10,000 barrels an hour, the ministry said.', '10,000 barrels')).toBeUndefined();
    expect(verdictAgainst(refinery, '240,000 barrels', 'According to the ministry, the pipeline moved 10,000 barrels an hour.', '10,000 barrels')).toBeUndefined();
    expect(verdictAgainst(refinery, '240,000 barrels', 'The pipeline moved 10,000 barrels an hour, officials said.', '10,000 barrels')).toBeUndefined();
    // The thing itself, with a source beside it, still agrees.
    expect(verdictAgainst(refinery, '240,000 barrels', 'The refinery produced 10,000 barrels an hour, officials said.', '10,000 barrels')).toBe('agrees');
  });
});
